"""A prefecture alone in Han script, Kashgar and Hotan by their Chinese names, and what a valley or an area
answers (issue 13; docs/geocoding-journal.md, "A prefecture alone, twins and valleys: rules (geo133)").
Strings written for the tests, none of the set's; each reading fails on the code before the round."""

from __future__ import annotations

import pytest

from _geo_helpers import chosen_for, label_for
from incident_tracker.geo.chain import Resolver
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


@pytest.mark.parametrize("query", ["塔城地区", "喀什地区", "和田地区", "Kashgar Prefecture", "Tacheng Prefecture"])
def test_a_prefecture_alone_is_no_point_of_its_seat(resolver: Resolver, query: str) -> None:
    """Kashgar's prefecture covers 140,000 km²: its seat's point, at `near`, would claim a town's surroundings."""
    assert label_for(resolver, query, "CN") is None


def test_a_prefecture_in_its_province_lets_the_province_stand_in(resolver: Resolver) -> None:
    chosen = chosen_for(resolver, "新疆和田地区", "CN")
    assert chosen is not None and chosen.label.startswith("Xinjiang") and chosen.geo_precision == "admin1"


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
