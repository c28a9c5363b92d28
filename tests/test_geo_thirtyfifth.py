"""The thirty-fifth batch's wrong answer and its dev failures (issue 13; docs/geocoding.md, section
"Thirty-fifth batch: rules"), each read as a general answer path or word class of its language: a minor
place far off in a country the report does not name is no answer (the countries the text names rank
first; wrong is worse than empty). Every string here is written for the tests (none is the set's)."""

from __future__ import annotations

import pytest

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate


def _chosen_country(resolver: Resolver, query: str, named: str) -> str | None:
    chosen = locate(query, resolver=resolver, named=frozenset(c for c in named.split(";") if c)).chosen
    return None if chosen is None else chosen.country


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # Pasaband of Ghor, central Afghanistan, 340 km from every border place of Iran and Pakistan
        ("Pasaband", "IR;PK"),
        ("the Pasaband area", "PK;IR"),
        ("near Pasaband, off the coast", "IR;PK"),
        ("Pasaband", "PK"),
    ],
)
def test_a_far_minor_place_outside_the_named_countries_is_empty(resolver: Resolver, query: str, named: str) -> None:
    assert _chosen_country(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "country"),
    [
        ("Pasaband", "AF;IR", "AF"),  # its own country named: the Ghor place answers
        ("Pasaband", "", "AF"),  # no country named: nothing to hold it against
        ("Baku, Azerbaijan", "IR;AF", "AZ"),  # the query names the answer's country itself
        ("Herat", "PK", "AF"),  # a city known in its own right, 550 km off
        ("Kabul", "PK", "AF"),  # 90 km from Pakistan's border places
        ("Kunduz", "TJ", "AF"),  # near Tajikistan's border
        ("Torkham", "AF", "PK"),  # a crossing stored on one side, its border_with the named one
    ],
)
def test_places_by_the_named_countries_or_known_still_answer(
    resolver: Resolver, query: str, named: str, country: str
) -> None:
    assert _chosen_country(resolver, query, named) == country, query


def test_the_reason_names_the_countries(resolver: Resolver) -> None:
    resolution = locate("Pasaband", resolver=resolver, named=frozenset({"IR", "PK"})).resolution
    assert "a country the text does not name" in resolution.reason
    assert "IR, PK" in resolution.reason
