"""The Russian border guards of Tajikistan's frontier put their fight in Tajikistan, a crowd trying to seize guards is
a mob, "the Islamic Republic", where people fled to and the road a town sits on are no place, and an attack on a
naval airbase is on the military (issue 14, extract162).

Every sentence here is written for this file, read against Monday 1 December 2025. The fill tests fail on the code
before this change (no country was read where the report names Russia beside Tajikistan and Afghanistan; a crowd's
try to seize the guards was drafted as an attack; "Islamic Republic", the refuge and the road were read as the
place; an airbase written as one word gave no target); the guards pass on both. docs/extract-journal.md, "The
Russian guards' side, crowds seizing guards, and places in other roles: rules (extract162)", gives the measurement
behind each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract import gazetteer_locator


def _locate() -> object:
    return gazetteer_locator(Path("no-such-file.db").resolve())


@pytest.mark.parametrize(
    "text",
    [
        "Russian border guards who watch Tajikistan's frontier with Afghanistan shot dead an armed smuggler on Sunday "
        "night, their press service said.",
        "Russian border guards on the Tajik-Afghan border came under fire on Sunday; the bursts came from the part of "
        "Afghanistan the Taliban hold, and nobody was hurt.",
        "Russian troops guarding the Tajik-Afghan border shot dead an armed trafficker on Sunday night as he was "
        "trying to get into Tajikistan from Afghanistan with a bag of hashish, the press service said.",
    ],
)
def test_the_russian_guards_of_tajikistans_frontier_put_their_fight_in_tajikistan(text: str) -> None:
    assert one_draft(text, locate=_locate()).get("country") == "TJ"


@pytest.mark.parametrize(
    "text",
    [
        # an island in the river: on neither bank
        "Russian border guards exchanged fire on Sunday with four men who had come from Afghanistan to an island in "
        "the middle of the river.",
        # told only on the line, no side
        "Russian troops killed four smugglers in a shoot-out on the Tajik-Afghan border on Sunday, a spokesman said.",
        # a fourth state named: the reading stands back
        "Russian border guards on the Tajik-Afghan border came under fire from the Afghan side on Sunday, and "
        "Uzbekistan closed its crossing the same day.",
    ],
)
def test_guard_the_russian_guards_on_no_side_are_not_put_in_tajikistan(text: str) -> None:
    assert one_draft(text, locate=_locate()).get("country") != "TJ"


@pytest.mark.parametrize(
    "text",
    [
        "Citizens of Tajikistan tried to seize two Kyrgyz border guards and take their rifles in a village of Leilek "
        "district on Sunday, the border service said.",
        "About twenty residents of the village tried to disarm the soldiers on Sunday; one soldier was injured, the "
        "border service said.",
    ],
)
def test_a_crowd_trying_to_seize_guards_is_a_mob(text: str) -> None:
    draft = one_draft(text)
    assert (draft.get("event_type"), draft.get("sub_event_type")) == ("Riots", "Mob violence")


def test_guard_armed_men_trying_to_seize_a_post_are_no_mob() -> None:
    text = "Armed men tried to seize a border post in Leilek district on Sunday, killing a guard, the service said."
    assert one_draft(text).get("sub_event_type") != "Mob violence"


def test_the_islamic_republic_is_no_place() -> None:
    text = (
        "Border guards fought armed smugglers on Sunday as the men tried to come into the Islamic Republic of Iran "
        "from the neighbouring country; one guard was wounded."
    )
    assert one_draft(text).get("place") is None


def test_guard_a_place_told_beside_the_islamic_republic_is_read() -> None:
    text = (
        "Border guards of the Islamic Republic fought armed smugglers near the village of Haqabad on Sunday; one "
        "guard was wounded."
    )
    assert one_draft(text).get("place") == "near the village of Haqabad"


def test_an_attack_on_a_naval_airbase_is_on_the_military() -> None:
    text = "Gunmen carried out an attack on the naval airbase in Turbat late on Sunday; the fighting went on for hours."
    assert one_draft(text).get("target_type") == "military"


def test_guard_an_airbase_with_no_force_named_gives_no_target() -> None:
    text = "Gunmen carried out an attack on the airbase in Turbat late on Sunday; the fighting went on for hours."
    assert one_draft(text).get("target_type") is None


def test_where_people_fled_to_is_no_place() -> None:
    text = (
        "Militants attacked a checkpost in Bajaur district on Sunday, killing three soldiers, officials said. A member "
        "of the assembly said people fleeing the fighting were crowding into the Loi Sam area, which was already full."
    )
    assert one_draft(text).get("place") == "Bajaur district"


def test_the_road_a_town_sits_on_is_no_place() -> None:
    text = (
        "The Taliban launched a heavy attack on Sunday on a district in the west of Herat province, killing two "
        "soldiers. It sits on the Islam Qala-Herat road, and if it falls the road link to Iran will be cut."
    )
    assert one_draft(text).get("place") != "Islam Qala-Herat road"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an act of fire between the flight and the place: the place the rockets hit
        (
            "Families fled their homes on Sunday after Pakistan fired more than 50 rockets into the Dangam area, "
            "killing two children.",
            "Dangam area",
        ),
        # a road the attack was on
        (
            "Gunmen fired on a bus on the Khash-Zahedan road on Sunday, killing two passengers.",
            "Khash-Zahedan road",
        ),
    ],
)
def test_guard_a_place_after_a_flight_and_fire_or_a_road_attacked_is_read(text: str, place: str) -> None:
    assert one_draft(text).get("place") == place


def test_a_post_told_with_where_it_stands_before_it_came_under_fire_is_a_battle() -> None:
    text = (
        "Two Frontier Constabulary men were wounded on Sunday when an FC check post in Kurram Agency came under fire "
        "from across the border."
    )
    draft = one_draft(text)
    assert (draft.get("sub_event_type"), draft.get("target_type")) == ("Armed clash", "military")


def test_guard_men_told_with_nothing_more_are_still_civilians() -> None:
    text = "Two men were shot dead on Sunday in a village of Kurram Agency, officials said."
    assert one_draft(text).get("target_type") == "civilians"


def test_the_guards_a_crowd_tried_to_seize_are_its_target() -> None:
    text = (
        "Citizens of Tajikistan tried to seize two Kyrgyz border guards and take their rifles in a village of Leilek "
        "district on Sunday, the border service said."
    )
    assert one_draft(text).get("target_type") == "border_guards"
