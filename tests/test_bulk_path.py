"""The bulk write path (issue 17): indexes built once into an empty table, triggers back after
every batch, and the schema the same afterwards whether the write succeeded or failed."""

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
    assert sum(s.startswith("DROP TRIGGER incidents_ai") for s in seen) == 3  # once per batch
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
