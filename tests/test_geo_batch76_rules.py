"""Batch 76's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 76's dev failures: rules
(geo151)"). Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate


@pytest.mark.parametrize(
    "query", ["an abandoned outpost at Kyzyl Tobe, in Almaty Oblast", "a frontier post at Kyzyl Tobe, in Almaty region"]
)
def test_an_unknown_post_in_almaty_region_falls_back_to_the_region(resolver: Any, query: str) -> None:
    """A region word after the unknown place names the region, not the city unit of its name (as geo149 made
    "Almaty region" alone): the region stands in (Konayev), where both tied and nothing was answered."""
    located = locate(query, resolver=resolver, named=frozenset({"KZ", "CN"}))
    assert located.status == "fallback", located.note
    assert located.chosen is not None
    assert (located.chosen.name, located.chosen.geo_precision) == ("Almaty Oblysy", "admin1")


def test_an_unknown_place_after_bare_almaty_stays_empty(resolver: Any) -> None:
    """No region word: "Almaty" may be the city or the region, so nothing stands in (control)."""
    assert locate("Kyzyl Tobe, Almaty", resolver=resolver, named=frozenset({"KZ", "CN"})).chosen is None


@pytest.mark.parametrize(
    ("query", "name", "precision"),
    [
        ("Жетысуская область", "Jetisu Region", "admin1"),  # the Russian name (Wikipedia)
        ("в Сарканском районе области Жетысу", "Sarqant", "admin2"),  # "области X" after a district
        ("в Алакольском районе области Жетісу", "Alakol District", "admin2"),  # the Kazakh spelling
    ],
)
def test_jetisu_in_kazakh_and_russian(resolver: Any, query: str, name: str, precision: str) -> None:
    located = locate(query, resolver=resolver, named=frozenset({"KZ", "CN", "RU"}))
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.chosen.geo_precision) == (name, precision)


def test_a_district_then_an_adjective_region_and_the_country_reads_as_before(resolver: Any) -> None:
    """ "районе X-ской области Кыргызстана": the word after "области" is the country, not a region (control)."""
    located = locate("в Лейлекском районе Баткенской области Кыргызстана", resolver=resolver, named=frozenset({"KG"}))
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.chosen.geo_precision) == ("Leilek District", "admin2")


@pytest.mark.parametrize("query", ["приграничного таджикского села Ворух", "пограничного таджикского кишлака Ворух"])
def test_a_border_adjective_before_a_russian_village(resolver: Any, query: str) -> None:
    """ "приграничного" / "пограничного" (of the border) before the nationality and the village word is dropped."""
    located = locate(query, resolver=resolver, named=frozenset({"KG", "TJ"}))
    assert located.chosen is not None, located.note
    assert located.chosen.name == "Vorukh"


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("the Pakistani border along the Kurram district of Khyber Pakhtunkhwa", "Kurram District"),
        ("along the Bajaur district", "Bajaur District"),
    ],
)
def test_the_border_along_a_named_district_is_the_district(resolver: Any, query: str, district: str) -> None:
    located = locate(query, resolver=resolver, named=frozenset({"AF", "PK"}))
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.chosen.geo_precision) == (district, "admin2")


def test_the_border_along_a_river_stays_empty(resolver: Any) -> None:
    """No unit word after "along": a line, no point (control)."""
    assert locate("the border along the Panj river", resolver=resolver, named=frozenset({"AF", "TJ"})).chosen is None


def test_orakzai_in_urdu_stands_in_for_an_unknown_area(resolver: Any) -> None:
    """ "اورکزئی" (Urdu's spelling, Wikipedia) is Orakzai District's own name, so the district stands in for an
    unknown area of it, not the province named before it."""
    located = locate("خیبرپختونخوا کے ضلع اورکزئی کے علاقے ماموں زئی", resolver=resolver, named=frozenset({"PK"}))
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.chosen.geo_precision) == ("Orakzai District", "admin2")
