"""The twenty-third session's leftovers (issue 13; docs/geocoding-journal.md, section "The twenty-third session's
leftovers: rules (geo146)"). Every string here is written for the tests (none is the set's); the readings fail on the
code before this round, the guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_answers, assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.pair_lines import pair_line


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a road between a border place and a town: the way, not the crossing at one end
        ("the Torkham-Jalalabad highway", "AF;PK"),
        ("the Torkham–Jalalabad motorway", "AF;PK"),
        ("the Islam Qala-Herat road", "AF;IR"),
        ("the Panji Poyon-Kunduz road", "TJ;AF"),
        ("the Ghulam Khan-Khost highway", "AF;PK"),
        ("Torkham-Peshawar route", "AF;PK"),
        ("طورخم-پشاور روڈ", "PK;AF"),
    ],
)
def test_a_road_between_two_ends_is_no_point(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None


def test_a_road_in_a_province_lets_the_province_stand_in(resolver: Resolver) -> None:
    # the pair gives no point; the province the text names holds the whole road
    assert_chosen_at(resolver, "the Torkham-Jalalabad highway in Nangarhar", "AF;PK", "Nangarhar", "admin1")


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a province or district at one end: the line between two units, not a crossing's two ends
        ("the Khost-Paktika border", "AF;PK"),
        ("the Kurram-Paktia border", "AF;PK"),
        ("the Chitral-Nuristan border", "AF;PK"),
        ("the Bajaur-Kunar border", "AF;PK"),
        ("the Mohmand-Nangarhar border", "AF;PK"),
        ("the Sughd-Batken border", "TJ;KG"),
    ],
)
def test_a_pair_with_a_unit_at_one_end_is_no_point(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a crossing named by its two ends, towns or posts, still answers
        ("Sherkhan Bandar-Panji Poyon", "AF;TJ", "Sher Khan Bandar"),
        ("Islam Qala-Dogharoun", "AF;IR", "Islam Qala"),
        # a border place facing the district across it is still the crossing
        ("the Angoor Adda-Barmal border", "AF;PK", "Angur Ada"),
        ("Torkham-Nangarhar", "AF;PK", "Torkham"),
    ],
)
def test_a_crossing_named_by_its_ends_still_answers(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "exact")


def test_the_road_word_is_read_only_at_the_pairs_end() -> None:
    # the rule reads the words, not the places: no candidates needed to see a road
    assert pair_line(("Torkham", "Jalalabad highway"), [], []) is not None
    assert pair_line(("Torkham", "Jalalabad"), [], []) is None
    assert pair_line(("Roadside", "Highwayman"), [], []) is None


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a township named alone, in Chinese or English: the area around the place whose name it bears
        ("喀群乡", "Kaqun"),
        ("芒来乡", "Manglai"),
        ("在喀群乡", "Kaqun"),
        ("Kaqun township", "Kaqun"),
    ],
)
def test_a_township_named_alone_is_near_its_seat(resolver: Resolver, query: str, name: str) -> None:
    assert_chosen_at(resolver, query, "CN", name, "near")


def test_a_township_no_place_bears_stays_empty(resolver: Resolver) -> None:
    # the township word reads no place into a name the gazetteer does not hold
    assert label_for(resolver, "吉根乡", "CN") is None


def test_the_road_to_a_township_is_its_county_not_the_townships_seat(resolver: Resolver) -> None:
    # the road's end is not where on the road the place is: the county holds the road
    assert_chosen_at(resolver, "莎车县通往喀群乡的公路上", "CN", "Shache", "admin2")


@pytest.mark.parametrize(
    "query",
    ["Lashar County", "شهرستان لاشار", "Lashar District", "Qqrzt village, Lashar County"],
)
def test_lashar_county_answers_at_its_seat_espakeh(resolver: Resolver, query: str) -> None:
    # made from Nik Shahr County's Lashar District; its seat Espakeh (GeoNames 1161269)
    assert_answers(resolver, query, "IR", "Lashar County", (26.84004, 60.1731))


def test_lashar_alone_is_no_county(resolver: Resolver) -> None:
    # the bare name is also the river and the region: read only whole, with the unit word
    assert label_for(resolver, "Lashar", "IR") is None
