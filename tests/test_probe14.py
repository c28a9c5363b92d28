"""Session 21's hostile probe (probe14), its second half: a database someone else has touched. Analysts
pass files to each other and open them in DB Browser for SQLite; these files are made by the tool, then
changed by hand with the standard ``sqlite3`` module (the schema's CHECKs set aside, as such a program
can, or the table made again without them), and driven through the real CLI. Each test of a fix failed
before it. docs/reliability.md has the table ("A hostile probe: the leftovers, and a database someone
else has touched (probe14)"); the leftovers of probe13 are in tests/test_probe14_leftovers.py."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import copy_of_built

Run = Callable[..., Result]

READING = (
    ("list",),
    ("list", "--country", "TJ", "--min-killed", "1"),
    ("list", "--search", "Khorog"),
    ("list", "--json"),
    ("show", "1"),
    ("show", "1", "--json"),
    ("timeline",),
    ("timeline", "--by", "country"),
    ("stats",),
    ("stats", "--json"),
    ("export", "-o", "-"),
    ("export", "-f", "json", "-o", "-"),
    ("export", "-f", "geojson", "-o", "-"),
    ("history", "1"),
    ("duplicates",),
    ("chart", "-f", "svg", "-o", "-"),
    ("map", "-f", "svg", "-o", "-"),
)


def _read_everything(run: Run, tmp_path: Path) -> dict[tuple[str, ...], Result]:
    """Every reading command, and the desk's brief of every change since 2025 (its history rows read the
    incidents' dates too): each ends cleanly with exit 0. Each command's result, for a test to read further
    without running the command again."""
    brief = ("brief", "--since", "2025-01-01", "--out", str(tmp_path / "brief.md"), "--force")
    results = {}
    for args in (*READING, brief):
        result = results[args] = run(*args, expect=None)
        _clean(result)
        assert result.exit_code == 0, (args, result.stderr)
    return results


def _desk(run: Run) -> None:
    """Three incidents (two of them a likely duplicate pair), a source, a link and an edit, at ``TRACKER_DB``: made
    by the CLI for the session's first test and copied for the others (``conftest.copy_of_built``, the same file byte
    for byte; five commands and two geocodings a test before, suite28)."""
    common = ("--country", "TJ", "--type", "explosions", "--no-input")

    def build(_: Path) -> None:
        run(
            "add",
            "--date",
            "2025-11-24",
            "--place",
            "Khorog",
            "--killed",
            "3",
            "--outlet",
            "X",
            "--weapon",
            "drone",
            *common,
        )
        run("add", "--date", "2025-11-30", "--country", "AF", "--type", "vac", "--killed", "2-4", "--no-input")
        run("add", "--date", "2025-11-26", "--place", "Khorog", "--killed", "1", *common)
        run("link", "1", "2", "--kind", "related")
        run("edit", "1", "--killed", "4", "--reason", "a second report")

    copy_of_built("probe14_desk", Path(os.environ["TRACKER_DB"]), build)


def _by_hand(db_path: Path, sql: str) -> None:
    """Change the file as DB Browser would let anyone: CHECK constraints and foreign keys set aside."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.executescript(sql)
    conn.close()


