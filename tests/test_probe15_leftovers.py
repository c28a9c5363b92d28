"""Session 22's hostile probe (probe15), its first half: what probe14 left. An index or a view another
program made, named by ``check``; tolls that are no number counted as unknown by ``stats`` and
``timeline``; the readers that left out a wrong value without a Note of their own. Each test of a fix
failed before it (run against the code before it); docs/reliability.md has the table. The second half,
the library used from Python, is tests/test_probe15_library.py."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker.store import IncidentStore
from incident_tracker.store.schema_objects import OWN_INDEXES, OWN_VIEWS, index_columns, view_fingerprint
from test_probe14 import WRONG_VALUES, _by_hand, _desk

Run = Callable[..., Result]


def _sql(db: Path, *statements: str) -> None:
    """Change the file as another program would, through a connection of its own."""
    conn = sqlite3.connect(db)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_our_indexes_and_views_are_those_the_migrations_make(tmp_path: Path) -> None:
    with IncidentStore.open(tmp_path / "fresh.db") as store:
        rows = store.conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'view') AND sql IS NOT NULL"
        ).fetchall()
        indexes = {name: (table, index_columns(store.conn, name)) for kind, name, table, _ in rows if kind == "index"}
        views = {name: view_fingerprint(sql) for kind, name, _, sql in rows if kind == "view"}
    assert indexes == OWN_INDEXES
    assert views.keys() == OWN_VIEWS.keys()
    assert all(fingerprint in OWN_VIEWS[name] for name, fingerprint in views.items())


def test_check_names_an_index_or_view_another_program_made_and_says_it_is_harmless(run: Run, db_path: Path) -> None:
    run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--killed", "2", "--no-input")
    listed = run("list", "--json").stdout
    assert "indexes and views" not in run("check").stdout  # a file as tracker made it: nothing named
    _sql(
        db_path,
        "CREATE INDEX idx_mine ON incidents (place)",
        "CREATE VIEW my_report AS SELECT id, place FROM incidents",
        "DROP VIEW incidents_overview",
        "CREATE VIEW incidents_overview AS SELECT id FROM incidents WHERE killed > 100",
        "DROP INDEX idx_incidents_killed",
        "CREATE INDEX idx_incidents_killed ON incidents (injured)",
    )
    # Before: check said nothing of any of them (probe14: "neither named nor refused").
    result = run("check")
    line = next(line for line in result.stdout.splitlines() if "indexes and views" in line)
    assert line.startswith("warning")
    for named in (
        "index 'idx_incidents_killed' on incidents (injured) (ours by name, made again on other columns)",
        "index 'idx_mine' on incidents (place)",
        "view 'incidents_overview' (ours by name, made again by another program)",
        "view 'my_report'",
        "Harmless to tracker",
    ):
        assert named in line
    # Harmless indeed: every read answers the same, and a write goes through.
    assert run("list", "--json").stdout == listed
    run("edit", "1", "--killed", "3", "--reason", "a second report")


NOTED = (
    "a toll in words",
    "a negative toll",
    "a month 13",
    "a date in words",
    "a precision out of the codebook",
    "latitude 200",
)
READERS = (
    ("timeline",),
    ("timeline", "--by", "country"),
    ("stats",),
    ("stats", "--json"),
    ("stats", "--country", "TJ"),
    ("duplicates",),
    ("export", "-o", "-"),
)


@pytest.mark.parametrize("case", NOTED)
def test_the_readers_that_build_no_record_say_what_they_read_as_unknown(case: str, run: Run, db_path: Path) -> None:
    """probe14 left `timeline`, `stats` and `duplicates` leaving out an incident whose date is no day (and reading a
    toll of 'many' as unknown) without a Note of their own, and the CSV export writing such values as stored without
    one, where `list`, `show` and the JSON export say so. Now each says it in the same one line, on standard error."""
    _desk(run)
    assert all("Note:" not in run(*args).stderr for args in READERS)  # a clean file: no Note from any
    _by_hand(db_path, WRONG_VALUES[case][0])
    for args in READERS:
        result = run(*args)
        notes = [line for line in result.stderr.splitlines() if line.startswith("Note:")]
        assert len(notes) == 1 and notes[0].startswith("Note: incident 1 ("), (args, result.stderr)
        assert "'tracker check' names each" in notes[0]
        assert "Note" not in result.stdout
        if args[0] == "export":
            assert "written as stored, and 'tracker import' refuses them" in notes[0]
        else:
            assert "read as unknown" in notes[0]


FIGURES = (
    ("stats", "--json"),
    ("stats", "--json", "--country", "TJ"),
    ("stats", "--json", "--since", "2025-01-01"),
    ("timeline", "--json"),
    ("timeline", "--json", "--by", "country"),
)


@pytest.mark.parametrize(
    "stored", ["'many'", "x'0102'", "-3", "'lots'"], ids=["a word", "a blob", "negative", "another word"]
)
def test_a_toll_that_is_no_count_is_counted_as_unknown_by_stats_and_timeline(
    stored: str, run: Run, db_path: Path, tmp_path: Path
) -> None:
    """Before: `stats` and `timeline` counted a toll of 'many' as a known toll of 0 (the summary tables, kept by
    m012's triggers, and the figures' SQL counted what is not NULL and summed the text as 0): a wrong figure where
    the record readers say unknown. Now the figures of a file holding 'many' are those of the same file with the
    toll empty, byte for byte, from the summaries (no filter) and from the incidents (a filter) alike."""
    _desk(run)
    _by_hand(
        db_path, f"UPDATE incidents SET killed = {stored} WHERE id = 1; UPDATE incidents SET injured = 5 WHERE id = 3"
    )
    wrong = {args: run(*args).stdout for args in FIGURES}
    _by_hand(db_path, "UPDATE incidents SET killed = NULL WHERE id = 1")
    for args in FIGURES:
        assert run(*args).stdout == wrong[args], args
    assert "PROBLEM  stats" not in run("check", expect=None).stdout  # the summaries agree with the incidents


def test_an_old_file_holding_many_is_counted_anew_when_upgraded(run: Run, db_path: Path) -> None:
    """A file whose summaries m012's triggers kept (a toll of 'many' added as a known 0) is filled again by m017."""
    _desk(run)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for name in ("incidents_stats_ai", "incidents_stats_ad", "incidents_stats_au"):
        conn.execute(f"DROP TRIGGER {name}")
    from incident_tracker.store.stats_summary import trigger_sql

    for sql in trigger_sql(tolls="stored")[:3]:  # m012's, as an older tracker left them
        conn.execute(sql)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm017_tolls_counted'")
    conn.execute("UPDATE incidents SET killed = 'many' WHERE id = 1")
    conn.close()
    before = sqlite3.connect(db_path).execute("SELECT sum(killed_known) FROM stats_cube").fetchone()[0]
    run("list")  # opening upgrades the file
    after = sqlite3.connect(db_path).execute("SELECT sum(killed_known) FROM stats_cube").fetchone()[0]
    assert (before, after) == (3, 2)  # incident 1's 'many' no longer a known toll
    assert "PROBLEM  stats" not in run("check", expect=None).stdout


