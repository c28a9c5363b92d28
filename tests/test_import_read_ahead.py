"""A CSV import read ahead by a second process (exchange/read_ahead.py) ends exactly as one
read in a single process: the same database, the same one-line errors at the same rows,
the same rejects file, nothing written after an error, and no process left behind.

Each test imports the same file both ways: ``READ_AHEAD_BYTES`` lowered to one byte (so
that a small file takes the two-process path) with hand-overs of 40 rows (so that it takes
several), and raised beyond any file (the single process).
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.errors import TrackerError
from incident_tracker.exchange import read_ahead
from incident_tracker.exchange.readers import CsvCells, read_csv_cells
from incident_tracker.exchange.row_plan import RowPlan
from incident_tracker.store.bulk import record_values
from incident_tracker.store.database import connect
from incident_tracker.store.records import complete_record
from test_concurrency import bulk_csv
from test_crash import state

ROWS = 300

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="the second process is forked")


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """A real export of 300 incidents, each with a source, some with links."""
    return bulk_csv(tmp_path / "export", ROWS)


@pytest.fixture
def both_ways(monkeypatch: pytest.MonkeyPatch, run: Callable[..., Any], tmp_path: Path) -> Callable[..., Any]:
    """Run ``tracker import ARGS`` into a fresh database with and without the second process
    (``{way}`` in an argument becomes ``ahead`` or ``single``)."""

    def twice(*args: str, expect: int = 0) -> dict[bool, Any]:
        results = {}
        for ahead in (True, False):
            way = "ahead" if ahead else "single"
            monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 1 if ahead else 1 << 62)
            monkeypatch.setattr(read_ahead, "_ROWS_PER_BATCH", 40)
            db = tmp_path / f"{way}.db"
            connect(db).close()  # an empty database: nothing but the schema
            before = state(db)
            result = run("--db", str(db), "import", *(a.replace("{way}", way) for a in args), expect=expect)
            results[ahead] = {"out": result.stdout + result.stderr, "err": result.stderr, "db": db, "before": before}
        return results

    return twice


def _rewrite(export: Path, target: Path, change: Callable[[list[list[str]]], None]) -> Path:
    with export.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return target


def _no_child_left() -> bool:
    """No process of this one is left, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _defaults_left_out(rows: list[list[str]]) -> None:
    """Every seventh row without the cells the whole-record check fills by default."""
    header = rows[0]
    for row in rows[1::7]:
        for name in ("attribution", "date_precision", "geo_precision", "geocoder"):
            row[header.index(name)] = ""


@needs_fork
def test_the_same_database_either_way(export, both_ways, tmp_path):
    got = both_ways(str(_rewrite(export, tmp_path / "defaults.csv", _defaults_left_out)))
    assert "300 added" in got[True]["out"]
    assert got[True]["out"] == got[False]["out"]
    assert state(got[True]["db"]) == state(got[False]["db"])
    assert _no_child_left()


@needs_fork
def test_a_bad_cell_late_in_the_file_is_the_same_error_and_nothing_is_written(export, both_ways, tmp_path):
    def bad_toll(rows: list[list[str]]) -> None:
        rows[250][rows[0].index("killed")] = "-5"

    got = both_ways(str(_rewrite(export, tmp_path / "bad.csv", bad_toll)), expect=2)
    assert "line 251" in got[True]["err"] and "Nothing was imported" in got[True]["err"]
    assert got[True]["err"] == got[False]["err"]
    for way in got.values():
        assert state(way["db"]) == way["before"]
    assert _no_child_left()


@needs_fork
def test_an_incident_twice_stops_the_reading_process_too(export, both_ways, tmp_path):
    """The first process refuses the file while the second may still be reading: it is killed and reaped."""

    def twice(rows: list[list[str]]) -> None:
        rows[60] = list(rows[3])

    got = both_ways(str(_rewrite(export, tmp_path / "twice.csv", twice)), expect=2)
    assert "both have uid" in got[True]["err"]
    assert got[True]["err"] == got[False]["err"]
    for way in got.values():
        assert state(way["db"]) == way["before"]
    assert _no_child_left()


