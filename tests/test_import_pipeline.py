"""The import on two cores: rows read and checked in a second thread while the first writes.

``Importer._run_pipelined`` must do what the one-thread loop does, in the same order, in the
same one transaction: the same rows written, the same rows set aside (and in the same order
in the rejects file), the same one-line error and nothing written when a row, the file itself
or the file's second mention of an incident stops it. Each case runs both ways on real files
through the CLI; the reading thread is chosen by ``importer.two_cores``, which is set here
rather than read from the machine, so both ways run whatever the machine has.
"""

from __future__ import annotations

import csv
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.exchange import importer
from incident_tracker.exchange.importer import BATCH

ROWS = 2 * BATCH + 600
HEADER = ["uid", "event_date", "country", "event_type", "killed", "perpetrator", "description", "tags", "sources"]


def _row(n: int) -> list[str]:
    return [
        f"pipe-{n:05d}",
        f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "UA" if n % 3 else "SY",
        "Battles" if n % 2 else "Explosions/Remote violence",
        str(n % 7),
        "" if n % 5 else "Some armed group",
        f"row {n}, with a comma",
        "border" if n % 4 == 0 else "",
        f'[{{"url": "https://example.org/{n}", "outlet": "Example"}}]',
    ]


def _write(path: Path, rows: list[list[str]], tail: bytes = b"") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    if tail:
        with path.open("ab") as handle:
            handle.write(tail)
    return path


def _contents(db: Path) -> dict[str, Any]:
    """What an import writes, less the clock (every table a new incident touches), and less the
    uid of the incident each database was given first (a new random one each)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {
            "incidents": conn.execute(
                "SELECT id, iif(id = 1, NULL, uid), event_date, country, event_type, killed, perpetrator, description "
                "FROM incidents ORDER BY id"
            ).fetchall(),
            "sources": conn.execute("SELECT id, incident_id, url, outlet FROM sources ORDER BY id").fetchall(),
            "tags": conn.execute("SELECT * FROM incident_tags ORDER BY rowid").fetchall(),
            "history": conn.execute("SELECT id, incident_id, action, reason FROM history ORDER BY id").fetchall(),
            "fts": conn.execute("SELECT rowid, * FROM incidents_fts ORDER BY rowid").fetchall(),
            "summaries": conn.execute("SELECT * FROM stats_perpetrators ORDER BY 1").fetchall(),
        }
    finally:
        conn.close()


@pytest.fixture
def both_ways(monkeypatch: pytest.MonkeyPatch, run: Callable[..., Any], tmp_path: Path) -> Callable[..., Any]:
    """Run one ``tracker`` command line with the reading thread and without it, each on its own
    database holding one incident (``{way}`` in an argument: ``threads`` or ``plain``); gives
    each way's result and database."""

    def invoke(*args: str, expect: int = 0) -> dict[bool, tuple[Any, Path]]:
        results = {}
        for threaded in (True, False):
            way = "threads" if threaded else "plain"
            db = tmp_path / f"{way}.db"
            run(
                "--db",
                str(db),
                "add",
                "--date",
                "2024-01-01",
                "--country",
                "UA",
                "--type",
                "Battles",
                "--description",
                "first",
            )
            monkeypatch.setattr(importer, "two_cores", lambda threaded=threaded: threaded)
            line = [arg.replace("{way}", way) for arg in args]
            results[threaded] = (run("--db", str(db), *line, expect=expect), db)
            assert not [t for t in threading.enumerate() if t.name == "import-reader"], "the reading thread outlived"
        return results

    return invoke


def test_both_ways_write_the_same(both_ways: Callable[..., Any], tmp_path: Path) -> None:
    """A file of several batches: the same incidents, sources, history, search index and summaries."""
    path = _write(tmp_path / "rows.csv", [_row(n) for n in range(ROWS)])
    results = both_ways("import", str(path))
    (threaded, threaded_db), (plain, plain_db) = results[True], results[False]
    assert f"{ROWS} added" in threaded.stderr and threaded.stderr == plain.stderr
    assert _contents(threaded_db) == _contents(plain_db)
    assert len(_contents(threaded_db)["incidents"]) == ROWS + 1