def _rebuilt_without_constraints(db_path: Path) -> None:
    """DB Browser's "Modify table": ``incidents`` made again with its columns' types only (no NOT NULL,
    UNIQUE or CHECK), its rows copied, its indexes and triggers made again."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    columns = [(row[1], row[2]) for row in conn.execute("PRAGMA table_info(incidents)")]
    others = [
        row[0]
        for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'incidents' AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"
        )
    ]
    spelled = ", ".join(f'"{name}" {kind}' + (" PRIMARY KEY" if name == "id" else "") for name, kind in columns)
    conn.executescript(
        f"PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON; BEGIN; CREATE TABLE sqlb_temp ({spelled}); "
        "INSERT INTO sqlb_temp SELECT * FROM incidents; DROP TABLE incidents; "
        "ALTER TABLE sqlb_temp RENAME TO incidents; " + "; ".join(others) + "; COMMIT;"
    )
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clean(result: Result) -> None:
    """A command that ended as the guide says: no traceback, no 'Unexpected', each message one line."""
    assert "Traceback" not in result.stderr and "Unexpected" not in result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


# --- values of the wrong type in typed columns --------------------------------------------------

WRONG_VALUES = {
    "a toll in words": ("UPDATE incidents SET killed = 'many' WHERE id = 1", "killed"),
    "a toll as a blob": ("UPDATE incidents SET killed = x'0102' WHERE id = 1", "killed"),
    "a negative toll": ("UPDATE incidents SET killed = -3 WHERE id = 1", "killed"),
    "low above best above high": (
        "UPDATE incidents SET killed_low = 9, killed = 4, killed_high = 1 WHERE id = 1",
        "killed",
    ),
    "a month 13": ("UPDATE incidents SET event_date = '2024-13-45' WHERE id = 1", "event_date"),
    "a date in words": ("UPDATE incidents SET event_date = 'yesterday' WHERE id = 1", "event_date"),
    "a precision out of the codebook": ("UPDATE incidents SET date_precision = 'fortnight' WHERE id = 1", "event_date"),
    "a latitude in words": ("UPDATE incidents SET latitude = 'north' WHERE id = 1", "latitude"),
    "latitude 200": ("UPDATE incidents SET latitude = 200 WHERE id = 1", "latitude"),
    "a status out of the codebook": ("UPDATE incidents SET attribution = 'rumoured' WHERE id = 1", None),
}


@pytest.mark.parametrize("case", list(WRONG_VALUES))
def test_every_reading_command_reads_a_wrong_value_as_unknown_and_says_so(
    case: str, run: Run, db_path: Path, tmp_path: Path
) -> None:
    """Before: `list` stopped with `Unexpected ValueError: month must be in 1..12` (and `show`, `timeline`,
    `stats`, `duplicates`), `stats` with `invalid literal for int(): 'many'`, `duplicates` with `'<' not
    supported between 'str' and 'int'`, `show` with `Unknown format code 'f' for object of type 'str'`, and
    `list` of a status out of the codebook with Rich's `MarkupError`, `brief` with `month must be in 1..12`
    (and, for an empty date, `'<' not supported between 'NoneType' and 'str'`). Now each command runs, the value is
    read as unknown (never computed with), the file is untouched, and one Note names the incident."""
    _desk(run)
    sql, field = WRONG_VALUES[case]
    _by_hand(db_path, sql)
    before = _digest(db_path)
    listed = _read_everything(run, tmp_path)[("list", "--json")]  # exit 0, and the file untouched after it
    assert _digest(db_path) == before
    assert "Note: incident 1 (" in listed.stderr and "'tracker check' names each" in listed.stderr
    (first,) = [record for record in json.loads(listed.stdout) if record["id"] == 1]
    if field is not None:
        assert first[field] is None, first
    else:
        assert first["attribution"] == "rumoured"  # the coded text is shown as written, escaped


@pytest.mark.parametrize("case", list(WRONG_VALUES))
def test_check_names_each_wrong_value_with_its_incident(case: str, run: Run, db_path: Path) -> None:
    """Before: `check` passed a date '2024-13-45', 'yesterday' or a status out of the codebook without a
    word (the CHECK constraint failures it did see named no incident), and stopped on a latitude of
    'north' (`Unexpected ValueError: could not convert string to float`)."""
    _desk(run)
    _by_hand(db_path, WRONG_VALUES[case][0])
    result = run("check", expect=1)
    _clean(result)
    assert any(line.startswith("PROBLEM  values: incident 1 holds") for line in result.stdout.splitlines())


def test_an_edit_keeping_a_wrong_value_is_refused_and_one_setting_it_keeps_the_old_in_history(
    run: Run, db_path: Path
) -> None:
    """Before: `edit 1 --killed 5` on a date '2024-13-45' stopped with `Unexpected ValueError`; an edit of
    any field of a record with a latitude of 200 was refused as if the user had typed it (`--lat: Latitude
    200.0 is out of range`); a precision 'fortnight' was saved again by an edit of the description."""
    _desk(run)
    _by_hand(db_path, "UPDATE incidents SET event_date = '2024-13-45', latitude = 200 WHERE id = 1")
    before = _digest(db_path)
    refused = run("edit", "1", "--killed", "5", expect=1)
    assert refused.stderr.count("\n") == 1 and "holds what no version of tracker writes" in refused.stderr
    assert "set its date in the same edit" in refused.stderr
    assert _digest(db_path) == before
    run("edit", "1", "--date", "2025-11-24", "--lat", "37.49", "--lon", "71.55", "--reason", "repaired")
    history = run("history", "1", "--json", expect=0)
    changes = {(entry["field"], entry["old_value"]) for entry in json.loads(history.stdout)}
    assert ("event_date", "2024-13-45") in changes and ("latitude", "200.0") in changes
    assert "PROBLEM  values" not in run("check", expect=None).stdout


def test_a_table_rebuilt_without_its_constraints_holds_empty_required_values(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    """A table another program made again without NOT NULL or UNIQUE: an empty date, event type and
    status, two incidents with one uid. Reading commands read the empty date as unknown; `check` names
    each incident."""
    _desk(run)
    _rebuilt_without_constraints(db_path)
    _by_hand(
        db_path,
        "UPDATE incidents SET event_date = NULL, event_type = NULL, attribution = NULL WHERE id = 1; "
        "UPDATE incidents SET uid = (SELECT uid FROM incidents WHERE id = 1) WHERE id = 3;",
    )
    _read_everything(run, tmp_path)
    checked = run("check", expect=1).stdout
    assert "PROBLEM  values: incident 1 holds what no version of tracker writes: event_date empty" in checked
    assert "PROBLEM  uids: incidents 1,3 share the uid" in checked


def test_history_out_of_time_order_is_named(run: Run, db_path: Path) -> None:
    _desk(run)
    _by_hand(db_path, "UPDATE history SET changed_at = '2020-01-01T00:00:00Z' WHERE action = 'update'")
    result = run("check", expect=0)
    assert "warning  history order: 1 incident(s) have history entries out of time order" in result.stdout
    assert "(ids 1)" in result.stdout


# --- rows that break the links, ids at the edge --------------------------------------------------


def test_an_id_at_the_largest_sqlite_has_is_no_full_disk(run: Run, db_path: Path) -> None:
    """Before: with an incident id set by hand to 2^63 - 1, `add` said `the disk is full (or the file
    reached its size limit) … free some space`: SQLite's SQLITE_FULL for an AUTOINCREMENT out of ids."""
    _desk(run)
    _by_hand(
        db_path,
        "UPDATE incidents SET id = 9223372036854775807 WHERE id = 3; "
        "UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'incidents';",
    )
    before = _digest(db_path)
    result = run("add", "--date", "2025-12-01", "--country", "TJ", "--type", "battles", "--no-input", expect=1)
    assert "its incident ids have reached 9,223,372,036,854,775,807" in result.stderr
    assert "disk" not in result.stderr and result.stderr.count("\n") == 1
    assert _digest(db_path) == before


