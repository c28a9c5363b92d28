"""The seventy-first batch's dev failures, by mechanism (issue 13; docs/geocoding-journal.md, section "Seventy-first
batch: rules (geo142)"). Every string here is written for the tests (none is the set's); the readings fail on the code
before this round, the guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.phrase_han import read_han
from incident_tracker.geo.phrase_tails import unit_headquarters_off


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # Uzbek "hududi" (its territory) after a district, in its cases: the district
        ("Sherobod tumani hududida", "UZ;AF", "Sherobod District"),
        ("Qubodiyon tumani hududiga", "TJ;UZ", "Qubodiyon District"),
        ("Surxondaryo viloyati Sherobod tumani hududidan", "UZ", "Sherobod District"),
    ],
)
def test_the_territory_of_an_uzbek_district_is_the_district(
    resolver: Resolver, query: str, named: str, name: str
) -> None:
    assert_chosen_at(resolver, query, named, name, "admin2")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("the Miranshah district headquarters", "Miranshah"),
        ("a checkpoint in the Wana tehsil headquarters", "a checkpoint in Wana"),
        # a police or Scouts headquarters is a compound, read as a building
        ("the police headquarters in Wana", "the police headquarters in Wana"),
        # "X, headquarters of Y" after a name is X of Y, not an office (geo155: "Kalaya, tehsil headquarters of …")
        ("Khar, headquarters of Bajaur Agency", "Khar, Bajaur Agency"),
    ],
)
def test_a_units_headquarters_is_its_seat(text: str, reading: str) -> None:
    assert unit_headquarters_off(text) == reading


def test_a_units_headquarters_answers_the_town(resolver: Resolver) -> None:
    assert_chosen_at(resolver, "the Miranshah district headquarters", "PK;AF", "Miran Shah", "exact")


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # Jaji Maidan District of Khost as Zazi Maidan and Zazai Maidan
        ("Zazai Maidan district", "AF;PK", "Jaji Maidan District", "admin2"),
        ("Zazi Maidan", "AF", "Jaji Maidan District", "admin2"),
        # "Zazi" alone is still Jaji District of Paktia (the pack's alias)
        ("Zazi district", "AF;PK", "Jaji District", "admin2"),
        # Yecheng and Pishan counties by their Chinese names, and Pishan in Latin letters with its unit word
        ("叶城县", "CN;PK", "Kargilik County", "admin2"),
        ("皮山县", "CN", "Pishan County", "admin2"),
        ("Pishan County", "CN", "Pishan County", "admin2"),
    ],
)
def test_the_names_added(resolver: Resolver, query: str, named: str, name: str, precision: str) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a township the table does not know, after its county, and the county's police bureau before it
        ("皮山县公安局木吉乡派出所", "木吉 township, Pishan County"),
        ("新疆和田地區皮山縣桑株鄉", "桑株 township, Pishan County, Xinjiang"),
        # the bureau alone, after the county: the county
        ("叶城县公安局", "Kargilik County"),
    ],
)
def test_a_township_after_its_county(text: str, reading: str) -> None:
    assert read_han(text) == reading


def test_an_unknown_township_lets_its_county_stand_in(resolver: Resolver) -> None:
    assert_chosen_at(resolver, "皮山县公安局木吉乡派出所", "CN", "Pishan County", "admin2")


def test_a_list_of_townships_is_not_one(resolver: Resolver) -> None:
    # "和" (and) is no part of a name: two townships are no one place
    assert read_han("皮山县木吉乡和桑株乡") is None
    assert label_for(resolver, "皮山县木吉乡和桑株乡", "CN") is None
