"""What is no one point (issue 13; docs/geocoding-journal.md, "What is no one point, and China's far namesakes:
rules (geo130)"; geo/no_point_guard.py): a valley named after a city is the basin around it, and what lies around
a district, enclave or province lies outside it. Strings written for the tests, none of the set's: the first
test's fail on the code before the round, the second's pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import chosen_for, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("the northern Fergana Valley", "UZ;KG"),  # a basin of three countries, not the city of Fergana
        # geo133: a city's valley that one province holds answers the province (tests/test_geo_prefecture_valleys.py);
        # with no country of the city's named, it stays empty
        ("in the Peshawar valley", ""),
        ("the Kabul valley", ""),
        ("the Rasht valley", ""),  # Tajikistan's valley; the one city of the name is in Iran
        ("around Sokh district", "KG;UZ"),  # around a district: outside it
        ("around the Kurram district", "PK;AF"),
        ("Сох анклавынын айланасындагы айылдар", "KG;UZ"),  # Kyrgyz: the villages around the Sokh enclave
    ],
)
def test_no_one_point(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("Swat valley", "PK;AF", "Swat District"),  # a valley a unit holds: the unit
        ("the Kunar valley", "AF;PK", "Kunar"),
        ("the Bamyan valley", "AF", "Bāmyān"),  # a town under the size of a city: its surroundings
        ("Khujand in the Fergana valley", "TJ;UZ", "Khujand"),  # the city named, the valley where it lies
        ("Osh, in the Fergana Valley", "KG;UZ", "Osh"),
        ("Fergana", "UZ;KG", "Fergana"),
        ("near Sokh district", "KG;UZ", "Sokh District"),  # near a district is the district, as ACLED codes it
        ("the Sokh enclave", "KG;UZ", "Sokh District"),
        ("around Kabul", "AF;PK", "Kabul"),  # around a town is near it
    ],
)
def test_still_answered(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


def test_the_note_says_why(resolver: Resolver) -> None:
    """The guard's line is the reason; the city stays a candidate, set aside (geo133: with no country named; with
    Afghanistan named, Kabul province holds the valley and answers)."""
    located = locate("the Kabul valley", resolver=resolver, named=frozenset())
    assert located.chosen is None and "a valley named after Kabul" in located.note
    assert chosen_for(resolver, "Kabul", "AF") is not None
