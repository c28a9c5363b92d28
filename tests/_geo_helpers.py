"""Checks shared by the geocoding tests that read the session gazetteer."""

from __future__ import annotations

import fcntl
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from incident_tracker.geo.candidates import Candidate
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate

ROOT = Path(__file__).resolve().parent.parent


def countries(named: str) -> frozenset[str]:
    """The countries a test names, written "PK;AF" ("" for none)."""
    return frozenset(code for code in named.split(";") if code)


def chosen_for(resolver: Resolver, query: str, named: str) -> Candidate | None:
    """The place ``locate`` answers ``query`` with, the countries ``named`` ("PK;AF") in view, or None."""
    return locate(query, resolver=resolver, named=countries(named)).chosen


def label_for(resolver: Resolver, query: str, named: str) -> str | None:
    """The label of the place ``locate`` answers ``query`` with (countries ``named`` in view), or None: what the
    batch tests compare, so that a reading shows as the name it found."""
    chosen = chosen_for(resolver, query, named)
    return None if chosen is None else chosen.label


def assert_label(resolver: Resolver, query: str, named: str, expected: str | None) -> None:
    """``query`` (the countries ``named`` in view) is answered by a place whose label starts with ``expected``, or
    by none when ``expected`` is None."""
    label = label_for(resolver, query, named)
    if expected is None:
        assert label is None, (query, label)
    else:
        assert label is not None and label.startswith(expected), (query, label)


def assert_chosen_at(resolver: Resolver, query: str, named: str, name: str, precision: str) -> None:
    """``query`` (the countries ``named`` in view) is answered by a place whose label starts with ``name``, at
    ``precision`` (``exact``, ``near``, ``admin2`` …): the rule tests' one check of a reading and its level."""
    chosen = chosen_for(resolver, query, named)
    assert chosen is not None and chosen.label.startswith(name), (query, chosen)
    assert chosen.geo_precision == precision, (query, chosen.geo_precision)


def assert_answers(resolver: Resolver, query: str, named: str, name: str, point: tuple[float, float]) -> None:
    """``query``, with the countries ``named`` ("PK;AF") in view, is answered by the place whose
    label starts with ``name``, within 1 km of ``point``."""
    chosen = chosen_for(resolver, query, named)
    assert chosen is not None, query
    assert chosen.label.startswith(name), chosen.label
    assert haversine_km(*point, chosen.latitude, chosen.longitude) < 1


def assert_district_row_answers(
    resolver: Resolver, text: str, country: str, name: str, point: tuple[float, float]
) -> None:
    """``text``, asked with ``country`` (as ``tracker geocode --country``), is answered by the district row ``name``
    at the district level, within 1 km of ``point``: the pack's district blocks (geo136, geo138) check their rows so."""
    located = locate(text, country=country, resolver=resolver)
    assert located.chosen is not None, located.note
    assert (located.chosen.name, located.fields["geo_precision"]) == (name, "admin2")
    assert haversine_km(*point, located.fields["latitude"], located.fields["longitude"]) < 1


def assert_answered_by(resolver: Resolver, text: str, country: str, name: str) -> None:
    """``text``, asked with ``country``, is answered by the place named ``name`` exactly: a pack row's name in another
    script (geo138's and geo141's Persian district names) reaches that row, not a namesake."""
    located = locate(text, country=country, resolver=resolver)
    assert located.chosen is not None, located.note
    assert located.chosen.name == name


def real_set_verdicts(resolver: Resolver) -> list[Any]:
    """``real_places.score`` of the whole real set (bench/geocode_real.tsv) on the session
    gazetteer: about 4 s of CPU, asked for by several tests that may run in either worker.

    As ``docgen.real_evaluation`` does for the extraction corpus: with the session's folder
    set (``tests/conftest.py``), the first process to ask scores under a lock and keeps the
    verdicts there (pickled: the folder belongs to this session and its code alone); the
    others read them. ``resolver`` must be over the session gazetteer, as every kept copy is.
    """
    for path in (ROOT / "bench", ROOT / "scripts"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    import real_places
    from docgen import SHARED_EVALUATIONS

    folder = os.environ.get(SHARED_EVALUATIONS)
    if not folder:
        return real_places.score(resolver, real_places.load_real_cases())
    kept = Path(folder) / "geocode-real.pickle"
    with open(Path(folder) / "geocode-real.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not kept.exists():
            written = kept.with_suffix(".part")
            written.write_bytes(pickle.dumps(real_places.score(resolver, real_places.load_real_cases())))
            written.replace(kept)
        verdicts: list[Any] = pickle.loads(kept.read_bytes())
    return verdicts