def test_orphans_are_named_by_check(run: Run, db_path: Path) -> None:
    """A source, a history entry and a link pointing at incident 999 (held before this probe)."""
    _desk(run)
    _by_hand(
        db_path,
        "INSERT INTO sources (incident_id, url, added_at) VALUES (999, 'https://o.org', '2025-01-01T00:00:00Z');"
        "INSERT INTO history (incident_id, changed_at, action) VALUES (999, '2025-01-01T00:00:00Z', 'update');"
        "INSERT INTO links (incident_id, other_id, kind, created_at) VALUES (1, 999, 'related', '2025');",
    )
    for args in READING:
        _clean(run(*args, expect=None))
    checked = run("check", expect=1).stdout
    for table in ("sources", "history", "links"):
        assert f"PROBLEM  orphans: 1 {table} row(s) point at a missing row" in checked


# --- objects that are not ours -------------------------------------------------------------------

SPY = (
    "CREATE TABLE spy (seen TEXT); "
    "CREATE TRIGGER spy_new AFTER INSERT ON incidents BEGIN INSERT INTO spy VALUES (new.description); END; "
    "CREATE TRIGGER spy_changed AFTER UPDATE ON incidents BEGIN INSERT INTO spy VALUES (new.id); END;"
)
WRITING = (
    ("add", "--date", "2025-12-01", "--country", "TJ", "--type", "battles", "--description", "secret", "--no-input"),
    ("edit", "2", "--killed", "5", "--reason", "x"),
    ("delete", "3", "--reason", "same attack as 1"),
    ("source", "add", "2", "https://example.org/b"),
    ("link", "2", "3", "--kind", "related"),
)


