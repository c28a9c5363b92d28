"""A district or province named beside a place is a scope, and may stand in for the place,
only inside the user's region unless its country is given (issue 13: "a match in a country
outside the user's region is never chosen silently").

The twenty-sixth batch's rules noticed it (docs/geocoding-journal.md, "Twenty-sixth batch: rules"):
the context part of an unread Kyrgyz phrase, "Kak-Sai area", was like the Congo's Kasai by
its letters; the province then narrowed the search, which lost the post, and stood in for it
at the other end of the world. Every string here is written for the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate

KYRGYZ_TAJIK = frozenset({"KG", "TJ"})


@pytest.mark.parametrize("named", [KYRGYZ_TAJIK, frozenset()])
def test_a_likeness_to_a_far_province_is_no_scope(resolver: Resolver, named: frozenset[str]) -> None:
    located = locate("Dostuk post, Kak-Sai area", resolver=resolver, named=named)
    assert located.chosen is None  # not Kasai, DR Congo, at admin1
    assert any("'Kak-Sai'" in note and "outside your region" in note for note in located.notes)


def test_a_far_province_named_outright_does_not_stand_in_unasked(resolver: Resolver) -> None:
    # "Torkham" was once Türkheim in Bavaria: a post the gazetteer does not know, beside a far
    # province, is not put at that province's centre unless the user says it is that country's.
    located = locate("Dostuk, Bavaria", resolver=resolver, named=KYRGYZ_TAJIK)
    assert located.chosen is None
    assert any("Bavaria (DE) is outside your region" in note for note in located.notes)


def test_its_country_given_it_stands_in(resolver: Resolver) -> None:
    located = locate("Dostuk, Bavaria", resolver=resolver, country="DE")
    assert located.chosen is not None
    assert (located.chosen.country, located.chosen.geo_precision) == ("DE", "admin1")


def test_a_unit_of_the_region_still_stands_in(resolver: Resolver) -> None:
    isfara = locate("near Kekh, Isfara district", resolver=resolver, named=KYRGYZ_TAJIK).chosen
    assert isfara is not None and (isfara.country, isfara.geo_precision) == ("TJ", "admin2")
    khatlon = locate("Dostuk, Khatlon", resolver=resolver).chosen
    assert khatlon is not None and (khatlon.country, khatlon.geo_precision) == ("TJ", "admin1")


def test_a_name_two_countries_share_stays_both_theirs(resolver: Resolver) -> None:
    # Punjab is India's and Pakistan's by name: the Indian town is not made Pakistan's province.
    assert locate("Amritsar, Punjab", resolver=resolver).chosen is None
    lahore = locate("Lahore, Punjab", resolver=resolver).chosen
    assert lahore is not None and (lahore.country, lahore.geo_precision) == ("PK", "exact")


def test_add_stores_no_point_for_it_and_says_why(run: Callable[..., Result], run_json: Callable[..., Any]) -> None:
    result = run("add", "--date", "2026-11-30", "--place", "Dostuk, Bavaria", "--type", "battles")
    assert "outside your region" in result.output + result.stderr
    (row,) = run_json("list", "--format", "json")
    assert row["latitude"] is None and row["longitude"] is None
    assert row["place"] == "Dostuk, Bavaria"
