"""Checks shared by the geocoding tests that read the session gazetteer."""

from __future__ import annotations

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate


def assert_answers(resolver: Resolver, query: str, named: str, name: str, point: tuple[float, float]) -> None:
    """``query``, with the countries ``named`` ("PK;AF") in view, is answered by the place whose
    label starts with ``name``, within 1 km of ``point``."""
    chosen = locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen
    assert chosen is not None, query
    assert chosen.label.startswith(name), chosen.label
    assert haversine_km(*point, chosen.latitude, chosen.longitude) < 1
