"""A region word names the region, not the city holding a unit of the same name (issue 13;
docs/geocoding-journal.md, section "Almaty region and Kara-Su: rules (geo149)"). Strings are
house-written: none is the set's."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate

KG_KZ = frozenset({"KG", "KZ"})


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("the Almaty region", KG_KZ, "Almaty Oblysy"),
        ("Алматинская область", KG_KZ, "Almaty Oblysy"),
        ("в Алматинской области Казахстана", KG_KZ, "Almaty Oblysy"),  # the country after, in the genitive
        ("Tashkent region", frozenset({"UZ", "KZ"}), "Toshkent"),
    ],
)
def test_a_region_word_answers_the_region_not_the_city_unit(
    resolver: Any, query: str, named: frozenset[str], name: str
) -> None:
    located = locate(query, resolver=resolver, named=named)
    assert located.chosen is not None, located.note
    assert located.chosen.name == name
    assert located.chosen.geo_precision == "admin1"


def test_the_regions_capital_stands_in_for_almaty_region(resolver: Any) -> None:
    """Konayev (GeoNames 1519948), the region's capital since 2022, not Talghar, its largest town."""
    located = locate("Almaty region", resolver=resolver, named=KG_KZ)
    assert located.chosen is not None, located.note
    assert (round(located.chosen.latitude, 2), round(located.chosen.longitude, 2)) == (43.87, 77.06)


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        ("Almaty", KG_KZ, "Almaty", "exact"),  # the city, as before
        ("the city of Almaty", KG_KZ, "Almaty", "exact"),
        ("Жамбылской области Казахстана", KG_KZ, "Zhambyl", "admin1"),
        ("Osh region", KG_KZ, "Osh", "admin1"),  # Osh City, a unit with no point, takes nothing from it
    ],
)
def test_the_city_and_other_regions_still_answer(
    resolver: Any, query: str, named: frozenset[str], name: str, precision: str
) -> None:
    located = locate(query, resolver=resolver, named=named)
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.chosen.geo_precision) == (name, precision)
