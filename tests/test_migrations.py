"""Opening a database migrates it; the resulting schema is exactly the documented one."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from incident_tracker.store import IncidentStore, open_database
from incident_tracker.store.migrations import MIGRATION_SET, migrations

#: Blank databases here run every migration, not the replay of tests/conftest.py.
pytestmark = pytest.mark.real_migrations

ROOT = Path(__file__).resolve().parent.parent


def documented_schema() -> str:
    text = (ROOT / "docs" / "schema.md").read_text()
    return re.search(r"```sql\n(.*?)```", text, re.S).group(1)


def test_blank_database_gets_exactly_the_documented_schema(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert IncidentStore(db.conn).schema_sql() == documented_schema()
    applied = [m.name for m in migrations.applied(db)]
    assert applied == migrations.names
    assert applied[0] == "m001_initial"


def test_schema_core_shape(tmp_path):
    db = open_database(tmp_path / "new.db")
    columns = [c.name for c in db["incidents"].columns]
    assert columns[:5] == ["id", "uid", "event_date", "event_date_end", "date_precision"]
    for required in ("killed_low", "killed_high", "injured_high", "attribution", "deleted_reason", "origin_country"):
        assert required in columns
    assert {c.name for c in db["sources"].columns} >= {"url", "outlet", "published", "headline", "source_original"}
    indexed = {tuple(i.columns) for i in db["incidents"].indexes}
    assert ("event_date",) in indexed and ("country", "event_date") in indexed
    assert "incidents_fts" in db.table_names()


def test_reopening_applies_nothing_and_changes_nothing(tmp_path):
    path = tmp_path / "db.db"
    store = IncidentStore.open(path)
    store.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"})
    store.close()
    before = path.read_bytes()
    IncidentStore.open(path).close()
    assert path.read_bytes() == before


def test_upgrade_from_each_earlier_version_keeps_data(tmp_path):
    """A database made by an earlier release is upgraded and nothing is lost."""
    names = migrations.names
    for index, stop in enumerate(names[1:], start=1):
        path = tmp_path / f"old-{index}.db"
        conn = sqlite3.connect(path)
        migrations.apply(Database(conn, execute_plugins=False), stop_before=stop)
        conn.execute(
            "INSERT INTO incidents (uid, event_date, date_precision, event_type, country, killed, attribution, "
            "created_at, updated_at) VALUES ('01OLD', '2025-11-24', 'day', 'Battles', 'TJ', 3, 'alleged', "
            "'2025-11-25T00:00:00Z', '2025-11-25T00:00:00Z')"
        )
        conn.commit()
        conn.close()
        store = IncidentStore.open(path)
        record = store.get(1)
        assert (record["uid"], record["killed"], record["attribution"]) == ("01OLD", 3, "alleged")
        assert [m.name for m in migrations.applied(store.db)] == names
        assert store.schema_sql() == documented_schema()
        store.close()


def test_each_migration_runs_in_a_transaction(tmp_path):
    """A failing migration leaves no half-made tables and stays pending."""
    from sqlite_utils.migrations import Migrations

    broken = Migrations(MIGRATION_SET + "_test")

    @broken()
    def half(db):
        db.execute("CREATE TABLE partial (x)")
        raise RuntimeError("boom")

    db = Database(tmp_path / "t.db")
    with pytest.raises(RuntimeError, match="boom"):
        broken.apply(db)
    assert "partial" not in db.table_names()
    assert [m.name for m in broken.pending(db)] == ["half"]
