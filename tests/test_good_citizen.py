"""The database as Datasette and sqlite-utils see it: tables, views and full-text search."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from incident_tracker.store import IncidentStore
from incident_tracker.store.migrations import migrations

ROOT = Path(__file__).resolve().parent.parent


def shipped(tmp_path: Path) -> Database:
    copy = tmp_path / "shipped.db"
    shutil.copy(ROOT / "incidents.db", copy)  # never open the real file read-write in a test
    return Database(copy)


def test_sqlite_utils_finds_tables_views_and_search(tmp_path):
    db = shipped(tmp_path)
    tables = set(db.table_names())
    assert {"incidents", "sources", "history", "links", "places", "incident_weapons"} <= tables
    assert {"incidents_overview", "casualties_by_month"} <= set(db.view_names())
    assert db["incidents"].detect_fts() == "incidents_fts"
    assert db["sources"].detect_fts() == "sources_fts"
    assert {fk.other_table for fk in db["sources"].foreign_keys} == {"incidents"}
    hits = list(db["incidents"].search("drone", columns=["id", "place"]))
    assert hits == [{"id": 1, "place": "near the Esteqlol border crossing"}]
    assert sorted(r["incident_id"] for r in db["sources"].search("Bellum")) == [1, 2]


def test_views_read_as_documented(tmp_path):
    db = shipped(tmp_path)
    overview = {r["id"]: r for r in db["incidents_overview"].rows}
    assert overview[1]["source_count"] == 2 and overview[1]["last_revision"] in {"create", "source", "link"}
    assert overview[1]["deleted"] == 0
    months = list(db["casualties_by_month"].rows)
    assert months == [
        {
            "month": "2025-11",
            "country": "TJ",
            "incidents": 2,
            "killed_best": 5,
            "killed_low": 5,
            "killed_high": 5,
            "incidents_killed_unknown": 0,
            "injured_best": None,
            "injured_low": None,
            "injured_high": None,
            "incidents_injured_unknown": 2,
        }
    ]


def test_search_follows_edits_deletes_and_writes_from_other_tools(tmp_path, run):
    path = tmp_path / "t.db"
    run(
        "--db",
        str(path),
        "add",
        "--date",
        "2025-11-24",
        "--country",
        "TJ",
        "--type",
        "battles",
        "--description",
        "border guards exchange fire",
    )
    run("--db", str(path), "edit", "1", "--description", "mortar shelling")

    def ids(query: str) -> list[int]:
        return [i["id"] for i in json.loads(run("--db", str(path), "list", "--json", "--search", query).stdout)]

    assert ids("mortar") == [1] and ids("guards") == []
    # A row written by sqlite-utils itself is found by the tracker, through the triggers.
    db = Database(path)
    db["incidents"].insert(
        {
            "uid": "01X",
            "event_date": "2025-12-01",
            "event_type": "Battles",
            "country": "TJ",
            "description": "clash at a checkpoint",
            "created_at": "t",
            "updated_at": "t",
        }
    )
    db.conn.commit()
    db.conn.close()
    assert ids("checkpoint") == [2]
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO incidents_fts (incidents_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check')")
    conn.close()


def test_upgrade_to_views_keeps_data_and_indexes_it(tmp_path):
    """A database made before m006_views is upgraded: data kept, old text searchable."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn, execute_plugins=False), stop_before="m006_views")
    conn.execute(
        "INSERT INTO incidents (uid, event_date, event_type, country, killed, description, created_at, updated_at) "
        "VALUES ('01OLD', '2025-11-24', 'Battles', 'TJ', 3, 'drone over the river', 't', 't')"
    )
    conn.execute("INSERT INTO sources (incident_id, outlet, note, added_at) VALUES (1, 'Asia-Plus', 'toll of 3', 't')")
    conn.commit()
    conn.close()
    store = IncidentStore.open(path)
    assert store.get(1)["killed"] == 3
    store.close()
    db = Database(path)
    assert [r["id"] for r in db["incidents"].search("river")] == [1]
    assert [r["id"] for r in db["sources"].search("toll")] == [1]
    assert next(db["incidents_overview"].rows)["source_count"] == 1
