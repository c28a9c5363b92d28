"""A named area or post the fire fell "on" narrows the district told first, a province the scene borders or lies
near gives no country, "the Balochistan town of Turbat" is Turbat, two units' stretch is a place, and the one state
named besides the attack's origin is the country; a nation's people in the plural are no place (issue 14,
extract157).

Every sentence here is written for this file, read against Monday 1 December 2025. The fill tests fail on the code
before this change (the district told first stayed the place; the neighbour's province gave its country; the
province before "town" was read as the place's name; a stretch of two units gave no place; a report naming the
origin and one other state gave no country; "at the Americans" was a place); the guards pass on both.
docs/extract-journal.md, "The spot the fire fell on, the neighbour's province, and the state across from the
origin: rules (extract157)", gives the measurement behind each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract import gazetteer_locator


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Mortar rounds fired from across the border wounded two soldiers in Lower Dir district on Sunday. The "
            "shelling fell on the Sher Kot area of Dir, officials said.",
            "Sher Kot area",
        ),
        (
            "Gunmen raided a paramilitary post in Upper Dir district late on Sunday, killing a soldier. The attack was "
            "made on the Sara Banda checkpost by some thirty men.",
            "Sara Banda checkpost",
        ),
    ],
)
def test_the_area_or_post_told_after_on_narrows_the_district(text: str, place: str) -> None:
    assert one_draft(text).get("place") == place


@pytest.mark.parametrize(
    "text",
    [
        # whose post, not which
        "Gunmen killed a soldier in Upper Dir district on Sunday. They fired from across on the Pakistan Army post "
        "along the border.",
        # a side, not a spot
        "Gunmen killed a soldier in Upper Dir district on Sunday. They fired from a hill on the Afghan border post.",
    ],
)
def test_guard_a_country_or_a_side_after_on_leaves_the_district(text: str) -> None:
    assert one_draft(text).get("place") == "Upper Dir district"


def _locate() -> object:
    return gazetteer_locator(Path("no-such-file.db").resolve())


@pytest.mark.parametrize(
    "text",
    [
        "Two shepherds were killed on Friday when gunmen struck a summer pasture in Chitral district. The pasture "
        "lies close to Afghanistan's Nuristan province, a day's walk from the valley.",
        "Gunmen struck a village in Bajaur district on Friday, killing four people. Bajaur district borders the "
        "Afghan province of Kunar.",
    ],
)
def test_a_province_the_scene_borders_or_lies_near_gives_no_country(text: str) -> None:
    assert one_draft(text, locate=_locate()).get("country") != "AF"


def test_the_province_before_town_of_is_where_the_town_lies() -> None:
    text = "Gunmen attacked a naval air base in the Balochistan town of Turbat late on Sunday, officials said."
    assert one_draft(text).get("place") == "Turbat"


def test_guard_an_area_named_before_its_kind_is_still_the_place() -> None:
    text = "Gunmen killed two soldiers in the Sherpao area of Bajaur district on Sunday, officials said."
    assert one_draft(text).get("place") == "Sherpao area"


def test_the_stretch_of_two_border_units_is_the_place() -> None:
    text = (
        "Border guards exchanged fire with armed traffickers late on Sunday on the stretch guarded by the Farkhor "
        "and Panj border units, wounding two of them."
    )
    assert one_draft(text).get("place") == "Farkhor and Panj border units"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Tajik officials say their border guards killed two drug smugglers who were crossing from Afghanistan onto "
            "their country's soil, in a clash on Sunday.",
            "TJ",
        ),
        (
            "Pakistan has protested over unprovoked fire from Afghanistan on its border area on Sunday, which wounded "
            "two soldiers.",
            "PK",
        ),
        (
            "Unknown people fired five shots from the Tajik side near the border line on Sunday, the Kyrgyz border "
            "service said.",
            "KG",
        ),
    ],
)
def test_the_one_state_named_besides_the_attacks_origin_is_the_country(text: str, country: str) -> None:
    assert one_draft(text, locate=_locate()).get("country") == country


def test_guard_a_third_state_named_leaves_the_country_empty() -> None:
    text = (
        "Unknown people fired five shots from the Tajik side near the border line on Sunday, the Kyrgyz border "
        "service said. Uzbekistan was not involved."
    )
    draft = one_draft(text, locate=_locate())
    assert (draft.get("origin_country"), draft.get("country")) == ("TJ", None)


def test_a_nations_people_told_in_the_plural_are_no_place() -> None:
    draft = one_draft("A border scout turned and fired at the Americans on Sunday, wounding a soldier, officials said.")
    assert draft.get("place") is None


def test_the_place_after_the_people_is_read() -> None:
    text = "A border scout fired at the Americans near Shkin on Sunday, wounding a soldier, officials said."
    assert one_draft(text).get("place") == "near Shkin"
