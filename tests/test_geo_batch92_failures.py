"""Batch 92's dev failures: Xinjiang in English and Chinese copy (docs/geocoding-journal.md, section "Batch 92's dev
failures: a county of a possessive prefecture, counted units, prefectures, Chinese copy (geo189)"). Strings are
house-written: none is the set's, whole or inside one of its strings (each was checked against the set's ``query``
column)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_han import read_han

CN = frozenset({"CN"})
AF = frozenset({"AF"})


def _answer(resolver: Any, query: str, named: frozenset[str] = CN) -> tuple[str, str] | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else (chosen.name, chosen.geo_precision)


@pytest.mark.parametrize(
    "query",
    ["Kashgar's Bachu county", "Kashgar's Bachu, or Maralbeshi, county", "Kashgar's Maralbeshi county"],
)
def test_a_county_of_a_possessive_prefecture_is_the_county_not_the_prefecture(resolver: Any, query: str) -> None:
    """Bachu's seat lies 222 km from Kashgar's: the county the text names is answered at its seat, not Kashgar
    standing in for it (the wrong answer g8964 got), since a county of the anchor's province is a district of it."""
    assert _answer(resolver, query) == ("Bachu", "admin2")


@pytest.mark.parametrize("query", ["three districts in the Kashgar area", "several counties in Kashgar"])
def test_a_count_of_units_in_an_area_has_no_stand_in(resolver: Any, query: str) -> None:
    """Several unnamed counties are no one place of the area: nothing stands in (g8914 was answered at Kashgar)."""
    result = locate(query, resolver=resolver, named=CN)
    assert result.chosen is None


def test_a_count_of_districts_in_a_province_has_no_stand_in(resolver: Any) -> None:
    """The same for a province (empty before this round too, by the list guards: kept so that it stays so)."""
    assert _answer(resolver, "several districts of Kunar province", AF) is None


def test_one_unnamed_village_in_a_province_keeps_its_stand_in(resolver: Any) -> None:
    """A count of units is not an unnamed settlement: "a village in Kunar province" still has Kunar stand in."""
    assert _answer(resolver, "a village in Kunar province", AF) == ("Kunar", "admin1")


@pytest.mark.parametrize(
    ("query", "seat"),
    [("Tacheng Prefecture, Xinjiang", "Tacheng"), ("the Tacheng prefecture", "Tacheng")],
)
def test_prefecture_after_a_name_is_a_unit_word(resolver: Any, query: str, seat: str) -> None:
    """A prefecture bears its seat's name: the seat answers at the district's precision, as a county's does."""
    assert _answer(resolver, query) == (seat, "admin2")


def test_a_prefecture_after_a_county_bounds_nothing(resolver: Any) -> None:
    """As a context part the prefecture is left unread: its seat would bound the county to its own surroundings."""
    assert _answer(resolver, "Guma county, Hotan prefecture") == ("Pishan County", "admin2")


def test_description_words_before_areas_of_a_county_leave_the_county(resolver: Any) -> None:
    assert _answer(resolver, "the remote mountainous areas of Yecheng county") == ("Kargilik County", "admin2")


def test_a_township_its_country_holds_once_lies_far_inside_the_county_named(resolver: Any) -> None:
    """Serikbuya lies 84 km from Bachu's seat, beyond a town's anchor reach, in the county the text names."""
    assert _answer(resolver, "Serikbuya town, Bachu county") == ("Serikbuya", "exact")


def test_a_city_is_not_read_far_inside_a_district(resolver: Any) -> None:
    """Quetta is a city named for itself: the wider reach is a township's, so the district the text names keeps
    answering as before."""
    assert _answer(resolver, "Quetta, Chaman district", frozenset({"PK"})) == ("Quetta District", "admin2")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("巴楚县色力布亚镇政府", "Serikbuya town, Bachu county"),  # the Serikbuya township government, Bachu county
        ("边境小镇色力布亚", "Serikbuya"),  # the border town Serikbuya
        ("偏远的绿洲城市莎车", "Shache"),  # the remote oasis city Yarkand
        ("偏遠的綠洲城市莎車", "Shache"),  # the same in traditional characters
        ("喀什市人民路", "Kashgar"),  # People's Road, Kashgar city
        ("叶城县边防部队基地", "Kargilik County"),  # the border troops' base of Yecheng county
    ],
)
def test_chinese_words_around_a_name_are_taken_off(text: str, reading: str) -> None:
    assert read_han(text) == reading


def test_a_highway_after_a_city_stays_unread() -> None:
    """A road may leave the city: "公路" (highway) is no street of it."""
    assert read_han("喀什市公路") is None


def test_a_serikbuya_station_in_chinese_answers_at_serikbuya(resolver: Any) -> None:
    assert _answer(resolver, "色力布亚镇政府") == ("Serikbuya", "exact")
