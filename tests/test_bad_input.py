"""Bad input: a clear one-line error, a non-zero exit, and the database untouched."""

from __future__ import annotations

import sqlite3

import pytest

BASE = ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input"]


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        ([*BASE, "--killed", "-3"], 2, "cannot be negative"),
        ([*BASE, "--killed", "a handful"], 2, "Cannot read killed 'a handful'"),  # 'three' is read (issue 16)
        ([*BASE, "--injured", "5-3"], 2, "low > high"),
        (["add", "--date", "2025-02-30", "--country", "TJ", "--type", "battles", "--no-input"], 2, "Impossible date"),
        (["add", "--date", "yesterday-ish", "--country", "TJ", "--type", "battles"], 2, "Cannot read date"),
        ([*BASE, "--lat", "95", "--lon", "70"], 2, "Latitude 95.0 is out of range"),
        ([*BASE, "--lat", "37", "--lon", "190"], 2, "Longitude 190.0 is out of range"),
        ([*BASE, "--lat", "37"], 2, "both latitude and longitude"),
        ([*BASE, "--attribution", "rumoured"], 2, "unattributed, alleged, suspected, claimed, confirmed, disputed"),
        (["add", "--date", "2025-11-24", "--country", "TJ", "--type", "skirmish"], 2, "Unknown event type 'skirmish'"),
        ([*BASE, "--sub-type", "Peaceful protest"], 2, "belongs to 'Protests'"),
        ([*BASE, "--weapon", "trebuchet"], 2, "Unknown weapon 'trebuchet'"),
        ([*BASE, "--target", "aliens"], 2, "Unknown target type"),
        (["add", "--date", "2025-11-24", "--country", "Narnia", "--type", "battles"], 2, "Unknown country 'Narnia'"),
        ([*BASE, "--end-date", "2025-11-01"], 2, "before the start date"),
        (["add", "--country", "TJ", "--type", "battles", "--no-input"], 2, "Missing date: give it with --date"),
        (["add", "--date", "2025-11-24", "--country", "TJ", "--no-input"], 2, "Missing event type"),
        (["add", "--date", "2025-11-24", "--type", "battles", "--no-input"], 2, "Missing place"),
        ([*BASE, "--published", "2025-12-01"], 2, "belongs to a --source"),
        (["edit", "99", "--killed", "4"], 1, "No incident with id 99"),
        (["edit", "1", "--killed", "-1"], 2, "cannot be negative"),
        (["edit", "1", "--attribution", "maybe"], 2, "Unknown attribution status"),
        (["edit", "1"], 2, "Nothing to change"),
        (["edit", "1", "--clear", "event_date"], 2, "Cannot clear"),
        (["edit", "1", "--end-date", "2025-11-01"], 2, "before the start date"),
        (["show", "42"], 1, "No incident with id 42"),
        (["history", "42"], 1, "No incident with id 42"),
        (["delete", "42", "--reason", "dup"], 1, "No incident with id 42"),
        (["delete", "1", "--reason", "  "], 2, "Give a reason"),
        (["restore", "1"], 2, "is not deleted"),
        (["link", "1", "1"], 2, "cannot be linked to itself"),
        (["link", "1", "2"], 2, "already linked"),
        (["link", "1", "77"], 1, "No incident with id 77"),
        (["link", "1", "2", "--kind", "cousin"], 2, "Unknown link kind"),
        (["unlink", "1", "2", "--kind"], 2, None),
        (["source", "add", "1"], 2, "needs a URL or an outlet"),
        (["source", "add", "9", "https://x"], 1, "No incident with id 9"),
        (["list", "--country", "Atlantis"], 2, "Unknown country"),
        (["list", "--since", "2025-12-01", "--until", "2025-11-01"], 2, "--since: The start date 2025-12-01 is after"),
        (["list", "--sort", "colour"], 2, "Unknown sort key"),
        (["list", "--json", "--csv"], 2, "Choose one output format"),
        (["list", "--search", "  "], 2, "needs at least one word"),
        (["list", "--near", "37.5,71.5"], 2, "--near needs --within"),
        (["list", "--within", "50"], 2, "--within needs --near"),
        (["list", "--near", "95,71", "--within", "5"], 2, "Latitude 95.0 is out of range"),
        (["list", "--format", "xml"], 2, None),
        (["list", "--limit", "-1"], 2, None),
    ],
)
def test_bad_input_fails_cleanly_and_changes_nothing(example_db, run, file_digest, args, code, fragment):
    before = file_digest(example_db)
    result = run(*args, expect=code)
    assert "Traceback" not in result.stderr + result.stdout
    if fragment:
        lines = result.stderr.strip().splitlines()
        assert lines == [f"Error: {lines[0][len('Error: ') :]}"], result.stderr
        assert fragment in result.stderr
    assert result.stdout == ""
    assert file_digest(example_db) == before


