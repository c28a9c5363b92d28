"""The array sweep of ``tracker duplicates`` gives exactly what the plain loops gave.

Two references, on random databases in real SQLite files: a loop over every pair of
incidents within the window (which pairs, with which score, gap and distance, to the
last bit), and the ``SweepWindow`` sweep the command used before (the same lists, one per
incident, in the same order). The files are small, so the arrays are asked for (below
``SMALL`` incidents the sweep is ``SweepWindow``'s own), and the block size is made tiny in one
run, so that pairs across every block boundary are checked too.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.store import IncidentStore, duplicate_arrays
from incident_tracker.store.duplicate_window import Pair, SweepWindow
from incident_tracker.store.duplicates import _ALIASED, _NAMES, ROW_NAMES, scan_duplicate_batches, similarity

SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
}
#: Places a few km apart, about ``km`` apart, on either side of the date line, by a pole.
CENTRES = [(37.5, 71.5), (37.5, 71.9), (37.9, 71.5), (0.0, 179.98), (0.0, -179.98), (89.8, 10.0), (89.8, -170.0)]


def random_records(seed: int, count: int, days: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start = dt.date(2025, 3, 1)
    out = []
    for _ in range(count):
        record: dict[str, Any] = {
            "event_date": (start + dt.timedelta(days=int(rng.triangular(0, days, days)))).isoformat(),
            "attribution": "unattributed",
        }
        if rng.random() < 0.8:
            record["country"] = rng.choice(["TJ", "AF", "UZ", "KG"])
        else:
            record["place"] = rng.choice(["a village", "the border"])  # no country
        kind = rng.random()
        event_type = rng.choice(sorted(SUB_TYPES))
        record["event_type"] = event_type  # every incident has one; 60 % a sub-event type too
        if kind < 0.6:
            record["sub_event_type"] = rng.choice(SUB_TYPES[event_type])
        if rng.random() < 0.85:
            record["killed"] = rng.choice([0, 0, 0, 1, 2, 3, 4, 5, 7, 12, 40])
        if rng.random() < 0.5:
            lat, lon = rng.choice(CENTRES)
            record["latitude"] = round(max(-90.0, min(90.0, lat + rng.gauss(0, 0.2))), 5)
            record["longitude"] = round(((lon + rng.gauss(0, 0.2) + 180) % 360) - 180, 5)
        out.append(record)
    return out


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Three files: 600 incidents over 30 days, 450 crowded into four days, and 300 over 200
    days (sparse: blocks far apart); in each some deleted, some linked as duplicates."""
    paths = {}
    for seed, count, days in ((5, 600, 30), (6, 450, 4), (7, 300, 200)):
        path = tmp_path_factory.mktemp("arrays") / f"random-{seed}.db"
        store = IncidentStore.open(path)
        ids = store.add_many(random_records(seed, count, days), reason="test")
        rng = random.Random(seed)
        for incident_id in rng.sample(ids, 8):
            store.delete(incident_id, reason="test")
        live = [i for i in ids if store.get(i)["deleted_at"] is None]
        for _ in range(12):
            first, second = rng.sample(live, 2)
            store.link(first, second, "duplicate_of")
        store.close()
        paths[seed] = path
    return paths


def _rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    query = f"SELECT {_ALIASED} FROM incidents AS i WHERE i.deleted_at IS NULL ORDER BY i.event_date, i.id"
    return list(conn.execute(query))


def _linked(conn: sqlite3.Connection) -> set[tuple[int, int]]:
    found = conn.execute("SELECT incident_id, other_id FROM links WHERE kind = 'duplicate_of'")
    return {(min(a, b), max(a, b)) for a, b in found}


def every_pair(conn: sqlite3.Connection, days: int, km: float, min_score: float) -> list[Pair]:
    """The plain loop: every two live incidents at most ``days`` apart, not linked, scored
    by ``similarity``, kept when they reach ``min_score`` and are not further than ``km``."""
    rows, linked = _rows(conn), _linked(conn)
    named = [dict(zip(ROW_NAMES, row, strict=True)) for row in rows]
    ordinal = [dt.date.fromisoformat(row[1]).toordinal() for row in rows]
    found = []
    for j, b in enumerate(rows):
        for i in range(j):
            a = rows[i]
            if ordinal[j] - ordinal[i] > days or (min(a[0], b[0]), max(a[0], b[0])) in linked:
                continue
            first, second = (named[i], named[j]) if a[0] < b[0] else (named[j], named[i])
            match = similarity(first, second, days=days, km=km)
            if match.score >= min_score and not match.far:
                row_first, row_second = (a, b) if a[0] < b[0] else (b, a)
                _, _, _, gap_found, distance = match._parts[0]  # type: ignore[index]
                found.append((row_first, row_second, match.score, gap_found, distance))
    return sorted(found, key=lambda p: (p[0][0], p[1][0]))


def window_batches(conn: sqlite3.Connection, days: int, km: float, min_score: float) -> Iterator[list[Pair]]:
    """The sweep before the arrays: one ``SweepWindow`` fed one incident at a time."""
    linked = _linked(conn)
    window = SweepWindow(days, km, min_score)
    for row in _rows(conn):
        entry = window.entry(row, dt.date.fromisoformat(row[1]).toordinal())
        found: list[Pair] = []
        window.pairs(entry, found)
        found = [p for p in found if (p[0][0], p[1][0]) not in linked]
        if found:
            yield found
        window.add(entry)


