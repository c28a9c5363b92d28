"""Databases made by earlier releases open in this one with every row intact.

``tests/fixtures/release-0.1.0.db`` was written by the first release (its commands are in
``make_release_0_1_0.py``, its every row in ``release-0.1.0.json``). The test upgrades a
copy with the current code and compares row by row. Every future schema change adds a
fixture made by the release before it, and a line to ``FIXTURES``.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from incident_tracker.store.migrations import migrations

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
FIXTURES = ["release-0.1.0"]
sys.path.insert(0, str(FIXTURES_DIR))

from make_release_0_1_0 import dump  # noqa: E402

#: Blank databases here run every migration, not the replay of tests/conftest.py.
pytestmark = pytest.mark.real_migrations


def _load_dump(name: str) -> dict[str, list[list[object]]]:
    return json.loads((FIXTURES_DIR / f"{name}.json").read_text())


@pytest.mark.parametrize("name", FIXTURES)
def test_old_database_upgrades_with_every_row_intact(name, tmp_path, run, file_digest):
    fixture = FIXTURES_DIR / f"{name}.db"
    before_fixture = file_digest(fixture)
    copy = tmp_path / f"{name}.db"
    shutil.copy(fixture, copy)
    expected = _load_dump(name)

    # A write command upgrades the file (migrations run on every open) ...
    run("--db", str(copy), "add", "--date", "2026-01-02", "--country", "TJ", "--type", "battles", "--no-input")
    after = dump(copy)
    applied = [row[2] for row in after["_sqlite_migrations"]]
    assert applied == migrations.names
    # ... and every old row is still there, unchanged, in every table.
    for table, old_rows in expected.items():
        if table == "_sqlite_migrations":
            assert after[table][: len(old_rows)] == old_rows
            continue
        # Later migrations may append columns (NULL for old rows): compare the old ones.
        width = len(old_rows[0]) if old_rows else 0
        assert all(value is None for row in after[table][: len(old_rows)] for value in row[width:])
        kept = [row[:width] for row in after[table] if row[:width] in old_rows]
        assert kept == old_rows, f"{table}: rows lost or changed in the upgrade"
    assert file_digest(fixture) == before_fixture, "the test must work on a copy"


def test_old_database_reads_as_it_did(tmp_path, run_json):
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURES_DIR / "release-0.1.0.db", copy)
    first = run_json("--db", str(copy), "show", "1", "--json")
    assert (first["event_date"], first["killed_low"], first["killed_high"], first["weapons"]) == (
        "2025-11-26",
        3,
        4,
        ["drone", "grenade"],
    )
    assert [s["outlet"] for s in first["sources"]] == ["Inter Bellum News", "Other Outlet"]
    assert (2, "related") in [(link["id"], link["kind"]) for link in first["links"]]
    assert [h["reason"] for h in first["history"] if h["action"] == "update"] == ["second report gives 26 Nov"] * 3
    deleted = run_json("--db", str(copy), "list", "--deleted", "--json")
    assert [(d["id"], d["deleted_reason"]) for d in deleted] == [(4, "same attack as 1")]
    found = run_json("--db", str(copy), "list", "--search", "нападение", "--json")
    assert [f["id"] for f in found] == [2]
    places = run_json("--db", str(copy), "places", "list", "--json")
    assert {p["name"] for p in places} == {"Esteqlol border crossing", "Camp Ӯ-7"}