def test_a_bad_row_read_in_the_thread_stops_it_and_nothing_is_written(
    both_ways: Callable[..., Any], tmp_path: Path
) -> None:
    """The bad row comes after two batches were written (inside the transaction): the
    reading thread finds it, the writing thread raises its one-line error, all rolls back."""
    rows = [_row(n) for n in range(ROWS)]
    rows[2 * BATCH + 300][1] = "2024-13-45"  # no such date
    path = _write(tmp_path / "rows.csv", rows)
    results = both_ways("import", str(path), expect=2)
    line = 2 * BATCH + 300 + 2
    for result, db in results.values():
        assert f"line {line}, column event_date" in result.stderr
        assert "Nothing was imported" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert len(_contents(db)["incidents"]) == 1  # the one added before
    assert results[True][0].stderr == results[False][0].stderr
    assert _contents(results[True][1]) == _contents(results[False][1])


def test_the_file_failing_in_the_thread_stops_it_and_nothing_is_written(
    both_ways: Callable[..., Any], tmp_path: Path
) -> None:
    """Bytes that are not UTF-8 after two batches: the error is raised by the file's reading,
    in the reading thread, and reported by the writing one as in the plain loop."""
    path = _write(tmp_path / "rows.csv", [_row(n) for n in range(ROWS)], tail=b"pipe-x,2024-01-01,UA,\xff\xfe,,,,,\n")
    results = both_ways("import", str(path), expect=2)
    for result, db in results.values():
        assert "is not UTF-8 text" in result.stderr and "Nothing was imported" in result.stderr
        assert len(_contents(db)["incidents"]) == 1
    assert results[True][0].stderr == results[False][0].stderr


def test_an_incident_named_twice_stops_it_in_the_thread(both_ways: Callable[..., Any], tmp_path: Path) -> None:
    rows = [_row(n) for n in range(ROWS)]
    rows[-1][0] = rows[10][0]
    path = _write(tmp_path / "rows.csv", rows)
    results = both_ways("import", str(path), expect=2)
    for result, db in results.values():
        assert f"lines 12 and {ROWS + 1} both have uid pipe-00010" in result.stderr
        assert len(_contents(db)["incidents"]) == 1
    assert results[True][0].stderr == results[False][0].stderr


def test_rows_set_aside_in_the_same_order(both_ways: Callable[..., Any], tmp_path: Path) -> None:
    """``--skip-invalid``: rows refused in the reading thread (a date that is no date, the
    wrong number of cells) and in the writing one (no date at all: the whole-record check
    runs as the batch is written) land in the rejects file in the same order both ways; the
    rest is written."""
    rows = [_row(n) for n in range(ROWS)]
    for n in (5, BATCH - 1, BATCH + 7, 2 * BATCH + 599):
        rows[n][1] = "2024-02-30"
    for n in (6, BATCH + 8):
        rows[n][1] = ""
    rows[BATCH + 100] = rows[BATCH + 100][:3]
    path = _write(tmp_path / "rows.csv", rows)
    results = both_ways("import", str(path), "--skip-invalid", "--rejects", str(tmp_path / "rejects-{way}.csv"))
    (threaded, threaded_db), (plain, plain_db) = results[True], results[False]
    assert f"{ROWS - 7} added" in plain.stderr and "7 rejected" in plain.stderr
    assert threaded.stderr == plain.stderr
    assert _contents(threaded_db) == _contents(plain_db)
    threaded_rejects = (tmp_path / "rejects-threads.csv").read_text(encoding="utf-8")
    assert threaded_rejects == (tmp_path / "rejects-plain.csv").read_text(encoding="utf-8")
    refused = list(csv.reader(threaded_rejects.splitlines()))[1:]
    # as the plain loop orders them: a batch's rows refused on reading, then those its
    # writing refused (rows 6 and BATCH + 8, each after the reading of its whole batch)
    order = [5, BATCH - 1, 6, BATCH + 7, BATCH + 100, BATCH + 8, 2 * BATCH + 599]
    assert [int(r[0]) - 2 for r in refused] == order