SETTINGS = [(3, 50.0, 0.6), (1, 30.0, 0.45), (5, 120.0, 0.3), (3, 50.0, 0.0), (2, 25.0, 0.75)]


#: The files the all-pairs loop checks: the dense one (450 incidents in four days) and the
#: sparse one (blocks far apart). The 600 over 30 days (seed 5) ran it too until 2026-12-03; it
#: reached no line or branch of ``store/duplicate*.py`` the other two do not (coverage with
#: branches, compared line by line) and cost a third of the loop's time. It is still checked
#: against ``SweepWindow`` below.
PLAIN_LOOP_SEEDS = [6, 7]


@pytest.mark.parametrize(("days", "km", "min_score"), SETTINGS)
@pytest.mark.parametrize("seed", PLAIN_LOOP_SEEDS)
def test_the_array_sweep_finds_every_pair_the_plain_loop_finds(
    databases: dict[int, Path], monkeypatch: pytest.MonkeyPatch, seed: int, days: int, km: float, min_score: float
):
    conn = sqlite3.connect(databases[seed])
    expected = every_pair(conn, days, km, min_score)
    for small in (duplicate_arrays.SMALL, 0):  # a small file swept one at a time; the arrays
        monkeypatch.setattr(duplicate_arrays, "SMALL", small)
        found = [p for batch in scan_duplicate_batches(conn, days=days, km=km, min_score=min_score) for p in batch]
        assert sorted(found, key=lambda p: (p[0][0], p[1][0])) == expected  # floats compared exactly
    if seed != 7:  # the dense files: enough pairs of both kinds to mean something
        assert any(p[4] is not None for p in expected) or min_score > 0.7  # located pairs
        assert sum(p[4] is None for p in expected) > 10  # and pairs with an unlocated incident


@pytest.mark.parametrize(
    ("block", "days", "km", "min_score"),
    [(duplicate_arrays.BLOCK, *setting) for setting in SETTINGS[:3]] + [(7, *SETTINGS[0])],
)
def test_the_array_sweep_gives_the_window_sweeps_lists_in_its_order(
    databases: dict[int, Path], monkeypatch: pytest.MonkeyPatch, block: int, days: int, km: float, min_score: float
):
    """Every setting at the real block size; blocks of 7 (pairs across every boundary, ~4 s a
    setting) with one setting: the other two reached no further line or branch (coverage)."""
    monkeypatch.setattr(duplicate_arrays, "BLOCK", block)
    monkeypatch.setattr(duplicate_arrays, "SMALL", 0)  # these files are small: arrays all the same
    for path in databases.values():
        conn = sqlite3.connect(path)
        found = list(scan_duplicate_batches(conn, days=days, km=km, min_score=min_score))
        assert found == list(window_batches(conn, days, km, min_score))


def test_rows_keep_the_order_the_score_reads_them_in():
    """The sweep reads the fields of a row by position: ``_NAMES`` first, as ``_compare`` does."""
    assert ROW_NAMES[: len(_NAMES)] == _NAMES
    assert _NAMES[4:6] == ("latitude", "longitude") and _NAMES[6] == "killed"


def test_a_small_file_is_swept_without_numpy(databases: dict[int, Path]):
    """Importing NumPy costs more than sweeping a small file: below ``SMALL`` it is not imported."""
    import subprocess
    import sys

    code = (
        "import sqlite3, sys; from incident_tracker.store.duplicates import scan_duplicate_pairs; "
        f"n = sum(1 for _ in scan_duplicate_pairs(sqlite3.connect({str(databases[5])!r}))); "
        "print(n, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 10 and out[1] == "False"


def test_rows_read_a_chunk_at_a_time_give_the_same_lists_and_progress(
    databases: dict[int, Path], monkeypatch: pytest.MonkeyPatch
):
    """The sweep reads rows in chunks (at most what the block has room for): progress still
    comes at every multiple of its step, and rows without a date, a toll of 0 (a toll, unlike
    an unknown one), an empty type or country (none) and one coordinate only (unlocated) are
    coded as the window reads them."""
    from incident_tracker.store import duplicates

    monkeypatch.setattr(duplicate_arrays, "BLOCK", 5)
    monkeypatch.setattr(duplicate_arrays, "SMALL", 0)
    monkeypatch.setattr(duplicates, "PROGRESS_EVERY", 7)
    conn = sqlite3.connect(databases[6])
    rows = _rows(conn)
    odd = []
    for at, row in enumerate(rows):
        field = list(row)
        if at % 5 == 0:
            field[6] = 0  # no one killed
        if at % 7 == 1:
            field[7] = field[8] = ""  # no type
        if at % 11 == 2:
            field[3] = ""  # no country
        if at % 13 == 3:
            field[5] = None  # a latitude without a longitude
        odd.append(tuple(field))
    dateless = (10**6, None, *odd[0][2:])
    fed = [*odd[:9], dateless, *odd[9:]]
    seen: list[int] = []
    found = [
        list(p)
        for block in duplicate_arrays.ArraySweep(3, 50.0, 0.3).blocks(fed, set(), seen.append)
        for p in block.lists()
    ]
    window = SweepWindow(3, 50.0, 0.3)
    expected = []
    for row in odd:
        entry = window.entry(row, dt.date.fromisoformat(row[1]).toordinal())
        pairs: list[Pair] = []
        window.pairs(entry, pairs)
        if pairs:
            expected.append(pairs)
        window.add(entry)
    assert found == expected and len(expected) > 20
    assert seen == list(range(7, len(fed) + 1, 7))
