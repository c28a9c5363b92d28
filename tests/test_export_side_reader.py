"""The CSV export reads the next batch's side tables on a second connection in a worker
thread (``store.side_reader``, issue 17): the file is the same as when it reads them on its
own connection; the two connections share one snapshot or the worker is not used; and a
failure in the worker ends the command with a one-line error and no file.
"""

from __future__ import annotations

import io
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import incident_tracker.exchange.export as export_module
import incident_tracker.store.side_reader as side_reader
from incident_tracker.exchange import export_records
from incident_tracker.exchange.export import CSV_BATCH
from incident_tracker.store import IncidentStore
from incident_tracker.store.side_reader import SideReader, export_snapshot


@pytest.fixture(autouse=True)
def a_core_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export uses its worker only when the machine has a core free (the test machine's
    load is whatever it is): here it has."""
    monkeypatch.setattr(export_module, "core_free", lambda: True)


#: More than two batches, so that a batch is read ahead while another is written.
COUNT = 2 * CSV_BATCH + 37


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("side-reader") / "t.db"
    store = IncidentStore.open(path)
    conn = store.conn
    with conn:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO incidents (uid, event_date, event_type, country, place, description, created_at, updated_at)"
            " VALUES (?, ?, 'Battles', 'TJ', ?, ?, '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z')",
            [(f"u{n}", f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", f"P{n}", f"Fire, {n}") for n in range(COUNT)],
        )
        ids = [row[0] for row in conn.execute("SELECT id FROM incidents ORDER BY id")]
        conn.executemany(
            "INSERT INTO incident_weapons (incident_id, weapon) VALUES (?, ?)",
            [(i, weapon) for i in ids[::3] for weapon in ("mortar", "drone")],
        )
        conn.executemany("INSERT INTO incident_tags (incident_id, tag) VALUES (?, 'z; a')", [(i,) for i in ids[::5]])
        conn.executemany(
            "INSERT INTO sources (incident_id, url, outlet, added_at) VALUES (?, ?, 'Outlet', '2024-12-01T00:00:00Z')",
            [(i, f"https://example.org/{i}") for i in ids[::2]],
        )
    store.link(ids[10], ids[-10], "duplicate_of")
    store.close()
    return path


def _export(path: Path, *, in_transaction: bool = False) -> str:
    store = IncidentStore.open(path, create=False)
    try:
        out = io.StringIO(newline="")
        if in_transaction:  # the caller's own transaction: the worker is not used
            store.conn.execute("BEGIN")
        export_records(store, out)
        if in_transaction:
            store.conn.execute("COMMIT")
        return out.getvalue()
    finally:
        store.close()


def test_the_worker_reads_the_side_tables_and_the_file_is_the_same(filled: Path) -> None:
    store = IncidentStore.open(filled, create=False)
    try:
        with export_snapshot(store.conn) as reader:
            assert isinstance(reader, SideReader)
        with export_snapshot(store.conn, ahead=False) as reader:
            assert reader is None
        store.conn.execute("BEGIN")
        with export_snapshot(store.conn) as reader:
            assert reader is None
        store.conn.execute("COMMIT")
    finally:
        store.close()
    ahead, alone = _export(filled), _export(filled, in_transaction=True)
    assert ahead == alone
    assert ahead.count("\r\n") == COUNT + 1
    assert '"[{""url"":""https://example.org/' in ahead and "mortar; drone" in ahead and "z\\; a" in ahead
    assert "duplicated_by:u10" in ahead


def test_a_commit_between_the_two_snapshots_means_no_worker(filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    with sqlite3.connect(filled) as source, sqlite3.connect(path) as target:
        source.backup(target)
    store = IncidentStore.open(path, create=False)
    writer = sqlite3.connect(path, isolation_level=None)

    def commit_first(statement: str) -> None:
        # The export's first read, after the worker noted its data_version: another
        # connection commits before that read takes the export's snapshot.
        if statement.startswith("SELECT 1 FROM sqlite_master"):
            writer.execute("UPDATE incidents SET place = 'Moved' WHERE id = (SELECT min(id) FROM incidents)")

    try:
        store.conn.set_trace_callback(commit_first)
        with export_snapshot(store.conn) as reader:
            assert reader is None
            assert store.conn.execute("SELECT count(*) FROM incidents WHERE place = 'Moved'").fetchone() == (1,)
        store.conn.set_trace_callback(None)
        with export_snapshot(store.conn) as reader:  # nothing committed in between
            assert reader is not None
    finally:
        writer.close()
        store.close()


def test_a_failure_in_the_worker_is_one_line_and_leaves_no_file(
    filled: Path, tmp_path: Path, run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = side_reader.open_second
    threads: list[str] = []

    def interrupted(path: Path) -> sqlite3.Connection:
        conn = opened(path)
        threads.append(threading.current_thread().name)
        # Every statement of the worker's after its snapshot is taken is interrupted by SQLite.
        calls = iter(range(10**9))
        conn.set_progress_handler(lambda: int(next(calls) > 40), 50)
        return conn

    monkeypatch.setattr(side_reader, "open_second", interrupted)
    target = tmp_path / "out" / "export.csv"
    target.parent.mkdir()
    result = run("--db", str(filled), "export", "-o", str(target), expect=1)
    assert threads and threads[0].startswith("export-sides")
    assert result.stderr.startswith("Error: Database error:") and "interrupted" in result.stderr
    assert result.stderr.count("\n") == 1
    assert list(target.parent.iterdir()) == []


def test_with_no_core_free_there_is_no_worker(
    filled: Path, tmp_path: Path, run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(path: Path) -> sqlite3.Connection:
        raise AssertionError("the worker's connection was opened")

    monkeypatch.setattr(side_reader, "open_second", refused)
    monkeypatch.setattr(export_module, "core_free", lambda: False)
    target = tmp_path / "export.csv"
    run("--db", str(filled), "export", "-o", str(target))
    assert target.read_bytes().decode("utf-8") == _export(filled, in_transaction=True)
