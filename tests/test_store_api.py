"""The store's own API for library code: a unit of work (``bulk``), read-only opening,
and the neighbours (actors, places, duplicates) reached from the store, not its connection.
Also: the report and exchange packages hold no SQL of their own (issue 18)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.errors import DatabaseError, ValidationError
from incident_tracker.store import Filters, IncidentStore
from incident_tracker.store.bulk import NewIncident
from incident_tracker.store.duplicates import iter_duplicate_pairs, matches_for
from incident_tracker.store.records import new_uid

RECORD: dict[str, Any] = {
    "event_date": "2025-11-24",
    "event_type": "Battles",
    "country": "TJ",
    "killed": 2,
    "description": "convoy ambushed",
}
SRC = Path(__file__).resolve().parent.parent / "src" / "incident_tracker"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new(store: IncidentStore, now: str) -> NewIncident:
    return NewIncident(IncidentStore.prepare(dict(RECORD)), new_uid(), now, now)


def test_bulk_commits_everything_at_the_end(db_path: Path) -> None:
    store = IncidentStore.open(db_path)
    with store.bulk(reason="test load") as writer:
        ids = writer.insert([_new(store, writer.now) for _ in range(3)])
        assert store.conn.in_transaction
    assert store.count() == 3
    assert [h["reason"] for h in store.history(ids[0])] == ["test load"]
    assert sorted(r["id"] for r in store.query(Filters(search="convoy"))) == ids  # the search index followed


def test_bulk_that_raises_writes_nothing(db_path: Path) -> None:
    store = IncidentStore.open(db_path)
    store.add(dict(RECORD))
    indexes = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
    before = store.conn.execute(indexes).fetchall()
    with pytest.raises(ValidationError), store.bulk(reason="refused") as writer:
        writer.insert([_new(store, writer.now) for _ in range(5)])
        raise ValidationError("row 6 is bad")
    assert store.count() == 1
    assert not store.conn.in_transaction
    # The indexes dropped for a load into an (almost) empty table came back with the rollback.
    assert store.conn.execute(indexes).fetchall() == before


def test_open_read_only_reads_and_refuses_writes(db_path: Path) -> None:
    writer = IncidentStore.open(db_path)
    writer.add(dict(RECORD))
    writer.close()
    before = _digest(db_path)
    store = IncidentStore.open_read_only(db_path)
    assert store.read_only and store.path == db_path
    assert store.count() == 1 and store.has_table("incidents") and not store.has_table("no_such_table")
    with pytest.raises(DatabaseError):
        store.add(dict(RECORD))
    store.close()
    assert _digest(db_path) == before


def test_open_read_only_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(DatabaseError, match="No database at"):
        IncidentStore.open_read_only(missing)
    assert not missing.exists()


def test_neighbours_are_reached_from_the_store(db_path: Path) -> None:
    store = IncidentStore.open(db_path)
    first = store.add(dict(RECORD))
    second = store.add(dict(RECORD))
    assert store.actors.conn is store.conn
    assert store.places.conn is store.conn
    pairs = list(iter_duplicate_pairs(store))
    assert [(m.first, m.second) for m in pairs] == [(first, second)]
    assert [m.second for m in matches_for(store, dict(RECORD))] == [first, second]
    assert store.duplicate_chain_reaches(first, first)
    assert not store.duplicate_chain_reaches(first, second)


SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP)\b|\.execute(many)?\(")


@pytest.mark.parametrize("package", ["report", "exchange"])
def test_no_sql_outside_the_store(package: str) -> None:
    """The store owns the SQL on the record's tables: report/ and exchange/ call it."""
    found = []
    for path in sorted((SRC / package).glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if SQL.search(code) and '"""' not in code:
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def test_a_gazetteer_rows_named_fields_are_its_columns(tmp_path: Path) -> None:
    """geo/crossing_twins reads a place row by name: each name is the column at its position (fixes11)."""
    import sqlite3

    from incident_tracker.store import gazetteer as sql

    conn = sqlite3.connect(tmp_path / "g.db")
    conn.executescript(sql.SCHEMA)
    conn.execute(
        "INSERT INTO places (id, name, country, admin1, latitude, longitude, population, kind, tier, border_with,"
        " admin2, level) VALUES (7, 'Postgate', 'AF', '19', 31.0, 66.4, 0, 'crossing', 'pack', 'PK', 'Dand', NULL)"
    )
    (row,) = sql.named_places_in_box(conn, (30.0, 32.0, 66.0, 67.0), "AF")
    assert (row.id, row.name, row.country, row.admin1, row.kind, row.tier) == (
        7,
        "Postgate",
        "AF",
        "19",
        "crossing",
        "pack",
    )
    assert (row.latitude, row.longitude, row.border_with, row.admin2) == (31.0, 66.4, "PK", "Dand")
    assert tuple(row) == sql.places_in_box(conn, (30.0, 32.0, 66.0, 67.0), "AF")[0]
