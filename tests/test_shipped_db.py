"""The shipped incidents.db is current, and the installed `tracker` works end to end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOLATILE = {"uid", "created_at", "updated_at", "changed_at"}


def _stable(value):
    """Drop what legitimately differs between two builds: uids and timestamps."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def _dump(run, db: Path):
    incidents = json.loads(run("--db", str(db), "export", "--format", "json", "--sort", "id").stdout)
    return _stable([{**json.loads(run("--db", str(db), "show", str(i["id"]), "--json").stdout)} for i in incidents])


def test_shipped_db_is_what_the_build_script_makes(run, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_example_db import build

    rebuilt = tmp_path / "rebuilt.db"
    build(rebuilt)
    shipped = tmp_path / "shipped.db"
    shutil.copy(ROOT / "incidents.db", shipped)  # never open the real file read-write in a test
    assert _dump(run, shipped) == _dump(run, rebuilt), "incidents.db is stale: run python scripts/build_example_db.py"


def test_shipped_db_holds_the_article(run, tmp_path):
    shipped = tmp_path / "shipped.db"
    shutil.copy(ROOT / "incidents.db", shipped)
    first, second = json.loads(run("--db", str(shipped), "list", "--json", "--sort", "date").stdout)
    assert (first["event_date"], first["killed"], first["attribution"], first["origin_country"]) == (
        "2025-11-24",
        3,
        "alleged",
        "AF",
    )
    assert (second["event_date"], second["killed"], second["attribution"]) == ("2025-11-30", 2, "unattributed")
    # Located as well as the sources allow: the second source names the district, not the post.
    assert (first["location"], first["admin1"], first["country"]) == ("Shamsiddin Shohin District", "Khatlon", "TJ")
    assert (first["geo_precision"], first["geocoder"]) == ("admin2", "pack")
    assert abs(first["latitude"] - 37.84) < 0.1 and abs(first["longitude"] - 70.04) < 0.1
    assert second["latitude"] is None  # its place is not reported
    assert first["sources"] and second["sources"]
    assert first["links"] == [{"id": 2, "uid": second["uid"], "kind": "related"}]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
    env["TRACKER_DB"] = str(tmp_path / "e2e.db")
    return env


def test_installed_tracker_end_to_end(tmp_path, tracker_script):
    env = _env(tmp_path)
    add = subprocess.run(
        [tracker_script, "add", "--date", "Nov 2025", "--country", "AF", "--type", "battles", "--killed", "at least 4"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert add.returncode == 0, add.stderr
    assert add.stdout == "1\n"
    listed = subprocess.run(
        [tracker_script, "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    (record,) = json.loads(listed.stdout)  # JSON because asked for, never because stdout is a pipe
    assert (record["date_precision"], record["killed"], record["killed_text"]) == ("month", 4, "at least 4")
    bad = subprocess.run(
        [tracker_script, "edit", "1", "--killed", "-2"], capture_output=True, text=True, env=env, check=False
    )
    assert bad.returncode == 2
    assert bad.stderr == "Error: Killed cannot be negative (-2).\n"


def test_python_dash_m_and_missing_field_without_terminal(tmp_path):
    env = _env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "incident_tracker", "add", "--date", "2025-11-24", "--country", "TJ"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("Error: Missing event type: give it with --type")
    assert not (tmp_path / "e2e.db").exists()
    version = subprocess.run(
        [sys.executable, "-m", "incident_tracker", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.startswith("tracker (incident-tracker) 0.1.0")


def test_shipped_db_has_every_migration_so_reading_it_writes_nothing(run, tmp_path):
    """The README's first command opens the shipped file: it must not need migrating."""
    import sqlite3

    from incident_tracker.store.migrations import migrations

    conn = sqlite3.connect(f"file:{ROOT / 'incidents.db'}?mode=ro", uri=True)
    applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    conn.close()
    assert applied == migrations.names, "incidents.db is stale: run python scripts/build_example_db.py"
    shipped = tmp_path / "shipped.db"
    shutil.copy(ROOT / "incidents.db", shipped)
    before = shipped.read_bytes()
    run("--db", str(shipped), "timeline", "--format", "table")
    assert shipped.read_bytes() == before
