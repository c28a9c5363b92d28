"""The bulk write path (issue 17): indexes built once into an empty table, triggers back before
any other kind of write and at the end, and the schema the same afterwards whether the write
succeeded or failed."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.errors import ValidationError
from incident_tracker.store import Filters, IncidentStore
from incident_tracker.store.bulk import REBUILD_INDEXES_BELOW


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").fetchall()
    finally:
        conn.close()


def _records(count: int, *, bad_at: int | None = None) -> list[dict[str, Any]]:
    out = []
    for n in range(count):
        record: dict[str, Any] = {
            "event_date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "country": ["AF", "TJ", "UA"][n % 3],
            "sub_event_type": "Armed clash",
            "killed": n % 7,
            "description": f"clash number {n} near the river",
            "weapons": ["firearms"],
            "sources": [{"outlet": "Example News", "headline": f"report {n}"}],
        }
        if n == bad_at:
            record["killed_high"], record["killed"] = 1, 5  # high below best: refused
        out.append(record)
    return out


def _statements(store: IncidentStore) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    return seen


def test_a_bulk_write_into_an_empty_table_builds_the_indexes_once_and_leaves_the_schema_as_it_was(tmp_path: Path):
    fresh = tmp_path / "fresh.db"
    IncidentStore.open(fresh).close()
    path = tmp_path / "bulk.db"
    store = IncidentStore.open(path)
    seen = _statements(store)
    ids = store.add_many(_records(2500), batch_size=1000)
    assert len(ids) == 2500
    assert any(s.startswith("DROP INDEX idx_incidents_country_date") for s in seen)
    assert sum(s.startswith("CREATE INDEX idx_incidents_country_date") for s in seen) == 1
    # Once for the three batches: nothing else was written between them (see the next test).
    assert sum(s.startswith("DROP TRIGGER incidents_ai") for s in seen) == 1
    store.close()
    assert _schema(path) == _schema(fresh)
    store = IncidentStore.open(path)
    assert store.count(Filters(countries=["TJ"])) == 833
    assert {r["id"] for r in store.query(Filters(search="river"), limit=3000)} == set(ids)
    assert len(list(store.query(Filters(search="Example"), limit=3000))) == 2500  # the sources' index too
    store.add({"event_date": "2025-01-01", "country": "AF", "event_type": "Battles", "description": "a river crossing"})
    assert store.count(Filters(search="crossing")) == 1  # the trigger is back for ordinary writes
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failed_bulk_write_leaves_neither_rows_nor_a_changed_schema(tmp_path: Path, file_digest: Any):
    path = tmp_path / "db.db"
    IncidentStore.open(path).close()
    schema, before = _schema(path), file_digest(path)
    store = IncidentStore.open(path)
    with pytest.raises(ValidationError, match="Record 1500"):
        store.add_many(_records(2000, bad_at=1499), batch_size=500)  # fails in the third batch
    store.close()
    assert _schema(path) == schema
    assert file_digest(path) == before


def test_into_a_large_table_the_indexes_stay(tmp_path: Path):
    store = IncidentStore.open(tmp_path / "big.db")
    store.add_many(_records(REBUILD_INDEXES_BELOW + 1))
    seen = _statements(store)
    store.add_many(_records(10))
    assert not any(s.startswith(("DROP INDEX", "CREATE INDEX")) for s in seen)
    assert store.count() == REBUILD_INDEXES_BELOW + 11


def test_updates_between_batches_see_every_row_indexed_and_counted(tmp_path: Path):
    """An import that updates known incidents between batches of new ones: the search index
    and the stats summaries hold every row, as the triggers would have made them."""
    import csv

    from incident_tracker.exchange.importer import import_file
    from incident_tracker.store import stats_summary

    store = IncidentStore.open(tmp_path / "db.db")
    store.add_many(_records(30))
    known = [r["uid"] for r in store.query(Filters(), limit=30)]
    path = tmp_path / "mixed.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["uid", "event_date", "event_type", "country", "killed", "description"])
        for n in range(5000):  # three batches; every 200th row changes a known incident
            uid = known[n // 200] if n % 200 == 0 else f"new-{n}"
            writer.writerow([uid, "2025-03-04", "Battles", ["AF", "TJ"][n % 2], n % 5, f"word{n} lake"])
    summary = import_file(store, path)
    assert (summary.added, summary.updated) == (4975, 25)
    assert stats_summary.differences(store.conn) == []
    store.conn.execute("INSERT INTO incidents_fts (incidents_fts) VALUES ('integrity-check')")
    store.conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check')")
    assert store.count(Filters(search="lake")) == 5000
    assert store.count(Filters(search="word4999")) == 1
    assert store.count(Filters(search="river")) == 5  # the known ones not changed
