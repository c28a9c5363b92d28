"""Session 23's hostile probe (probe16), its first half: what probe15 left. A toll that is no whole reading
(low above best, a fraction, one part in words) is counted by no part in the figures, the summaries and the
casualties view; a read-only store reads what the CLI reads (a filtered ``stats`` too); two stores on one file
in one thread say so at once instead of waiting the whole busy timeout. Each test of a fix failed before it
(run against the code before it); docs/reliability.md has the table. The data's edges at scale are
tests/test_probe16_edges.py."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.errors import StorageError
from incident_tracker.exchange.export import export_records
from incident_tracker.report import build_stats, build_timeline
from incident_tracker.store import Filters, IncidentStore
from incident_tracker.store.duplicates import duplicate_pairs
from test_probe14 import _by_hand, _desk
from test_probe15_leftovers import FIGURES, _casualties_view

Run = Callable[..., Result]
RECORD: dict[str, Any] = {"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"}

#: Incident 1's killed toll (low, best, high) as another program may leave it: no part of it is a reading.
NOT_WHOLE = {
    "low above best above high": "killed_low = 9, killed = 4, killed_high = 1",
    "best above high": "killed_low = NULL, killed = 4, killed_high = 3",
    "a fraction": "killed_low = NULL, killed = 2.5, killed_high = NULL",
    "a fractional low": "killed_low = 1.5, killed = 4, killed_high = NULL",
    "a high in words": "killed_low = 2, killed = 4, killed_high = 'many'",
    "a negative low": "killed_low = -1, killed = 4, killed_high = 6",
}


@pytest.mark.parametrize("toll", list(NOT_WHOLE.values()), ids=list(NOT_WHOLE))
def test_a_toll_that_is_not_one_whole_reading_counts_no_part(toll: str, run: Run, db_path: Path) -> None:
    """Before: the record readers read `9, 4, 1` (or 2.5) as unknown and said so, but `stats` and `timeline`
    summed each part that was a count (4 killed, 5 below, and a low gap of -5; 2.5 killed), from the summary
    tables (m017's triggers) and from the incidents alike, and `casualties_by_month` summed them too. Now the
    figures of such a file are those of the same file with the toll empty, byte for byte."""
    _desk(run)
    _by_hand(db_path, f"UPDATE incidents SET {toll} WHERE id = 1; UPDATE incidents SET injured = 5 WHERE id = 3")
    wrong = {args: run(*args).stdout for args in FIGURES}
    view = _casualties_view(db_path)
    assert "PROBLEM  stats" not in run("check", expect=None).stdout  # the summaries agree with a fresh count
    _by_hand(db_path, "UPDATE incidents SET killed_low = NULL, killed = NULL, killed_high = NULL WHERE id = 1")
    for args in FIGURES:
        assert run(*args).stdout == wrong[args], args
    assert _casualties_view(db_path) == view


def test_an_old_file_whose_summaries_counted_the_parts_is_counted_anew_when_upgraded(run: Run, db_path: Path) -> None:
    """A file whose summaries m017's triggers kept (each part of `9, 4, 1` added) is filled again by m019, and its
    view made again."""
    from incident_tracker.store.stats_summary import trigger_sql

    _desk(run)
    conn = sqlite3.connect(db_path, isolation_level=None)
    for name in ("incidents_stats_ai", "incidents_stats_ad", "incidents_stats_au"):
        conn.execute(f"DROP TRIGGER {name}")
    for sql in trigger_sql(tolls="parts")[:3]:  # m017's, as the last tracker left them
        conn.execute(sql)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm019_tolls_whole'")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE incidents SET killed_low = 9, killed = 4, killed_high = 1 WHERE id = 1")
    conn.close()
    known = "SELECT sum(killed_known), sum(killed_sum) FROM stats_cube"
    assert sqlite3.connect(db_path).execute(known).fetchone() == (3, 7)  # incident 1's 4 counted
    run("list")  # opening upgrades the file
    assert sqlite3.connect(db_path).execute(known).fetchone() == (2, 3)
    assert "PROBLEM  stats" not in run("check", expect=None).stdout
    assert "indexes and views" not in run("check", expect=None).stdout  # the new view is known as ours


def _digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


def test_a_read_only_store_reads_what_the_cli_reads(run: Run, db_path: Path) -> None:
    """Before: `IncidentStore.open_read_only(...)` gave `attempt to write a readonly database` for a filtered
    `build_stats` (its breakdowns go through a temporary table) and for `stats` of a file holding a linked
    duplicate. Now it gives what a store opened for writing gives, and the file stays as it was."""
    _desk(run)
    run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "explosions", "--killed", "3", "--no-input")
    run("link", "4", "1", "--kind", "duplicate_of")
    before = _digest(db_path)
    asked = (Filters(), Filters(countries=["TJ"]), Filters(since="2025-11-25"))

    def everything(store: IncidentStore) -> list[object]:
        exports = []
        for fmt in ("csv", "json", "geojson"):
            out = io.StringIO()
            export_records(store, out, fmt=fmt, with_history=fmt == "json")
            exports.append(out.getvalue())
        return [
            [dataclasses.asdict(build_stats(store, f)) for f in asked],
            [build_timeline(store, f, by="country").periods for f in asked],
            [list(store.query(f)) for f in asked],
            duplicate_pairs(store, min_score=0.1),
            store.history(1),
            exports,
        ]

    with IncidentStore.open(db_path) as store:
        expected = everything(store)
    before = _digest(db_path)  # the writable store's opening may have folded its log
    with IncidentStore.open_read_only(db_path) as store:
        assert everything(store) == expected
    assert _digest(db_path) == before


def test_two_stores_in_one_thread_say_at_once_that_this_thread_holds_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the second store waited the whole busy timeout (60 s by default) for a lock its own thread held,
    which no wait can free, then said `another process is writing to it`. Now it is refused at once, in words
    that name what holds the lock; nothing of it is written, and it writes once the first store's write ends."""
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "20")
    db = tmp_path / "two.db"
    first, second = IncidentStore.open(db), IncidentStore.open(db)
    asked: list[str] = []
    second.conn.set_trace_callback(asked.append)  # SQLite's own: each statement the second store runs
    with first.bulk(reason="held") as _writer:
        first.add(dict(RECORD), locate=False)
        started = time.monotonic()
        with pytest.raises(StorageError) as caught:
            second.add(dict(RECORD), locate=False)
        waited = time.monotonic() - started
    second.conn.set_trace_callback(None)
    message = str(caught.value)
    # Refused before it asked SQLite for the lock (no BEGIN: nothing that could wait), so far sooner than the busy
    # timeout; not timed against a fixed second, which a loaded machine's start of a statement can pass (conc31).
    assert not [statement for statement in asked if statement.startswith("BEGIN")], asked
    assert waited < 10, waited
    assert "\n" not in message
    assert "another store of this process, in this thread," in message and "another process" not in message
    assert caught.value.sqlite_errorname.startswith("SQLITE_BUSY")
    assert second.count() == 1
    second.add(dict(RECORD), locate=False)
    assert first.count() == 2
    first.close()
    second.close()


def test_a_store_of_another_thread_is_waited_for_and_named_when_it_holds_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock held by another thread's store can be let go: the write waits its turn, and when that thread holds it
    past the timeout the message says so, not "another process"."""
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "0.3")
    db = tmp_path / "threads.db"
    IncidentStore.open(db).close()
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with IncidentStore.open(db) as other, other.bulk(reason="held"):
            other.add(dict(RECORD), locate=False)
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(10)
    with IncidentStore.open(db) as store:
        with pytest.raises(StorageError) as caught:
            store.add(dict(RECORD), locate=False)
        release.set()
        thread.join()
        assert "another store of this process, in another thread," in str(caught.value)
        store.add(dict(RECORD), locate=False)
        assert store.count() == 2
