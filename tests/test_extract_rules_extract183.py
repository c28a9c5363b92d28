"""Where it happened, and whom it struck (extract183): the name before a comma, not the larger unit told after it;
a district or province the fire fell on; a force's men whose post an armed group attacked, a target though they
fought back; a drone strike on fighters, no target.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract183)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2019, 4, 9)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- the name before its comma (extract/apposed_place.py, read by place.read_place) -------------------------------


def test_an_area_told_after_the_name_and_a_comma_is_where_the_name_lies() -> None:
    draft = _draft(
        "Two policemen were killed on Monday when gunmen attacked their post at Shina Kalay, in the Gorbaz area of "
        "Kurram district, officials said."
    )
    assert draft.get("place") == "Shina Kalay"


def test_a_province_told_after_the_name_and_a_comma_is_no_scene() -> None:
    draft = _draft(
        "Three guards were killed on Monday in a clash with smugglers near the border of Khorsand, in the province "
        "of Sistan and Baluchestan, a commander said."
    )
    assert draft.get("place") == "Khorsand"


def test_a_town_the_name_lies_close_to_is_no_scene() -> None:
    draft = _draft(
        "On Monday evening gunmen ambushed a border post in Lakhi, close to the southeastern city of Saravan, "
        "killing two guards."
    )
    assert draft.get("place") == "Lakhi"


def test_an_area_told_after_a_district_and_a_comma_still_narrows_it() -> None:  # guard: a unit before the comma
    draft = _draft(
        "Two soldiers were killed on Monday in Zhob district, in the Sambaza area, when militants attacked their post."
    )
    assert draft.get("place") == "Sambaza area"


def test_a_region_told_after_a_country_and_a_comma_is_the_place() -> None:  # guard: a country before the comma
    draft = _draft(
        "A border guard was wounded on Monday when shots were fired from across the river at a post of Uzbekistan, "
        "in the Surkhandarya region, the border service said."
    )
    assert draft.get("place") == "Surkhandarya region"


# --- the district or province the fire fell on (extract/spot_on.py's fire_on_unit) --------------------------------


def test_the_district_the_rockets_fell_on_is_the_place() -> None:
    draft = _draft(
        "Pakistani forces fired rockets across the border on Monday night.\n\n"
        "The rockets fell on Shigal district, and two children were wounded, the district governor said."
    )
    assert draft.get("place") == "Shigal district"


def test_the_province_the_attacks_came_on_is_the_place() -> None:
    draft = _draft("Rocket attacks by the Pakistani army on Nuristan province killed one civilian on Monday.")
    assert draft.get("place") == "Nuristan province"


def test_a_narrower_place_told_after_the_province_fired_on_still_wins() -> None:  # guard: ranking kept
    draft = _draft(
        "Rocket attacks by the Pakistani army on Nuristan province killed one civilian on Monday.\n\n"
        "The rockets came down in the Barg area, officials said."
    )
    assert draft.get("place") == "Barg area"


# --- a force's post attacked by an armed group (extract/post_aimed.py, read by finish.post_attacked) --------------

_POST_ATTACKED = (
    "Two personnel were martyred on Monday when terrorists attacked a security forces' post in the Tump area of "
    "Kech district.\n\n"
    "According to the military, the terrorists targeted the post, and a heavy exchange of fire followed between the "
    "terrorists and the security forces."
)


def test_the_men_of_a_post_attacked_by_terrorists_are_its_target() -> None:
    draft = _draft(_POST_ATTACKED)
    assert draft.get("sub_event_type") == "Armed clash"
    assert draft.get("target_type") == "military"


def test_two_states_forces_fighting_at_a_post_have_no_target() -> None:  # guard: no armed group told attacking
    draft = _draft(
        "Two soldiers were martyred on Monday when Afghan forces attacked a Pakistani border post in the Tump area.\n\n"
        "A heavy exchange of fire followed between the Afghan and Pakistani forces, officials said."
    )
    assert draft.get("target_type") is None


# --- a drone strike on fighters (extract/struck_fighters.py, extract185's module, read by the draft passes) ------


def test_a_drone_strike_on_fighters_has_no_target_type() -> None:
    draft = _draft(
        "Missiles fired by a US drone killed at least six fighters in a compound in the tribal region on Monday, "
        "local residents said."
    )
    assert draft.get("killed") == 6
    assert "drone" in draft.get("weapons", [])
    assert draft.get("target_type") is None


def test_a_drone_strike_on_soldiers_keeps_its_target() -> None:  # guard: a state's men
    draft = _draft("A drone struck an army convoy on Monday, killing four soldiers, officials said.")
    assert draft.get("target_type") == "military"


# --- a smuggler shot with no clash told (extract/smuggler_shot.py, read by finish.finish) -------------------------


def test_a_smuggler_shot_with_no_clash_told_is_a_civilian() -> None:
    draft = _draft(
        "Tajik border guards shot dead a drug smuggler on Monday who, they said, was carrying 20 kilograms of heroin "
        "across the river."
    )
    assert draft.get("sub_event_type") == "Attack"
    assert draft.get("target_type") == "civilians"


def test_smugglers_killed_in_a_gunfight_have_no_target() -> None:  # guard: a clash keeps none
    draft = _draft(
        "Border guards fought a gang of armed smugglers on Monday; two smugglers were killed in the gunfight, the "
        "border service said."
    )
    assert draft.get("sub_event_type") == "Armed clash"
    assert draft.get("target_type") is None
