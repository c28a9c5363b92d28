"""IncidentStore.add_many: the bulk write path checks what add checks and writes what add writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.errors import ValidationError
from incident_tracker.store import Filters, IncidentStore

RECORD: dict[str, Any] = {
    "event_date": "2025-11-24",
    "place": "near the Esteqlol border crossing",
    "country": "tj",
    "latitude": 37.615,
    "longitude": 71.455,
    "sub_event_type": "drone strike",
    "weapons": ["drones", "grenade"],
    "tags": ["border", "china"],
    "killed": 3,
    "killed_high": 5,
    "attribution": "alleged",
    "perpetrator": "Armed group",
    "description": "Drone attack on a compound of Chinese workers",
}
SOURCE = {"url": "https://example.org/a", "outlet": "Inter Bellum News", "published": "24 Nov 2025", "note": "first"}

#: Bookkeeping that differs between any two records however they were written.
VOLATILE = {"id", "uid", "created_at", "updated_at"}


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in record.items() if k not in VOLATILE}
    out["sources"] = [{k: v for k, v in s.items() if k != "id"} for s in out["sources"]]
    return out


def test_add_many_writes_what_add_writes(tmp_path: Path) -> None:
    store = IncidentStore.open(tmp_path / "one.db")
    single = store.add(dict(RECORD), sources=[SOURCE], reason="import")
    bulk = store.add_many([{**RECORD, "sources": [SOURCE]}], reason="import")
    assert bulk == [single + 1]
    assert _comparable(store.get(bulk[0])) == _comparable(store.get(single))
    history = store.history(bulk[0])
    assert [(h["action"], h["reason"]) for h in history] == [("create", "import")]
    # Found by full-text search through the words of the description and of the source.
    assert {r["id"] for r in store.query(Filters(search="compound"))} == {single, bulk[0]}
    assert {r["id"] for r in store.query(Filters(search="Bellum"))} == {single, bulk[0]}


def test_add_many_is_all_or_nothing_and_names_the_bad_record(tmp_path: Path, file_digest: Any) -> None:
    path = tmp_path / "db.db"
    store = IncidentStore.open(path)
    store.add(dict(RECORD))
    before = file_digest(path)
    good = {"event_date": "2024-01-02", "event_type": "Battles", "country": "AF"}
    bad = {"event_date": "2024-01-02", "event_type": "Battles", "country": "AF", "killed": 5, "killed_high": 2}
    with pytest.raises(ValidationError, match=r"^Record 3: Killed"):
        store.add_many([good, good, bad, good], batch_size=1)
    assert file_digest(path) == before
    with pytest.raises(ValidationError, match=r"^Record 1: A source needs a URL"):
        store.add_many([{**good, "sources": [{"note": "no url"}]}])
    with pytest.raises(ValidationError, match=r"^Record 2: Unknown field\(s\): colour"):
        store.add_many([good, {**good, "colour": "red"}])
    assert store.count() == 1


def test_add_many_ids_continue_after_deleted_rows(tmp_path: Path) -> None:
    """AUTOINCREMENT never hands an id out twice; neither does add_many."""
    store = IncidentStore.open(tmp_path / "db.db")
    first = store.add(dict(RECORD))
    store.conn.execute("DELETE FROM history")
    store.conn.execute("DELETE FROM incident_weapons")
    store.conn.execute("DELETE FROM incident_tags")
    store.conn.execute("DELETE FROM incidents")
    ids = store.add_many({**RECORD, "event_date": f"2025-01-{day:02d}"} for day in range(1, 8))
    assert ids == list(range(first + 1, first + 8))
    assert store.add(dict(RECORD)) == first + 8


def test_add_many_batches_and_streams(tmp_path: Path) -> None:
    """Batches of any size give the same records; a generator is consumed as it goes."""
    records = [
        {**RECORD, "event_date": f"2025-{month:02d}-{day:02d}", "description": f"event {month}-{day}"}
        for month in range(1, 13)
        for day in range(1, 29)
    ]
    results = []
    for size in (1, 7, 5000):
        store = IncidentStore.open(tmp_path / f"b{size}.db")
        ids = store.add_many(iter(records), batch_size=size)
        assert ids == list(range(1, len(records) + 1))
        results.append([_comparable(r) for r in store.query(sort="id")])
        found = "SELECT count(*) FROM incidents_fts WHERE incidents_fts MATCH 'event'"
        assert store.conn.execute(found).fetchone()[0] == len(records)  # every one is searchable
        store.close()
    assert results[0] == results[1] == results[2]
    assert results[0][-1]["description"] == "event 12-28"


def test_add_many_rows_are_read_back_by_the_cli(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "cli.db"
    store = IncidentStore.open(path)
    store.add_many([{**RECORD, "sources": [SOURCE]}, {**RECORD, "country": "AF", "description": "a convoy"}])
    store.close()
    found = json.loads(run("--db", str(path), "list", "--search", "convoy", "--json").stdout)
    assert [(r["id"], r["country"], r["weapons"]) for r in found] == [(2, "AF", ["drone", "grenade"])]
    shown = json.loads(run("--db", str(path), "show", "1", "--json").stdout)
    assert shown["sources"][0]["published"] == "2025-11-24"


def test_a_large_bulk_write_refreshes_the_planner_statistics(tmp_path: Path, monkeypatch: Any) -> None:
    """At ANALYZE_AFTER rows add_many runs ANALYZE (sqlite_stat1 appears); below, it does not."""
    from incident_tracker.store import database

    monkeypatch.setattr(database, "ANALYZE_AFTER", 50)
    store = IncidentStore.open(tmp_path / "db.db")
    stats = "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
    store.add_many([dict(RECORD)] * 49)
    assert store.conn.execute(stats).fetchone()[0] == 0
    store.add_many([dict(RECORD)] * 50)
    assert store.conn.execute(stats).fetchone()[0] == 1
    indexes = {row[0] for row in store.conn.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'incidents'")}
    assert "idx_incidents_country_date" in indexes


def test_a_database_grown_one_add_at_a_time_gets_statistics_too(tmp_path: Path, monkeypatch: Any) -> None:
    """Every ANALYZE_AFTER-th incident refreshes the statistics (not inside a caller's transaction)."""
    from incident_tracker.store import database

    monkeypatch.setattr(database, "ANALYZE_AFTER", 3)
    store = IncidentStore.open(tmp_path / "db.db")
    stats = "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
    store.add(dict(RECORD))
    store.add(dict(RECORD))
    assert store.conn.execute(stats).fetchone()[0] == 0
    store.add(dict(RECORD))
    assert store.conn.execute(stats).fetchone()[0] == 1


def test_bulk_search_indexing_leaves_the_triggers_on_for_everyone_else(tmp_path: Path) -> None:
    """m007: the bulk writer indexes its batch itself and takes its flag away again, so
    rows written afterwards (by the tracker or any other program) are indexed by the
    triggers, and a failed bulk write leaves no flag behind."""
    store = IncidentStore.open(tmp_path / "db.db")
    store.add_many([{**RECORD, "description": "convoy ambushed"}, {**RECORD, "description": "convoy shelled"}])
    with pytest.raises(ValidationError):
        store.add_many([{**RECORD, "description": "convoy seen"}, {**RECORD, "event_date": "not a date"}])
    assert store.conn.execute("SELECT count(*) FROM _tracker_bulk_insert").fetchone()[0] == 0
    store.add({**RECORD, "description": "convoy stopped"})
    store.conn.execute(
        "INSERT INTO sources (incident_id, url, note, added_at) VALUES (1, 'https://x.example', 'again', 'now')"
    )
    assert store.conn.execute("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'again'").fetchone()[0] == 1
    found = [r["description"] for r in store.query(Filters(search="convoy"), sort="id")]
    assert found == ["convoy ambushed", "convoy shelled", "convoy stopped"]
    assert store.conn.execute("INSERT INTO incidents_fts (incidents_fts) VALUES ('integrity-check')")
    assert store.conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check')")
