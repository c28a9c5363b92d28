"""A prefecture alone in Han script, Kashgar and Hotan by their Chinese names, what a valley or an area answers,
and the country of a crossing between twins (issue 13; docs/geocoding-journal.md, "A prefecture alone, twins and
valleys: rules (geo133)"). Strings written for the tests, none of the set's; each reading fails on the code before
the round."""

from __future__ import annotations

import pytest

from _geo_helpers import chosen_for, countries, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import BORDER_KINDS
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase import parse_query
from incident_tracker.geo.phrase_han import read_han


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("塔城地区", "Tacheng Prefecture"),  # the prefecture, as the Latin form is written, not the area of its seat
        ("和田地區", "Hotan Prefecture"),  # traditional characters
        ("新疆喀什地区", "Kashgar Prefecture, Xinjiang"),
        ("喀什地区莎车县", "Shache county"),  # before a finer unit the prefecture is still dropped
        ("开伯尔地区", "Khyber District area"),  # "地区" after a name that is no prefecture's: its area, as before
    ],
)
def test_a_prefecture_is_read_as_the_prefecture(text: str, read: str) -> None:
    assert read_han(text) == read


@pytest.mark.parametrize(
    ("query", "seat"),
    [
        ("塔城地区", "Tacheng"),
        ("喀什地区", "Kashgar"),
        ("和田地区", "Gujangbagh"),
        ("Kashgar Prefecture", "Kashgar"),
        ("Tacheng Prefecture", "Tacheng"),
    ],
)
def test_a_prefecture_alone_is_its_seat_at_a_districts_precision(resolver: Resolver, query: str, seat: str) -> None:
    """Kashgar's prefecture covers 140,000 km²: its seat's point, at `near`, would claim a town's surroundings. Since
    geo189 "prefecture" is a unit word and the seat answers at `admin2`, as the set labels a prefecture named alone
    (`coarser` at its seat, a tolerance that covers its towns: batch 92's g8960)."""
    chosen = chosen_for(resolver, query, "CN")
    assert chosen is not None and (chosen.name, chosen.geo_precision) == (seat, "admin2")


def test_a_prefecture_in_its_province_is_its_seat_not_the_province(resolver: Resolver) -> None:
    chosen = chosen_for(resolver, "新疆和田地区", "CN")
    assert chosen is not None and (chosen.name, chosen.geo_precision) == ("Gujangbagh", "admin2")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("喀什", "Kashgar"),
        ("喀什市", "Kashgar"),
        ("和田", "Gujangbagh"),  # Hotan, whose GeoNames name is Gujangbagh
        ("和田市", "Gujangbagh"),
        ("抵达和田", "Gujangbagh"),
        ("喀什地区莎车县境内", "Shache"),
    ],
)
def test_kashgar_and_hotan_in_han_script(resolver: Resolver, query: str, name: str) -> None:
    label = label_for(resolver, query, "CN")
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named", "province"),
    [
        ("in the Peshawar valley", "PK;AF", "Khyber Pakhtunkhwa"),  # the Valley of Peshawar lies in the province
        ("the Kabul valley", "AF;PK", "Kabul"),
        ("Gilgit valley", "PK;CN", "Gilgit-Baltistan"),
        ("the Jalalabad valley", "AF;PK", "Nangarhar"),
    ],
)
def test_a_city_valley_one_province_holds_answers_the_province(
    resolver: Resolver, query: str, named: str, province: str
) -> None:
    chosen = chosen_for(resolver, query, named)
    assert chosen is not None and chosen.label.startswith(province), (query, chosen)
    assert chosen.geo_precision == "admin1"


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("the Isfara valley", "TJ"),  # the Isfara basin: Sughd and Kyrgyzstan's Batken
        ("the Fergana Valley", "UZ;KG;TJ"),  # three countries
        ("the Andijan valley", "UZ;KG"),  # Andijan lies 31 km from a Kyrgyz town: the Fergana basin again
        ("the Rasht valley", "TJ;AF"),  # Tajikistan's valley: no city of Iran's province for it
        ("the Sust valley of Gilgit", "PK;CN"),  # Gilgit stands in for another valley's name: no valley of Gilgit
    ],
)
def test_a_valley_no_one_province_holds_stays_empty(resolver: Resolver, query: str, named: str) -> None:
    chosen = chosen_for(resolver, query, named)
    assert chosen is None or chosen.geo_precision != "admin1", (query, chosen)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the checkpoints around the Vorukh enclave", "TJ;KG"),
        ("заставы по периметру Исфаринского района", "TJ;KG"),  # a district by its adjective: no stand-in now
        ("Исфара районунун айланасындагы айылдар", "KG;TJ"),  # Kyrgyz: the villages around Isfara district
        ("Batken tumani atrofidagi postlar", "UZ;KG"),  # Uzbek: the posts around Batken district
    ],
)
def test_places_around_an_area_are_read_so_and_left_empty(resolver: Resolver, text: str, named: str) -> None:
    parsed = parse_query(text)
    assert parsed.around, text
    assert label_for(resolver, text, named) is None


@pytest.mark.parametrize(
    ("text", "named", "name"),
    [
        ("around Batken", "KG;TJ", "Batken"),  # around a town is near it
        ("near Isfara district", "TJ;KG", "Isfara"),  # near a district is the district
        ("about 5 km around the Isfara district", "TJ;KG", None),  # a distance: not read as around
    ],
)
def test_around_a_town_or_near_a_district_is_not_around_an_area(
    resolver: Resolver, text: str, named: str, name: str | None
) -> None:
    assert not parse_query(text).around, text
    if name is not None:
        label = label_for(resolver, text, named)
        assert label is not None and label.startswith(name), (text, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Ishkashim", "AF;TJ"),  # the bridge between the Afghan and the Tajik Ishkashim
        ("Ishkashim checkpoint", "TJ;AF"),
        ("Sarakhs bridge", "IR;TM"),  # the crossing between Sarakhs (Iran) and Sarahs (Turkmenistan)
    ],
)
def test_a_crossing_between_twins_keeps_its_point_and_no_side(resolver: Resolver, query: str, named: str) -> None:
    """The crossing belongs to both sides; the country the pack files it under is a side the text does not give."""
    located = locate(query, resolver=resolver, named=countries(named))
    assert located.status == "located" and located.chosen is not None and located.chosen.kind in BORDER_KINDS
    assert "country" not in located.fields and "admin1" not in located.fields
    assert located.fields["latitude"] is not None and "no country is stored" in located.note


@pytest.mark.parametrize(
    ("query", "named", "country"),
    [
        ("Ishkashim, Tajikistan", "AF;TJ", "TJ"),  # a side named: that side's twin answers, as before
        ("Ishkashim bridge, Afghanistan", "AF;TJ", "AF"),
        ("Torkham", "AF;PK", "PK"),  # a crossing no twin towns name: stored as before
    ],
)
def test_a_side_named_or_no_twins_keeps_the_country(resolver: Resolver, query: str, named: str, country: str) -> None:
    located = locate(query, resolver=resolver, named=countries(named))
    assert located.fields.get("country") == country, located.note
