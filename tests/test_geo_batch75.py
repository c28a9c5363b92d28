"""Rules from batch 75's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 75's dev
failures: rules (geo148)"): two places joined by a comma as two get no point, as "X and Y" gets none."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

KG_UZ = frozenset({"KG", "UZ"})


@pytest.mark.parametrize(
    "query",
    [
        "one at Jalal-Abad, the other at Kara-suu",  # g7228's shape: two crossing points, one each
        "the first at Osh, the second at Uzgen",
        "Jalal-Abad, Kara-suu posts",  # two names and a plural unit word
        "Osh, Uzgen checkpoints",
    ],
)
def test_two_places_joined_by_a_comma_as_two_get_no_point(resolver: Any, query: str) -> None:
    located = locate(query, resolver=resolver, named=KG_UZ)
    assert located.chosen is None, located.note
    assert "no one point" in located.note


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Kara-suu, Osh", "Kara Suu"),  # a town and its province
        ("Jalal-Abad and Kara-suu", None),  # "and" already got none
    ],
)
def test_a_place_and_its_province_still_answers(resolver: Any, query: str, name: str | None) -> None:
    located = locate(query, resolver=resolver, named=KG_UZ)
    if name is None:
        assert located.chosen is None
    else:
        assert located.chosen is not None, located.note
        assert located.chosen.name == name


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # Italian: the unit word before the name, with "di" (g7218's shape; house-written)
        ("riserva naturale Chatkal nella regione di Bostanlyk", "Bo‘stonliq District"),
        ("un villaggio nel distretto di Aksy", "Aksy District"),
        ("regione di Batken", "Batken"),
    ],
)
def test_italian_unit_phrases_are_read(resolver: Any, query: str, name: str) -> None:
    located = locate(query, resolver=resolver, named=KG_UZ)
    assert located.chosen is not None, located.note
    assert located.chosen.name == name


def test_an_arabic_facility_in_the_area_of_a_place(resolver: Any) -> None:
    # "a border post in the area of Mirjaveh" (g7258's shape; house-written): the county stands in
    located = locate("مركز حدودي في منطقة ميرجاوه", resolver=resolver, named=frozenset({"IR", "PK"}))
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.fields["geo_precision"]) == ("Mirjaveh County", "admin2")
