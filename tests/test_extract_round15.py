"""The fifteenth round: the event's place, not a speaker's, a hospital's or a unit's base; the stretch a border
unit guards; two places named together left to a finer sentence (docs/extract-journal.md, *The fifteenth round*)."""

from __future__ import annotations

import pytest

from _extract_helpers import REAL, one_draft
from incident_tracker.extract import gazetteer_locator
from incident_tracker.extract.roles import wrong_role


def test_the_stretch_a_border_unit_guards_is_the_place_inside_the_province() -> None:
    text = (
        "Two Iranian border guards were killed on Saturday in a clash with drug smugglers in the province of "
        "Sistan and Baluchestan. The fighting happened in the area of the Mirjaveh border regiment, officials said."
    )
    draft = one_draft(text)
    assert draft["place"] == "Mirjaveh border regiment"


def test_a_border_checkpoint_of_a_regiment_names_the_scene() -> None:
    text = (
        "A border guard was killed on Saturday when gunmen attacked in Sistan and Baluchestan province. The gang "
        'was "repelled by the guards of the 12th border checkpoint of the Saravan border regiment," an agency said.'
    )
    assert one_draft(text)["place"] == "Saravan border regiment"


@pytest.mark.parametrize(
    "before",
    [
        "Maysam Rahimi, an official of Zahak in Iran's ",  # the province the title's town lies in, with its country
        "Maysam Rahimi, an official in Zahak in Iran's ",
        "an official of ",
    ],
)
def test_a_place_in_an_officials_title_with_its_countrys_name_is_not_the_scene(before: str) -> None:
    assert wrong_role(before, "")


def test_the_city_of_the_hospital_is_not_the_scene() -> None:
    text = "A farmer was shot dead by border guards on Saturday, and his brother was taken to a hospital in Osh."
    assert "place" not in one_draft(text)


def test_the_town_a_victims_unit_serves_in_is_not_the_scene() -> None:
    text = "A soldier serving with the border regiment in Khash was killed by gunmen on Saturday, officials said."
    assert "place" not in one_draft(text)


def test_two_places_named_together_leave_the_place_to_a_sentence_naming_one() -> None:
    text = (
        "Rockets fired from across the border on Saturday landed in Kunar and Nangarhar, officials said. "
        "Residents said the rockets killed four civilians in the Sarkano district."
    )
    assert one_draft(text)["place"] == "Sarkano district"


def test_two_places_named_together_and_nothing_finer_leave_the_place_empty() -> None:
    text = "Shelling from across the border on Saturday killed three civilians in Kunar and Nangarhar, officials said."
    assert "place" not in one_draft(text)


def test_two_districts_told_with_one_kind_are_one_place() -> None:
    text = "Rockets fired from across the border on Saturday fell in the Shegal and Dangam districts, officials said."
    assert one_draft(text)["place"] == "Shegal and Dangam districts"


def test_an_area_by_the_border_is_an_area_not_the_line() -> None:
    text = (
        'Twelve guards were abducted on Saturday "in the Kalkan border area," the agency said. '
        '"Our fighters attacked a post in Taftan," a spokesman of the group said.'
    )
    assert one_draft(text)["place"] == "Kalkan border area"


def test_a_district_told_with_a_compass_word_is_the_place_a_province_is_not() -> None:
    text = "Militants from across the border killed two soldiers in the northwestern district of Kurram on Saturday."
    assert one_draft(text)["place"] == "Kurram district"
    text = "Militants killed two guards in the southeastern province of Sistan and Baluchestan on Saturday."
    assert "place" not in one_draft(text)


def test_the_place_a_report_says_it_took_place_at_is_the_scene() -> None:
    text = (
        "A Tajik border guard was shot dead on Saturday. A source said the shooting took place in the Khoja Alo "
        "area, about 8 kilometres from Chorku, a village of the district of Isfara."
    )
    assert one_draft(text)["place"] == "Khoja Alo area"
    text = (  # a coarser place where it took place keeps the finer one read before it
        "Two guards were killed on Saturday in an attack at the Kalat checkpoint. "
        "The attack took place in Sistan and Baluchestan province, officials said."
    )
    assert one_draft(text)["place"] == "Kalat checkpoint"


def test_the_scene_told_just_before_the_violence_of_an_undated_lead_places_it() -> None:
    text = (
        "Border guards spotted a group of smugglers near the village of Kavo in Shamsiddin Shokhin district. "
        "Two of the smugglers were killed in the shootout that followed, the border service said."
    )
    assert one_draft(text)["place"] == "near the village of Kavo"  # "near" kept for the geocoder (extract106)


def test_a_place_the_gazetteer_lacks_is_located_at_the_province_it_lies_in() -> None:
    text = (
        "Two Iranian border guards were killed on Saturday in a clash with drug smugglers in the province of "
        "Sistan and Baluchestan. The fighting happened in the area of the Mirjaveh border regiment, officials said."
    )
    draft = one_draft(text, locate=gazetteer_locator(REAL.parent.parent.parent / "no-such-file.db"))
    assert draft["place"] == "Mirjaveh border regiment"
    # A border regiment named for its county is read as the county since geo40 (docs/geocoding-journal.md,
    # twenty-fourth-rules): Mirjaveh County, in the province the text names, finer than the province.
    assert (draft["geo_precision"], draft["admin1"], draft["country"]) == ("admin2", "Sistan and Baluchestan", "IR")
