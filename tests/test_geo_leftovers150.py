"""The dev set's leftovers (issue 13; docs/geocoding-journal.md, section "The dev set's leftovers:
rules (geo150)"). Strings are house-written: none is the set's."""

from __future__ import annotations

from typing import Any

from incident_tracker.geo.locate import locate


def test_nurafshon_stands_in_for_tashkent_region(resolver: Any) -> None:
    """Toshkent region's centre since 2017 is Nurafshon (GeoNames 1512524, Tŭytepa), not Angren."""
    located = locate("the Tashkent region", resolver=resolver, named=frozenset({"UZ"}))
    assert located.chosen is not None, located.note
    assert located.chosen.geo_precision == "admin1"
    assert (round(located.chosen.latitude, 2), round(located.chosen.longitude, 2)) == (41.03, 69.36)