@pytest.mark.parametrize(
    "trigger",
    [
        SPY,
        "CREATE TRIGGER no_history BEFORE INSERT ON history BEGIN SELECT RAISE(IGNORE); END;",
        "CREATE TRIGGER refuse BEFORE UPDATE ON incidents BEGIN SELECT RAISE(ABORT, 'nope'); END;",
        # one of ours by name, with another body
        "DROP TRIGGER incidents_au; CREATE TABLE spy (seen TEXT); "
        "CREATE TRIGGER incidents_au AFTER UPDATE ON incidents BEGIN INSERT INTO spy VALUES (new.id); END;",
    ],
    ids=["copies elsewhere", "drops the history entry", "raises", "ours by name, not by body"],
)
def test_a_trigger_we_did_not_make_refuses_every_write_in_one_line(trigger: str, run: Run, db_path: Path) -> None:
    """Before: every write ran the file's trigger silently: a new incident's description was copied into
    another table, `RAISE(IGNORE)` on history left an edit with no history entry (exit 0), a raising one
    gave `Database error: nope`. Now each write is refused before anything runs, naming the trigger."""
    _desk(run)
    _by_hand(db_path, trigger)
    before = _digest(db_path)
    for args in WRITING:
        result = run(*args, expect=1)
        _clean(result)
        assert "holds a trigger tracker did not make" in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "DROP TRIGGER" in result.stderr
    assert _digest(db_path) == before
    for args in READING:  # reading fires no trigger, and writes nothing
        assert run(*args, expect=None).exit_code == 0, args
    assert _digest(db_path) == before
    assert "PROBLEM  triggers:" in run("check", expect=1).stdout


def test_an_import_into_a_file_with_a_foreign_trigger_is_refused(run: Run, db_path: Path, tmp_path: Path) -> None:
    _desk(run)
    exported = tmp_path / "desk.csv"
    run("export", "-o", str(exported))
    _by_hand(db_path, SPY)
    before = _digest(db_path)
    result = run("import", str(exported), expect=1)
    assert "holds a trigger tracker did not make: 'spy_changed' (on incidents), 'spy_new'" in result.stderr
    assert _digest(db_path) == before


def test_an_old_database_with_a_foreign_trigger_is_not_upgraded_by_a_read(run: Run, tmp_path: Path) -> None:
    """An upgrade writes (m014 sets a column of every incident), which would fire a trigger on incidents:
    a reading command that must upgrade the file is refused, whole."""
    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "release-0.1.0.db", old)
    _by_hand(old, SPY)
    before = _digest(old)
    result = run("--db", str(old), "list", expect=1)
    assert "holds a trigger tracker did not make" in result.stderr
    assert _digest(old) == before


def test_our_triggers_are_known_by_every_body_a_migration_gave_them() -> None:
    """schema_guard.OWN_TRIGGERS against a database migrated one step at a time: a new migration that
    makes or remakes a trigger must add its fingerprint, or every write would be refused."""
    from sqlite_utils import Database

    from incident_tracker.store.migrations import migrations
    from incident_tracker.store.schema_guard import OWN_TRIGGERS, fingerprint

    seen: dict[str, set[str]] = {}
    names = migrations.names
    for step in range(1, len(names) + 1):
        conn = sqlite3.connect(":memory:")
        options = {"stop_before": names[step]} if step < len(names) else {}
        migrations.real().apply(Database(conn), **options)
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"):
            seen.setdefault(name, set()).add(fingerprint(sql))
        conn.close()
    assert {name: frozenset(prints) for name, prints in seen.items()} == OWN_TRIGGERS


