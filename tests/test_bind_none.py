"""``None`` bound as a parameter (issue 17): the store gives it an adapter that returns it as
it is, which skips ``sqlite3``'s adapter search (0.9 µs a parameter) and still writes NULL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from incident_tracker.store import IncidentStore, transactions


def test_none_has_its_own_adapter_once_the_store_is_loaded() -> None:
    assert sqlite3.adapters.get((type(None), sqlite3.PrepareProtocol)) == transactions._NO_VALUE.get


def test_none_is_still_null_in_every_kind_of_statement(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    assert conn.execute("SELECT ? IS NULL, typeof(?), coalesce(?, 'x')", (None, None, None)).fetchone() == (
        1,
        "null",
        "x",
    )
    conn.execute("CREATE TABLE t (a TEXT, b INTEGER NOT NULL DEFAULT 0)")
    conn.executemany("INSERT INTO t (a) VALUES (?)", [(None,), ("x",)])
    assert conn.execute("SELECT a, typeof(a) FROM t ORDER BY rowid").fetchall() == [(None, "null"), ("x", "text")]
    # NOT NULL still refuses it: the adapter gives NULL, not a value standing in for one.
    try:
        conn.execute("INSERT INTO t (a, b) VALUES ('y', ?)", (None,))
    except sqlite3.IntegrityError as exc:
        assert "NOT NULL" in str(exc)
    else:
        raise AssertionError("NULL into a NOT NULL column was accepted")


def test_an_imported_row_keeps_its_unknowns_null(tmp_path: Path) -> None:
    store = IncidentStore.open(tmp_path / "t.db")
    with store.bulk(reason="test") as writer:
        from incident_tracker.store.bulk import NewIncident

        record = IncidentStore.complete({"event_date": "2025-11-24", "event_type": "battles", "country": "TJ"})
        writer.insert(
            [NewIncident(record=record, uid="u1", created_at="2025-11-24T00:00:00Z", updated_at="2025-11-24T00:00:00Z")]
        )
    row = store.conn.execute(
        "SELECT typeof(killed), typeof(latitude), typeof(place), country FROM incidents"
    ).fetchone()
    assert tuple(row) == ("null", "null", "null", "TJ")
