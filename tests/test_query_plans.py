"""Every common filter is served by an index: a query that falls back to a full scan fails here.

SQLite plans a query from the schema alone when the file has no statistics (a tracker
database gets them only from a bulk write or an upgrade of 10,000 incidents or more), so
the plans on this small file are the plans of any database without statistics, a
million rows included. ``EXPLAIN QUERY PLAN`` names each table access: ``SEARCH``
is an index lookup; ``SCAN i`` reads every incident (or every entry of an index, which
is no better for a count).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.report import build_timeline
from incident_tracker.store import Filters, IncidentStore, Near
from incident_tracker.store.database import transaction

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from recording import recorded

#: The filters analysts use, alone; each is also tried with a country and a date range.
SINGLE: dict[str, Filters] = {
    "since": Filters(since="2024-01-01"),
    "until": Filters(until="2020-12-31"),
    "since+until": Filters(since="2019-01-01", until="2019-12-31"),
    "country": Filters(countries=["UA"]),
    "countries": Filters(countries=["UA", "SY"]),
    "admin1": Filters(admin1=["kharkiv oblast"]),
    "type": Filters(event_type="Battles"),
    "sub-type": Filters(sub_event_type="Air/drone strike"),
    "attribution": Filters(attributions=["claimed", "confirmed"]),
    "weapon": Filters(weapon="drone"),
    "target": Filters(target_type="civilians"),
    "min-killed": Filters(min_killed=10),
    "tag": Filters(tag="border"),
    "search": Filters(search="convoy"),
    "near": Filters(near=Near(49.99, 36.23, 100.0)),
    "ids": Filters(ids=[1, 2, 3]),
    "deleted": Filters(deleted=True),
}
WITH: dict[str, dict[str, Any]] = {
    "": {},
    " + country": {"countries": ["UA"]},
    " + year": {"since": "2022-01-01", "until": "2022-12-31"},
    " + country + year": {"countries": ["UA"], "since": "2022-01-01", "until": "2022-12-31"},
}
CASES = {name + extra: Filters(**{**vars(f), **more}) for name, f in SINGLE.items() for extra, more in WITH.items()}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> IncidentStore:
    path = tmp_path_factory.mktemp("plans") / "plans.db"
    opened = IncidentStore.open(path)
    opened.add_many(
        {
            "event_date": f"20{year:02d}-0{month}-1{month}",
            "country": "UA" if month % 2 else "SY",
            "admin1": "Kharkiv Oblast",
            "latitude": 49.99,
            "longitude": 36.23,
            "sub_event_type": "Air/drone strike" if month % 3 else "Armed clash",
            "weapons": ["drone"],
            "tags": ["border"],
            "target_type": "civilians",
            "killed": month,
            "attribution": "claimed",
            "description": "a convoy was hit",
        }
        for year in range(10, 26)
        for month in range(1, 10)
    )
    return opened


def _plan(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[str]:
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def _scans(plan: list[str]) -> list[str]:
    """Steps that read every incident: a plain scan, or a walk over a whole index."""
    return [
        step for step in plan if step in {"SCAN i", "SCAN incidents"} or step.startswith(("SCAN i ", "SCAN incidents "))
    ]


def _statements(store: IncidentStore, run: Any) -> list[tuple[str, list[Any]]]:
    """The statements over incidents that ``run`` sends to SQLite, with their parameters."""
    return [(sql, params) for sql, params in recorded(store, run) if "FROM incidents AS i" in sql]


def test_there_are_no_statistics(store: IncidentStore) -> None:
    """The premise of this file: no sqlite_stat1, so the planner uses the schema alone."""
    tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "sqlite_stat1" not in tables


@pytest.mark.parametrize("name", list(CASES))
def test_count_uses_an_index(store: IncidentStore, name: str) -> None:
    """A count has no ORDER BY to stop early: it must find its rows through an index."""
    where, params = CASES[name].where()
    plan = _plan(store.conn, f"SELECT count(*) FROM incidents AS i WHERE {where}", params)
    assert not _scans(plan), f"{name}: {plan}"


@pytest.mark.parametrize("name", list(CASES))
def test_list_uses_an_index(store: IncidentStore, name: str) -> None:
    """``tracker list``: either an index finds the rows, or the date index is walked newest
    first and the walk stops at the limit; never a scan of the table itself."""
    statements = _statements(store, lambda: list(store.query(CASES[name], limit=50)))
    assert statements
    for sql, params in statements:
        plan = _plan(store.conn, sql, params)
        bad = [s for s in _scans(plan) if s != "SCAN i USING INDEX idx_incidents_event_date"]
        assert not bad, f"{name}: {plan}"


@pytest.mark.parametrize("name", [n for n in CASES if n.endswith("year")])
def test_timeline_uses_an_index(store: IncidentStore, name: str) -> None:
    """Every statement of a timeline over a filtered window reads through an index."""
    statements = _statements(store, lambda: build_timeline(store, CASES[name]))
    assert len(statements) >= 2  # the single-day and the span aggregates, at least
    for sql, params in statements:
        plan = _plan(store.conn, sql, params)
        assert not _scans(plan), f"{name}: {sql}\n{plan}"


def test_the_check_catches_a_full_scan(store: IncidentStore) -> None:
    """The test can fail: a filter on an unindexed column is reported as a scan."""
    plan = _plan(store.conn, "SELECT count(*) FROM incidents AS i WHERE i.victims = ?", ["x"])
    assert _scans(plan) == ["SCAN i"]
    # And the perpetrator filter, a substring match, is a known exception (see docs/performance.md).
    where, params = Filters(perpetrator="group").where()
    assert _scans(_plan(store.conn, f"SELECT count(*) FROM incidents AS i WHERE {where}", params))


def test_m005_upgrade_keeps_data_and_serves_province_filters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database from before m005 keeps every incident, and --admin1 stops scanning; an
    upgraded large file (here: as large as ANALYZE_AFTER says) gets planner statistics."""
    from sqlite_utils import Database

    from incident_tracker.store import database
    from incident_tracker.store.migrations import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn, execute_plugins=False), stop_before="m005_query_indexes")
    conn.close()
    old = IncidentStore(sqlite3.connect(path, isolation_level=None))
    with transaction(old.conn):  # add: this version's bulk writer needs the m007 schema
        # an attribution given, so the record has no m014 default for the old schema to lack a column for
        ids = [
            old.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ", "attribution": "alleged"})
            for _ in range(3)
        ]
    where, params = Filters(admin1=["Khatlon"]).where()
    count_sql = f"SELECT count(*) FROM incidents AS i WHERE {where}"
    assert _scans(_plan(old.conn, count_sql, params)) == ["SCAN i"]
    # Read with plain SQL: this version's record has fields (m011) the old schema lacks.
    before = old.conn.execute("SELECT id, uid, event_date, country, event_type FROM incidents ORDER BY id").fetchall()
    assert old.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 0
    old.conn.close()

    monkeypatch.setattr(database, "ANALYZE_AFTER", 3)
    store = IncidentStore.open(path)
    assert "m005_query_indexes" in {m.name for m in migrations.applied(store.db)}
    after = [(r["id"], r["uid"], r["event_date"], r["country"], r["event_type"]) for r in store.query(sort="id")]
    assert after == before
    assert [r[0] for r in before] == ids
    assert not _scans(_plan(store.conn, count_sql, params))
    assert store.conn.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'incidents'").fetchone()[0] > 0
    indexes = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_incidents_type_date", "idx_incidents_attribution_date", "idx_incidents_admin1_date"} <= indexes
    assert not {"idx_incidents_attribution", "idx_incidents_admin1", "idx_incidents_target"} & indexes
