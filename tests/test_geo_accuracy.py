"""Accuracy on real place strings from Central and South Asia, as analysts write them.

``bench/geocode_accuracy.tsv`` holds ~100 strings (spelling variants included) with
where they are; ``bench/geocode_unknown.txt`` strings that name no known place. An
answer within 25 km is right, a farther one is wrong; no answer (unknown or
ambiguous) is neither — and better than a wrong one. ``bench/bench_geocode.py``
prints the same figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import GAZETTEER_VERSION, Gazetteer, haversine_km

BENCH = Path(__file__).resolve().parent.parent / "bench"


def accuracy_cases() -> list[tuple[str, float, float]]:
    cases = []
    for line in (BENCH / "geocode_accuracy.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, lat, lon = line.split("\t")
            cases.append((query, float(lat), float(lon)))
    return cases


def unknown_cases() -> list[str]:
    lines = (BENCH / "geocode_unknown.txt").read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def resolver(tmp_path_factory: pytest.TempPathFactory) -> Resolver:
    path = tmp_path_factory.getbasetemp() / "cache" / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"
    return Resolver(gazetteer=Gazetteer.open(path))


def test_accuracy_on_central_and_south_asian_place_strings(resolver: Resolver) -> None:
    cases = accuracy_cases()
    assert len(cases) >= 50
    right, wrong = [], []
    for query, lat, lon in cases:
        chosen = resolver.candidates(query).chosen
        if chosen is None:
            continue
        km = haversine_km(lat, lon, chosen.latitude, chosen.longitude)
        (right if km <= 25 else wrong).append((query, chosen.label, round(km)))
    assert not wrong, f"wrongly resolved: {wrong}"
    assert len(right) / len(cases) >= 0.9


@pytest.mark.parametrize("query", unknown_cases())
def test_unknown_names_return_nothing(resolver: Resolver, query: str) -> None:
    resolution = resolver.candidates(query)
    assert resolution.chosen is None, resolution.chosen and resolution.chosen.label
