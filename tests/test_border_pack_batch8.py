"""Spellings added to the pack after the eighth batch of real place strings.

Each case is a string the shipped pack must now answer, read against the session
gazetteer; docs/geocoding.md ("Seventh round") says why each spelling was added.
"""

from __future__ import annotations

import pytest

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import GAZETTEER_VERSION, Gazetteer, haversine_km
from incident_tracker.geo.locate import locate


@pytest.fixture(scope="module")
def resolver(tmp_path_factory: pytest.TempPathFactory) -> Resolver:
    path = tmp_path_factory.getbasetemp() / "cache" / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"
    return Resolver(gazetteer=Gazetteer.open(path))


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        # Arabic spelling of Panjgur (Saudi Press Agency relay), alone and inside its phrase.
        ("بنجكور", "PK;IR", "Panjgur", (26.97186, 64.09459)),
        ("منطقة بنجكور", "PK;IR", "Panjgur", (26.97186, 64.09459)),
        # Persian without the space before شاهین's half-space (Radio Azadi, Dari).
        ("منطقهٔ بهارک ولسوالی شمسالدین شاهین", "TJ;AF", "Shamsiddin Shohin", (37.84, 70.04194)),
        # Pashto, Dand Patan written as one word (Taand).
        ("ډنډپټان", "AF;PK", "Dand Aw Patan", (33.82361, 69.92222)),
    ],
)
def test_new_spellings_answer(
    resolver: Resolver, query: str, named: str, name: str, point: tuple[float, float]
) -> None:
    chosen = locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen
    assert chosen is not None, query
    assert chosen.label.startswith(name), chosen.label
    assert haversine_km(*point, chosen.latitude, chosen.longitude) < 1