def test_a_week_day_stored_as_a_date_is_read_as_unknown(run: Run, db_path: Path) -> None:
    """Found by this probe: the record readers took `2025-W47-1` (an ISO week day) for a day, as
    `date.fromisoformat` does, and showed it as the incident's date, where SQL's `date()` (the timeline's
    and the duplicate sweep's test) does not; `check` said nothing."""
    _desk(run)
    _by_hand(db_path, "UPDATE incidents SET event_date = '2025-W47-1' WHERE id = 1")
    listed = run("list", "--json")
    (first,) = [record for record in json.loads(listed.stdout) if record["id"] == 1]
    assert first["event_date"] is None
    assert "Note: incident 1 (event_date '2025-W47-1'" in listed.stderr
    assert (
        "incident 1 holds what no version of tracker writes: event_date '2025-W47-1'" in run("check", expect=1).stdout
    )


def _casualties_view(db_path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT month, country, killed_best, killed_low, killed_high, incidents_killed_unknown "
            "FROM casualties_by_month ORDER BY month, country"
        ).fetchall()
    finally:
        conn.close()


def test_the_casualties_view_counts_a_toll_that_is_no_count_as_unknown(run: Run, db_path: Path) -> None:
    """probe15's leftover, mended by m018: `casualties_by_month`, our view for Datasette and DB Browser
    users, summed a toll of 'many' as a known 0 where `stats` and `timeline` read it as unknown."""
    _desk(run)
    _by_hand(db_path, "UPDATE incidents SET killed = NULL WHERE id = 1")
    empty = _casualties_view(db_path)
    for written in ("'many'", "-3", "x'00'"):
        _by_hand(db_path, f"UPDATE incidents SET killed = {written} WHERE id = 1")
        assert _casualties_view(db_path) == empty, written  # the same rows as with the toll empty
    assert any(row[5] for row in empty)  # and incident 1 among the unknown tolls of its month


def test_an_old_files_casualties_view_is_made_anew_when_upgraded(run: Run, db_path: Path) -> None:
    """A file whose view is m006's (as every tracker before m018 left it) gets m018's when opened."""
    _desk(run)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DROP VIEW casualties_by_month")
    conn.execute(
        "CREATE VIEW casualties_by_month AS SELECT substr(event_date, 1, 7) AS month, country, count(*) AS incidents, "
        "sum(killed) AS killed_best, sum(coalesce(killed_low, killed)) AS killed_low, "
        "sum(coalesce(killed_high, killed)) AS killed_high, sum(killed IS NULL) AS incidents_killed_unknown "
        "FROM incidents WHERE deleted_at IS NULL GROUP BY 1, 2"
    )
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm018_casualties_view_counted'")
    conn.execute("UPDATE incidents SET killed = 'many' WHERE id = 1")
    conn.close()
    tajik = [row for row in _casualties_view(db_path) if row[1] == "TJ"]
    assert [row[5] for row in tajik] == [0]  # the old view: incident 1's 'many' a known toll
    run("list")  # opening upgrades the file
    assert [row[5] for row in _casualties_view(db_path) if row[1] == "TJ"] == [1]
    made = sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master WHERE name = 'casualties_by_month'")
    assert "BETWEEN 0 AND" in made.fetchone()[0]
