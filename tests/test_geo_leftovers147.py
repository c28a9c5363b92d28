"""Batch 74's dev failures and the last session's leftovers (issue 13; docs/geocoding-journal.md, section "Batch 74's
dev failures and the leftovers: rules (geo147)"). Every string here is written for the tests (none is the set's); the
readings and guards fail on the code before this round, the checks beside them (marked "still") pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.enclave_region import enclave_without_region
from incident_tracker.geo.pair_lines import spaced_road_pair


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a market or camp named after a small town far from every border place of the text's countries
        ("the Bagh Market", "PK"),
        ("Bagh market", "PK;AF"),
        # a context part that names neither the town nor its province ties it to nothing
        ("Bagh Market, Tirah", "PK"),
    ],
)
def test_a_market_named_after_a_far_small_town_is_no_answer(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # still: the border town's bazaar, a city's market, a market the text ties to its province
        ("Chaman Bazaar", "AF;PK", "Chaman", "exact"),
        ("Quetta market", "PK", "Quetta", "near"),
        ("Bagh market, Azad Kashmir", "PK", "Bāgh", "near"),
        ("Bagh", "PK", "Bāgh", "exact"),  # the bare name is the town's: only a market word makes it another place
    ],
)
def test_a_market_the_text_ties_or_a_border_town_still_answers(
    resolver: Resolver, query: str, named: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # camps and markets in the plural are next to the town as one is
        ("the Chaman refugee camps", "Chaman"),
        ("Torkham camps", "Torkham"),
        ("Landi Kotal markets", "Landi Kotal"),
    ],
)
def test_plural_camps_and_markets_are_near_the_town(resolver: Resolver, query: str, name: str) -> None:
    assert_chosen_at(resolver, query, "AF;PK", name, "near")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # the crossing at a place, a country's possessive and an adjective before it
        ("Pakistan's busiest border crossing at Torkham", "Torkham"),
        ("the official border crossing at Chaman", "Chaman border crossing"),
        # the neighbour after "crossing with" is across the line, not the crossing's own country
        ("Torkham border crossing with Afghanistan", "Torkham, Khyber Pakhtunkhwa"),
        ("the Chaman crossing point with Afghanistan", "Chaman, Balochistan"),
    ],
)
def test_a_crossing_at_a_place_or_with_a_country(resolver: Resolver, query: str, name: str) -> None:
    assert_chosen_at(resolver, query, "AF;PK", name, "exact")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # Urdu's name-hospital compound with no "کے": the hospital of the town
        ("کوئٹہ اسپتال", "Quetta"),
        ("طورخم ہسپتال", "Torkham"),
    ],
)
def test_an_urdu_town_hospital_without_its_postposition(resolver: Resolver, query: str, name: str) -> None:
    assert_chosen_at(resolver, query, "AF;PK", name, "near")


def test_an_urdu_area_of_a_town_with_the_border_between(resolver: Resolver) -> None:
    # "in Chaman, the Pak-Afghan border's area X" (X unknown): Chaman's area, the district standing in
    assert_chosen_at(resolver, "چمن میں پاک افغان سرحد کے علاقے کلی جہانگیر", "AF;PK", "Chaman", "admin2")


@pytest.mark.parametrize(
    "query",
    [
        # the region around an enclave says where it lies, not whose it is
        "анклав Ворух Баткенской области",
        "в Баткенской области таджикский анклав Ворух",
    ],
)
def test_an_enclave_with_the_region_around_it(resolver: Resolver, query: str) -> None:
    assert_chosen_at(resolver, query, "KG;TJ", "Vorukh", "exact")


def test_the_enclave_reading_needs_the_enclave_word() -> None:
    assert enclave_without_region("анклав Сох Баткенской области") == "анклав Сох"
    assert enclave_without_region("Баткенской области узбекский анклав Сох") == "узбекский анклав Сох"
    assert enclave_without_region("село Кара-Бак Баткенского района") is None  # a village of the district: its own


def test_an_urdu_road_between_two_names_written_with_a_space(resolver: Resolver) -> None:
    assert label_for(resolver, "طورخم پشاور روڈ", "AF;PK") is None
    # still: the crossing alone; and the rule reads two known names, not a word before the road word
    assert_chosen_at(resolver, "طورخم", "AF;PK", "Torkham", "exact")
    assert spaced_road_pair("طورخم بازار روڈ", lambda word: word == "طورخم") is None


def test_a_border_place_alone_in_a_text_on_the_other_country_with_a_district_of_the_name(resolver: Resolver) -> None:
    # "Taftan" in a report on Iran alone: Iran's Taftan County as much as Pakistan's Taftan crossing
    assert label_for(resolver, "Taftan", "IR") is None
    # still: with Pakistan named, the crossing
    assert_chosen_at(resolver, "Taftan", "IR;PK", "Taftan", "exact")
    assert_chosen_at(resolver, "Taftan", "PK", "Taftan", "exact")


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a second office noun joined by "and" to a place's facility is one office of the place
        ("the Torkham terminal and Cargo wing", "AF;PK", "Torkham"),
        ("the Torkham terminal and Cargo wing of Khyber district", "AF;PK", "Torkham"),
    ],
)
def test_an_office_joined_to_a_facility_is_one_place(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "exact")


def test_two_places_joined_before_an_office_are_still_not_one(resolver: Resolver) -> None:
    # still: no facility word before "and": two towns and an office, no one point
    assert label_for(resolver, "Quetta and Chaman office", "AF;PK") is None


@pytest.mark.parametrize(
    ("query", "precision"),
    [
        # Bumburet, the largest Kalash valley and its village (Wikipedia's point), by its spellings
        ("Bumburet", "exact"),
        ("وادی بمبوریت", "near"),  # the valley of a village: its surroundings
        ("near Bumboret", "near"),
    ],
)
def test_bumburet_is_held(resolver: Resolver, query: str, precision: str) -> None:
    assert_chosen_at(resolver, query, "AF;PK", "Bumburet", precision)


def test_an_urdu_unnamed_village_near_a_place(resolver: Resolver) -> None:
    # "a village of Chitral, near Drosh": the village is not named; the place is near Drosh
    assert_chosen_at(resolver, "چترال کے ایک گاؤں، دروش کے قریب", "AF;PK", "Drosh", "near")