def test_a_migrations_table_edited_by_hand_is_one_line(run: Run, db_path: Path) -> None:
    """Before: `Cannot use …: duplicate column name: imported.` (m015 run again on a file that has its
    column), or `table stats_cube already exists`, with nothing said of why."""
    _desk(run)
    _by_hand(db_path, "DELETE FROM _sqlite_migrations WHERE name = 'm015_history_imported'")
    before = _digest(db_path)
    result = run("list", expect=1)
    assert "Cannot upgrade" in result.stderr and "_sqlite_migrations" in result.stderr
    assert result.stderr.count("\n") == 1
    assert _digest(db_path) == before


def test_a_table_of_ours_with_other_columns_is_named(run: Run, db_path: Path) -> None:
    """Before: `Database error: no such column: incident_id. Nothing was changed.` from every reading
    command, and `check` said the same."""
    _desk(run)
    _by_hand(db_path, "DROP TABLE links; CREATE TABLE links (a, b);")
    result = run("list", expect=1)
    assert "the file's tables are not as tracker made them" in result.stderr
    checked = run("check", expect=1).stdout
    assert "PROBLEM  tables: the table links lacks the column(s) id, incident_id, other_id" in checked


def test_a_view_or_index_of_another_program_changes_nothing(run: Run, db_path: Path) -> None:
    """A view replacing ours (incidents_overview, for Datasette users) and an index of the same name on
    another column: no command reads the view, and an index changes no answer."""
    _desk(run)
    expected = run("list", "--json").stdout
    _by_hand(
        db_path,
        "DROP VIEW incidents_overview; CREATE VIEW incidents_overview AS SELECT 1 AS id; "
        "DROP INDEX idx_incidents_event_date; CREATE INDEX idx_incidents_event_date ON incidents (description);",
    )
    assert run("list", "--json").stdout == expected
    run("add", "--date", "2025-12-01", "--country", "TJ", "--type", "battles", "--no-input")


def test_bytes_where_text_belongs_are_named_not_quoted(run: Run, db_path: Path) -> None:
    """Before: the CSV export of a place holding bytes that are no UTF-8 said `Database error: Could not decode
    to UTF-8 column 'printf('%s,%s,…', i.uid, …)' with text '01M9…`: our SQL and a piece of the data on the
    error line; `check` found nothing. A 50 MB blob in a description held (every command ran)."""
    _desk(run)
    _by_hand(db_path, "UPDATE incidents SET place = x'ff00fe' WHERE id = 1")
    result = run("export", "-o", "-", expect=1)
    assert "a text field holds bytes that are not UTF-8 text" in result.stderr
    assert "printf" not in result.stderr and result.stderr.count("\n") == 1
    assert "PROBLEM  values: incident 1 holds what no version of tracker writes: place a blob of 3 bytes" in (
        run("check", expect=1).stdout
    )


def test_an_import_into_a_file_where_two_incidents_share_a_uid_is_refused(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    """Before: with the UNIQUE constraint lost (a table rebuilt by another program) and incident 3 given
    incident 1's uid, importing a colleague's export updated one of the two, whichever came last, and
    added incident 3's row as new (exit 0): a guess at which incident a row meant."""
    _desk(run)
    exported = tmp_path / "desk.csv"
    run("export", "-o", str(exported))
    _rebuilt_without_constraints(db_path)
    _by_hand(db_path, "UPDATE incidents SET uid = (SELECT uid FROM incidents WHERE id = 1), killed = 9 WHERE id = 3")
    before = _digest(db_path)
    for dry in ((), ("--dry-run",)):
        result = run("import", str(exported), *dry, expect=1)
        assert "Incidents 1 and 3 in the database share the uid" in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1
    assert _digest(db_path) == before