def test_malformed_db_file_is_refused_and_left_untouched(tmp_path, run, file_digest):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n")
    before = file_digest(bogus)
    for args in (["list"], ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles"]):
        result = run("--db", str(bogus), *args, expect=1)
        assert result.stderr.strip() == (
            f"Error: --db: {bogus} is not a SQLite database. Give a tracker database (or set TRACKER_DB)."
        )
    assert file_digest(bogus) == before


def test_foreign_sqlite_db_is_refused_and_left_untouched(tmp_path, run, file_digest):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.commit()
    conn.close()
    before = file_digest(other)
    result = run("--db", str(other), "add", "--date", "2025", "--country", "AF", "--type", "riots", expect=1)
    assert "not an incident-tracker one" in result.stderr
    assert file_digest(other) == before


def test_newer_db_is_refused_and_left_untouched(example_db, run, file_digest):
    conn = sqlite3.connect(example_db)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('incident_tracker', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = file_digest(example_db)
    result = run("list", expect=1)
    assert "newer version of incident-tracker" in result.stderr
    assert "m999_from_the_future" in result.stderr
    assert file_digest(example_db) == before


def test_missing_db_for_reading_is_an_error_not_a_new_file(tmp_path, run):
    missing = tmp_path / "nope.db"
    result = run("--db", str(missing), "list", expect=1)
    assert "No database at" in result.stderr
    assert not missing.exists()


def test_failed_add_does_not_create_the_db(tmp_path, run):
    new = tmp_path / "new.db"
    run("--db", str(new), "add", "--date", "2025-11-24", "--country", "TJ", "--type", "nope", expect=2)
    assert not new.exists()


def test_directory_as_db_is_refused(tmp_path, run):
    result = run("--db", str(tmp_path), "list", expect=2)
    assert "Traceback" not in result.stderr


def test_unexpected_errors_are_one_line_unless_debug(example_db, run, monkeypatch):
    from incident_tracker.store import incidents

    def boom(self, incident_id):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(incidents.IncidentStore, "history", boom)
    result = run("history", "1", expect=1)
    assert result.stderr.strip() == (
        "Error: Unexpected RuntimeError: disk on fire. Set TRACKER_DEBUG=1 to see the traceback, and please report it."
    )
    monkeypatch.setenv("TRACKER_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run("history", "1", expect=None)


@pytest.mark.parametrize("off", ["0", "false", "no", "off", "OFF"])
def test_tracker_debug_set_to_off_keeps_the_one_line_error(example_db, run, monkeypatch, off):
    # probe22: "TRACKER_DEBUG=0" turned the tracebacks on, as any value did.
    from incident_tracker.store import incidents

    def boom(self, incident_id):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(incidents.IncidentStore, "history", boom)
    monkeypatch.setenv("TRACKER_DEBUG", off)
    result = run("history", "1", expect=1)
    assert result.stderr.startswith("Error: Unexpected RuntimeError: disk on fire."), result.stderr


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        # found by tests/test_hostile_input.py
        (["edit", "1", "--attribution", ""], 2, "--attribution: The attribution cannot be empty"),
        (["edit", "1", "--type", ""], 2, "--type: The event type cannot be empty"),
        (["show", "9" * 30], 2, "A number given is too large"),
        (["list", "--limit", "9" * 30, "--format", "json"], 2, "A number given is too large"),
        (["list", "--min-killed", "9223372036854775808", "--format", "json"], 2, "A number given is too large"),
        (["list", "--search", "drone\x00attack", "--format", "json"], 0, None),
    ],
)
def test_hostile_values_found_by_hypothesis(example_db, run, file_digest, args, code, fragment):
    before = file_digest(example_db)
    result = run(*args, expect=code)
    if fragment:
        assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
        assert fragment in result.stderr
        assert result.stdout == ""
    assert file_digest(example_db) == before
