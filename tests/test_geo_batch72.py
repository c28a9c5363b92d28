"""The seventy-second batch's dev failures, by mechanism (issue 13; docs/geocoding-journal.md, section "Seventy-second
batch: rules (geo144)"). Every string here is written for the tests (none is the set's); the readings fail on the code
before this round, the guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # Persian "ایالت" (state) before an Afghan province, as some Persian services write it: the province
        ("ایالت هلمند", "AF;IR", "Helmand"),
        ("در ایالت فراه", "AF;IR", "Farah"),
        ("مرز در ایالت نیمروز", "AF;IR", "Nimroz"),
    ],
)
def test_a_province_called_a_state_in_persian(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "admin1")


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # the plural is the United States, no unit; a state outside the region stays unknown
        ("ایالات متحده", "AF;IR"),
        ("ایالت کالیفرنیا", "AF;IR"),
    ],
)
def test_no_state_of_the_region_stays_empty(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "name", "precision"),
    [
        # Hotan's Karakax (Moyu) county by its Chinese name, in both sets of characters: the county seat
        ("墨玉县", "Qaraqash", "admin2"),
        ("和田地区墨玉縣", "Qaraqash", "admin2"),
        ("墨玉", "Qaraqash", "exact"),
        # a township of it: the township by its own name; with its township word, near the seat that bears its name,
        # the county bounding it (geo146: before, the county stood in)
        ("芒来", "Manglai", "exact"),
        ("墨玉县芒来乡", "Manglai", "near"),
        # Yarkand's Kaqun
        ("喀群", "Kaqun", "exact"),
    ],
)
def test_the_chinese_names_of_hotan_and_yarkand_places(
    resolver: Resolver, query: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, "CN", name, precision)


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # Urdu's "ح" for the final "ه" of a name heard rather than copied: Farah
        ("صوبے فراح", "AF;PK", "Farah"),
        ("افغانستان کے صوبے فراح", "AF;IR", "Farah"),
    ],
)
def test_a_final_hah_read_as_he(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "admin1")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a road from a county to a township of it lies in the county, which stands in
        ("莎车县通往喀群乡的公路上", "Shache"),
        ("叶城县通往柯克亚乡的公路", "Kargilik County"),
    ],
)
def test_a_road_from_a_county_to_its_township_is_in_the_county(resolver: Resolver, query: str, name: str) -> None:
    assert_chosen_at(resolver, query, "CN", name, "admin2")


def test_a_road_from_a_county_to_a_city_is_no_one_place(resolver: Resolver) -> None:
    # the road to Kashgar leaves the county: nothing
    assert label_for(resolver, "莎车县通往喀什的公路上", "CN") is None
