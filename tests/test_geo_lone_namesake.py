"""A GeoNames place by a variant or alias, and the lone namesake in the text's countries, out of sample (issue 13;
docs/geocoding-journal.md, section "A pack border place the string sounds as, a variant far from the border
(geo184)"). Strings are house-written: none is the set's, whole or inside one of its strings
(each was checked against the set's ``query`` column, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

KZ_UZ = frozenset({"KZ", "UZ"})
CN_KZ = frozenset({"CN", "KZ"})


def _located(resolver: Any, query: str, named: frozenset[str]) -> tuple[str | None, str]:
    """The chosen place's name (None when nothing is chosen) and the resolution's reason."""
    result = locate(query, resolver=resolver, named=named)
    reason = result.resolution.reason if result.resolution else ""
    return (None if result.chosen is None else result.chosen.name), reason


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Jibek-Joly", KZ_UZ),  # Jıbek joly of Almaty province, 632 km from the pack's Zhibek Zholy crossing
        ("the Jibek-Joly village", KZ_UZ),
        ("Jibek-Joly, Kazakhstan", frozenset()),  # the string names the country itself
    ],
)
def test_a_small_town_far_from_a_pack_border_place_the_string_sounds_as_is_no_answer(
    resolver: Any, query: str, named: frozenset[str]
) -> None:
    """A small GeoNames town bears the name; the pack's crossing on the Kazakh–Uzbek line sounds as it, 632 km off,
    in a country the text names: either may be meant, so neither is chosen."""
    name, reason = _located(resolver, query, named)
    assert name is None
    assert "a border place of the regional pack" in reason


def test_the_province_that_holds_the_town_still_answers(resolver: Any) -> None:
    """ "in Almaty region": the text has said which it means, and the pack's crossing is not in that province."""
    assert _located(resolver, "Jibek-Joly in Almaty region", KZ_UZ)[0] == "Jıbek joly"


@pytest.mark.parametrize("query", ["село Достык", "в Достыке", "станция Достык"])
def test_a_variant_that_is_another_name_far_from_the_named_border_is_no_answer(resolver: Any, query: str) -> None:
    """ "Достык" spells Dostyk, one of Druzhba's other names; Druzhba lies on the Chinese line, 1,139 km from the
    Kazakh–Uzbek one the report is about: held as an alias that far would be."""
    name, reason = _located(resolver, query, KZ_UZ)
    assert name is None
    assert "matched by another name than its own" in reason


@pytest.mark.parametrize("query", ["село Достык", "станция Достык"])
def test_the_same_variant_on_its_own_border_still_answers(resolver: Any, query: str) -> None:
    """In a report on China and Kazakhstan, Druzhba is on the line the report is about."""
    assert _located(resolver, query, CN_KZ)[0] == "Druzhba"


@pytest.mark.parametrize("query", ["Бейнеу", "Бейнеу border post"])
def test_a_variant_that_is_the_places_own_name_in_other_letters_still_answers(resolver: Any, query: str) -> None:
    """ "Бейнеу" is Beyneu's own name in Cyrillic letters (the pack holds one place of the Kazakh–Uzbek line, far from
    it): not another name, so not held; the kind words after it do not make it one."""
    assert _located(resolver, query, KZ_UZ)[0] == "Beyneu"


def test_tracker_add_leaves_the_far_namesake_unlocated(run: Any, run_json: Any) -> None:
    """The real CLI on a real SQLite file: ``tracker add`` keeps "Jibek-Joly, Kazakhstan" as reported, with no
    point, and says why on stderr."""
    result = run("add", "--date", "2025-12-02", "--place", "Jibek-Joly, Kazakhstan", "--type", "battles", "--yes")
    record = run_json("show", "1", "--json")
    assert record["latitude"] is None and record["longitude"] is None
    assert "Jıbek joly" not in (record.get("location") or "")
    assert "border place of the regional pack" in result.stderr