@needs_fork
@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b'\n"an open quote, never closed,', id="broken-quoting"),
        pytest.param(b"\n\xff\xfe not UTF-8", id="not-utf8"),
    ],
)
def test_a_file_broken_near_its_end_is_the_same_error(export, both_ways, tmp_path, damage):
    broken = tmp_path / "broken.csv"
    shutil.copyfile(export, broken)
    with broken.open("ab") as handle:
        handle.write(damage)
    got = both_ways(str(broken), expect=2)
    assert got[True]["err"] and got[True]["err"] == got[False]["err"]
    assert "Traceback" not in got[True]["err"]
    for way in got.values():
        assert state(way["db"]) == way["before"]
    assert _no_child_left()


@needs_fork
def test_rows_set_aside_land_in_the_same_rejects_file(export, both_ways, tmp_path):
    def three_bad(rows: list[list[str]]) -> None:
        header = rows[0]
        rows[10][header.index("event_date")] = "yesterday-ish"
        rows[120][header.index("latitude")] = "95"
        rows[290].pop()  # a cell short

    bad = _rewrite(export, tmp_path / "three-bad.csv", three_bad)
    got = both_ways(str(bad), "--skip-invalid", "--rejects", str(tmp_path / "rejects-{way}.csv"))
    assert "297 added" in got[True]["out"] and "3 rejected" in got[True]["out"]
    assert got[True]["out"] == got[False]["out"].replace("rejects-single", "rejects-ahead")
    assert state(got[True]["db"]) == state(got[False]["db"])
    ahead, single = (tmp_path / f"rejects-{way}.csv" for way in ("ahead", "single"))
    assert ahead.read_bytes() == single.read_bytes()
    assert len(ahead.read_text().splitlines()) == 4  # the header and the three rows
    assert _no_child_left()


@needs_fork
def test_the_child_reads_what_the_plan_and_the_whole_record_check_give(export, monkeypatch, tmp_path):
    """Library level: each row comes back with the plan's answer and the completed record's values."""
    monkeypatch.setattr(read_ahead, "_ROWS_PER_BATCH", 40)
    export = _rewrite(export, tmp_path / "defaults.csv", _defaults_left_out)
    with export.open(encoding="utf-8-sig", newline="") as handle:
        rows = read_csv_cells(handle)
        first = next(rows)
        assert isinstance(first, CsvCells)
        with export.open(encoding="utf-8-sig", newline="") as again:
            header = next(csv.reader(again))
        plan = RowPlan(header)
        with read_ahead.reading_ahead(rows, plan) as received:
            got = list(received)
    assert len(got) == ROWS - 1
    fresh = RowPlan(header)
    for item in got:
        assert isinstance(item, read_ahead.ReadCells)
        expected = fresh.parse(item.original)
        assert item.parsed == expected
        assert expected is not None
        assert item.values == record_values(complete_record(dict(expected[0])))
        assert item.values != record_values(expected[0]) or item.line % 7 != 2  # the defaults were filled
    assert [item.line for item in got] == sorted(item.line for item in got)
    assert _no_child_left()


def test_a_child_that_vanishes_mid_batch_is_a_one_line_error():
    """The pipe ends inside a hand-over (the child was killed): the reading stops with a
    message, never a half batch taken as the whole file."""
    read_end, write_end = os.pipe()
    os.write(write_end, read_ahead._FRAME.pack(read_ahead._MARSHALLED, 5000) + b"only part of it")
    os.close(write_end)
    stream = read_ahead._Stream(os.fdopen(read_end, "rb"))
    with pytest.raises(TrackerError, match="stopped before the end of it"):
        list(stream.rows())
    stream.incoming.close()
    assert not stream.ended


def test_small_files_stay_in_one_process(tmp_path):
    small = tmp_path / "small.csv"
    small.write_text("uid,event_date\n")
    assert not read_ahead.worth_reading_ahead(small)
