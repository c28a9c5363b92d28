"""Which scripts a text holds (geo/scripts.py): the test every script rule asks first (issue 13, speed).

A gate must never skip a rule that could have matched: each rule below still reads its own script,
and a text in another script is left to the rules after it, as before the gates."""

from __future__ import annotations

import pytest

from incident_tracker.geo.phrase_around import rewrite_wrapped
from incident_tracker.geo.phrase_unlocated import rewrite_unlocated
from incident_tracker.geo.scripts import has_arabic, has_cyrillic, has_han
from incident_tracker.geo.slavic_words import rewrite_slavic


@pytest.mark.parametrize(
    ("text", "cyrillic", "arabic", "han"),
    [
        ("Torkham border crossing", False, False, False),
        ("возле села Кок-Таш", True, False, False),
        ("біля кордону", True, False, False),  # Ukrainian і
        ("Сўғд вилояти", True, False, False),  # Uzbek ў, ғ
        ("باجوڑ سیکٹر", False, True, False),  # Urdu ڑ, ی
        ("托克哈姆边境附近", False, False, True),
        ("Kurram (کرم)", False, True, False),
    ],
)
def test_the_scripts_a_text_holds(text: str, cyrillic: bool, arabic: bool, han: bool) -> None:
    assert (has_cyrillic(text), has_arabic(text), has_han(text)) == (cyrillic, arabic, han)


def test_the_gated_rules_still_read_their_own_script() -> None:
    assert rewrite_slavic("возле села Кок-Таш Баткенского района") == "near Кок-Таш Баткенского района"
    assert rewrite_unlocated("باجوڑ سیکٹر") == "باجوڑ"  # the Urdu "sector" after a name
    assert rewrite_wrapped("في منطقة كنج") == "منطقة كنج"  # an Arabic preposition before a unit word


def test_a_text_without_the_script_is_left_to_the_next_rules() -> None:
    assert rewrite_slavic("near the village of Kok-Tash") is None
    assert rewrite_wrapped("the Hairatan bridge") is None
    assert rewrite_unlocated("Bajaur sector") is None
