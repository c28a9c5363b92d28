"""The same day's other act told "… were also killed in an attack in X" or "… had attacked … as well" is its own
incident (extract195, extract/also_told.py, asked by extract/also_elsewhere.py).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract195)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday
#: A dated raid with its toll, told first.
LEAD = (
    "Militants stormed a police checkpoint in Karez village of Zabul province on Tuesday night, killing six "
    "officers, the provincial police chief said.\n\n"
    "Ten officers were at the post and four of them escaped, he said."
)


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


def test_a_toll_also_killed_in_an_attack_elsewhere_is_its_own_incident() -> None:
    drafts = _drafts(
        f"{LEAD}\n\nThree soldiers were also killed in a militant attack in Ghazni province on Tuesday night, the "
        "defence ministry said."
    )
    assert len(drafts) == 2
    lead, other = drafts
    assert lead["killed"] == 6  # the other attack's dead are not added to the raid's
    assert other["killed"] == 3
    assert other["event_date"] == lead["event_date"] == "2024-05-07"
    assert "Ghazni" in str(other.get("place")) and "Ghazni" not in str(lead.get("place"))


def test_an_act_told_as_well_in_reported_speech_is_its_own_incident() -> None:
    drafts = _drafts(
        f"{LEAD}\n\nThe army's spokesman also confirmed the raid and said the militants had attacked two posts in "
        "Arghandab district on Tuesday night as well, with losses on both sides."
    )
    assert len(drafts) == 2
    assert "Arghandab" in str(drafts[1].get("place")) and "Arghandab" not in str(drafts[0].get("place"))


def test_also_wounded_in_the_attack_is_the_leads_toll() -> None:
    drafts = _drafts(f"{LEAD}\n\nTwo passers-by were also wounded in the attack, the police chief said.")
    assert len(drafts) == 1


def test_also_killed_in_an_attack_at_the_leads_place_is_the_lead_told_on() -> None:
    drafts = _drafts(f"{LEAD}\n\nA cook was also killed in an attack on the same post in Karez, the police chief said.")
    assert len(drafts) == 1


def test_as_well_with_no_act_of_force_adds_nothing() -> None:
    drafts = _drafts(f"{LEAD}\n\nThe governor visited the wounded officers in Qalat hospital as well, he said.")
    assert len(drafts) == 1
