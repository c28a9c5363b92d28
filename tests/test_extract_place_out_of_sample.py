"""The place field out of sample: readings and abstentions (issue 14, extract132).

Every sentence here is written for this file; none is a report's. Each rule has tests of what it changes (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- a named stretch of the border, and the point where three borders meet ------------------------------------------


def test_a_named_stretch_of_the_frontier_is_the_place() -> None:
    text = "Two border guards were wounded on Monday in a shootout on the Leilek stretch of the frontier."
    assert _one(text)["place"] == "Leilek stretch of the frontier"


def test_a_named_section_of_the_state_border_and_a_stretch_of_the_line_are_places() -> None:
    text = "Guards and smugglers exchanged fire on Monday along the Kulob section of the state border. One was killed."
    assert _one(text)["place"] == "Kulob section of the state border"
    text = "A blast on Monday night damaged the track on the Sariosiyo-Denau stretch of the line, killing a worker."
    assert _one(text)["place"] == "Sariosiyo-Denau stretch of the line"


def test_a_named_stretch_of_a_countrys_border_is_the_place() -> None:
    text = (
        "Guards checking a sector of the Vanj stretch of Tajikistan's border with Afghanistan came under fire on "
        "Monday, and one guard was wounded."
    )
    assert _one(text)["place"] == "Vanj stretch of Tajikistan's border"


def test_the_point_where_three_borders_meet_is_the_place() -> None:
    text = (
        "Two herders were shot dead on Monday near the point where the borders of Tajikistan, Kyrgyzstan and "
        "China meet, officials said."
    )
    assert _one(text)["place"] == "near the point where the borders of Tajikistan, Kyrgyzstan and China meet"
    text = "A shepherd was killed on Monday in the area where three countries' borders meet, police said."
    assert _one(text)["place"] == "the area where three countries' borders meet"


def test_the_border_area_between_two_named_places_is_the_place() -> None:
    text = (
        "A guard was killed on Monday in a clash in the border area between Tajikistan's Darvoz district and "
        "Afghanistan's Khwahan."
    )
    assert _one(text)["place"] == "the border area between Tajikistan's Darvoz district and Afghanistan's Khwahan"


def test_guard_the_border_area_between_two_countries_unnamed_is_no_place() -> None:
    text = "A guard was killed on Monday in a clash in the border area between the two countries."
    assert "place" not in _one(text)


def test_guard_a_village_told_after_the_stretch_is_the_narrower_place() -> None:
    text = (
        "Guards clashed on Monday on the Leilek stretch of the frontier. The shooting took place in the Kulundu "
        "area, and one guard was wounded."
    )
    assert _one(text)["place"] == "Kulundu area"


def test_guard_a_stretch_named_by_two_peoples_is_no_place() -> None:
    from incident_tracker.extract.border_points import border_point  # new here: imported so the others run on main

    assert border_point("Shots were fired on Monday on the Kyrgyz-Tajik section of the state border.") is None
    assert border_point("Guards clashed on the Pak-Afghan stretch of the border.") is None
    text = "Shots were fired on Monday on the Kyrgyz-Tajik section of the state border. One guard was wounded."
    assert "place" not in _one(text)


def test_guard_a_stretch_where_someone_spoke_is_no_scene() -> None:
    text = "Two guards were wounded on Monday, said a border unit based in the Leilek section of the frontier."
    assert "place" not in _one(text)


# --- two places told as alternatives: the text leaves the scene open -----------------------------------------------


def test_places_told_as_alternatives_leave_the_place_empty() -> None:
    text = (
        "A drone strike killed four men on Monday. Officials could not say where it hit: in Datta Khel or in "
        "Spinwam, two villages close to each other."
    )
    assert "place" not in _one(text)


def test_guard_a_place_with_or_told_of_something_else_stays() -> None:
    text = "A drone strike in Datta Khel killed four men on Monday, or five by another count."
    assert _one(text)["place"] == "Datta Khel"


# --- the wounded taken to a hospital, told in the active: the hospital's town is not the scene ---------------------


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_the_place() -> None:
    text = (
        "A mortar shell fired from across the border wounded three children on Monday. Rescuers took the "
        "children to the District Headquarters Hospital in Khar."
    )
    assert "place" not in _one(text)


def test_guard_the_scene_stays_when_the_hospital_is_named_after_it() -> None:
    text = (
        "A mortar shell wounded three children on Monday in the Shekhan area. Rescuers took them to the "
        "District Headquarters Hospital in Khar."
    )
    assert _one(text)["place"] == "Shekhan area"


# --- the neighbouring village told after the scene: a place beside it, not the scene --------------------------------


def test_the_neighbouring_village_told_after_the_scene_is_not_the_place() -> None:
    text = (
        "Attackers from across the border burned a school in Kalam Kili and a shop in the neighbouring village of "
        "Sra Kala on Monday, killing two guards."
    )
    assert _one(text)["place"] == "Kalam Kili"


def test_guard_the_neighbouring_village_told_alone_is_the_place() -> None:
    text = (
        "Attackers from across the border burned a school in the neighbouring village of Sra Kala on Monday, "
        "killing two guards."
    )
    assert _one(text)["place"] == "Sra Kala"
