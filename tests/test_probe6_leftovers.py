"""The leftovers of session 13's hostile probes: stored dates an edit trips over, import from
standard input, a closed pipe, JSON records counted as records, times in the future."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import output_buffering

Run = Callable[..., Result]


def _json_array(path: Path, records: list[dict[str, object]]) -> Path:
    """An array written one field per line, as editors and jq print it: its records are not lines."""
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    return path


# --- JSON records are counted as records ----------------------------------------------------


def test_a_json_array_names_the_bad_record_by_its_place_not_a_line(run: Run, tmp_path: Path) -> None:
    records = [
        {"event_date": "2025-10-03", "event_type": "battles", "country": "TJ"},
        {"event_date": "2025-10-04", "event_type": "battles", "country": "TJ", "killed": "plenty of them"},
    ]
    bad = _json_array(tmp_path / "week.json", records)
    refused = run("import", str(bad), expect=2)
    assert "week.json, record 2, column killed:" in refused.stderr
    assert "line" not in refused.stderr.split("column killed")[0]
    skipped = run("import", str(bad), "--skip-invalid")
    assert "Rejected record 2, column killed:" in skipped.stderr


def test_a_json_array_naming_an_incident_twice_names_both_records(run: Run, tmp_path: Path) -> None:
    days = ("2025-10-03", "2025-10-05")
    twice = [{"uid": "desk-7", "event_date": d, "event_type": "battles", "country": "TJ"} for d in days]
    refused = run("import", str(_json_array(tmp_path / "twice.json", twice)), expect=2)
    assert "records 1 and 2 both have uid desk-7" in refused.stderr


def test_csv_and_json_lines_still_count_lines(run: Run, tmp_path: Path) -> None:
    lines = tmp_path / "week.jsonl"
    lines.write_text(
        '{"event_date": "2025-10-03", "event_type": "battles", "country": "TJ"}\n\n'
        '{"event_date": "2025-10-04", "event_type": "battles", "country": "TJ", "killed": "plenty of them"}\n'
    )
    assert "week.jsonl, line 3, column killed:" in run("import", str(lines), expect=2).stderr
    table = tmp_path / "week.csv"
    table.write_text("event_date,event_type,country,killed\n2025-10-04,battles,TJ,plenty of them\n")
    assert "week.csv, line 2, column killed:" in run("import", str(table), expect=2).stderr


# --- times in the future ---------------------------------------------------------------------


@pytest.mark.parametrize("column", ["created_at", "updated_at", "deleted_at"])
def test_a_record_time_far_in_the_future_is_refused_naming_the_row(run: Run, tmp_path: Path, column: str) -> None:
    table = tmp_path / "desk.csv"
    table.write_text(
        f"event_date,event_type,country,{column}\n"
        "2025-10-03,battles,TJ,2025-10-04T08:00:00Z\n"
        "2025-10-05,battles,TJ,2999-03-01T08:00:00Z\n"
    )
    refused = run("import", str(table), expect=2)
    assert f"desk.csv, line 3, column {column}: {column} 2999-03-01T08:00:00Z is in the future" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "Nothing was imported" in refused.stderr


def test_a_history_time_far_in_the_future_is_refused_naming_the_history_row(run: Run, tmp_path: Path) -> None:
    record = {
        "event_date": "2025-10-03",
        "event_type": "battles",
        "country": "TJ",
        "history": [
            {"changed_at": "2025-10-04T08:00:00Z", "action": "create"},
            {"changed_at": "2999-01-01T00:00:00Z", "action": "update", "field": "killed", "new_value": "2"},
        ],
    }
    lines = tmp_path / "desk.jsonl"
    lines.write_text(json.dumps(record) + "\n")
    refused = run("import", str(lines), expect=2)
    assert "line 1, column history: history row 2: changed_at 2999-01-01T00:00:00Z is in the future" in refused.stderr


def test_a_time_a_few_hours_ahead_is_a_clock_and_is_kept(run: Run, tmp_path: Path) -> None:
    """Clocks and time zones disagree by hours: a day's slack, not a refusal of every fast clock."""
    import datetime as dt

    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    table = tmp_path / "fast.csv"
    table.write_text(f"event_date,event_type,country,created_at\n2025-10-03,battles,TJ,{soon}\n")
    run("import", str(table))
    assert json.loads(run("show", "1", "--json").stdout)["created_at"] == soon


# --- import from standard input ---------------------------------------------------------------


def test_import_dash_reads_standard_input_in_the_given_format(run: Run, tmp_path: Path) -> None:
    lines = (
        '{"event_date": "2025-10-03", "event_type": "battles", "country": "TJ"}\n'
        '{"event_date": "2025-10-06", "event_type": "explosions", "country": "TJ", "killed": 2}\n'
    )
    result = run("import", "-", "--format", "jsonl", input=lines)
    assert "Imported standard input: 2 added" in result.stderr
    assert sorted(r["event_date"] for r in json.loads(run("list", "--json").stdout)) == ["2025-10-03", "2025-10-06"]
    reasons = {h["reason"] for h in json.loads(run("history", "1", "--json").stdout)}
    assert reasons == {"import of standard input"}
    again = run("import", "-", "-f", "jsonl", input=lines)
    assert "0 added, 0 updated, 2 unchanged" in again.stderr


def test_import_dash_needs_the_format_in_one_line(run: Run, tmp_path: Path) -> None:
    refused = run("import", "-", input="event_date,event_type,country\n2025-10-03,battles,TJ\n", expect=2)
    assert refused.stderr.startswith(
        "Error: --format: Standard input ('-') has no file name to tell its format: name it (csv, jsonl or json)."
    )
    assert len(refused.stderr.strip().splitlines()) == 1


def test_import_dash_is_one_transaction_as_a_file_is(run: Run, tmp_path: Path) -> None:
    table = "event_date,event_type,country,killed\n2025-10-03,battles,TJ,1\n2025-10-04,battles,TJ,plenty of them\n"
    refused = run("import", "-", "--format", "csv", input=table, expect=2)
    assert "standard input, line 3, column killed:" in refused.stderr
    assert "was not kept" in refused.stderr  # not even the first row, nor the database made for it
    kept = run("import", "-", "--format", "csv", "--skip-invalid", input=table)
    assert "1 added, 0 updated, 0 unchanged, 1 rejected" in kept.stderr


# --- records stored before their span had to fit their precision -------------------------------


def _stored_as(db: Path, incident_id: int, start: str, end: str | None, precision: str) -> None:
    """Dates written straight into the file, as releases before the span check could store them."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE incidents SET event_date = ?, event_date_end = ?, date_precision = ? WHERE id = ?",
            (start, end, precision, incident_id),
        )
    conn.close()


def _desk(run: Run, db: Path, days: int) -> None:
    for day in range(1, days + 1):
        run("add", "--date", f"2025-09-{day:02d}", "--country", "TJ", "--type", "battles", "--no-input")


def test_an_edit_of_another_field_says_the_stored_dates_are_at_fault(run: Run, db_path: Path) -> None:
    _desk(run, db_path, 1)
    _stored_as(db_path, 1, "2025-09-02", "2025-09-19", "month")
    refused = run("edit", "1", "--injured", "4", expect=1)
    assert refused.stderr.startswith("Error: Incident 1's stored dates contradict their precision")
    assert "2025-09-02 to 2025-09-19 is stored as 'month', but that span is 'days'" in refused.stderr
    assert "'tracker edit 1 --date-precision days'" in refused.stderr
    assert "--date-precision:" not in refused.stderr  # not blamed on a flag the user gave
    run("edit", "1", "--date-precision", "days")
    run("edit", "1", "--injured", "4")
    assert json.loads(run("show", "1", "--json").stdout)["injured"] == 4


def test_an_edit_of_the_dates_themselves_is_judged_as_before(run: Run, db_path: Path) -> None:
    _desk(run, db_path, 1)
    _stored_as(db_path, 1, "2025-09-02", "2025-09-19", "month")
    run("edit", "1", "--date", "Oct 2025")  # the new month replaces the stored span
    shown = json.loads(run("show", "1", "--json").stdout)
    assert (shown["event_date"], shown["event_date_end"]) == ("2025-10-01", "2025-10-31")


def test_check_lists_each_record_whose_span_contradicts_its_precision(run: Run, db_path: Path) -> None:
    _desk(run, db_path, 9)
    _stored_as(db_path, 1, "2025-09-02", "2025-09-19", "month")
    _stored_as(db_path, 2, "2025-01-01", "2025-06-30", "year")
    _stored_as(db_path, 3, "2025-09-01", "2025-09-07", "month")  # a week's span under 'month'
    _stored_as(db_path, 4, "2025-09-03", "2025-09-12", "week")
    _stored_as(db_path, 5, "2025-09-03", None, "days")
    _stored_as(db_path, 6, "2025-09-01", "2025-09-30", "month")  # these agree: not listed
    _stored_as(db_path, 7, "2024-01-01", "2024-12-31", "year")
    _stored_as(db_path, 8, "2025-09-03", "2025-09-09", "week")
    _stored_as(db_path, 9, "2025-09-03", "2025-09-05", "days")
    result = run("check")
    dates = [line for line in result.stdout.splitlines() if line.startswith("warning  dates:")]
    assert dates == [
        "warning  dates: incident 1: 2025-09-02 to 2025-09-19 is stored as 'month', but that span is 'days', "
        "so no edit of it is saved until 'tracker edit 1 --date-precision days' repairs it",
        "warning  dates: incident 2: 2025-01-01 to 2025-06-30 is stored as 'year', but that span is 'days', "
        "so no edit of it is saved until 'tracker edit 2 --date-precision days' repairs it",
        "warning  dates: incident 3: 2025-09-01 to 2025-09-07 is stored as 'month', but that span is 'week', "
        "so no edit of it is saved until 'tracker edit 3 --date-precision week' repairs it",
        "warning  dates: incident 4: 2025-09-03 to 2025-09-12 is stored as 'week', but that span is 'days', "
        "so no edit of it is saved until 'tracker edit 4 --date-precision days' repairs it",
        "warning  dates: incident 5: 2025-09-03 is stored as 'days', but that span is 'day', "
        "so no edit of it is saved until 'tracker edit 5 --date-precision day' repairs it",
    ]
    run("delete", "2", "--reason", "a duplicate")
    for incident_id, precision in ((1, "days"), (3, "week"), (4, "days"), (5, "day")):
        run("edit", str(incident_id), "--date-precision", precision)  # the repair each line names works
    assert "dates:" not in run("check").stdout


def test_check_cuts_a_long_list_of_contradicted_spans_and_counts_the_rest(
    run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_tracker.store import maintenance

    monkeypatch.setattr(maintenance, "SHOWN_SPANS", 2)
    _desk(run, db_path, 5)
    for incident_id in range(1, 6):
        _stored_as(db_path, incident_id, "2025-09-02", "2025-09-19", "month")
    lines = [line for line in run("check").stdout.splitlines() if line.startswith("warning  dates:")]
    assert [line.split(":")[1].strip() for line in lines[:2]] == ["incident 1", "incident 2"]
    assert lines[2:] == ["warning  dates: … and 3 more such incident(s) (ids 3, 4, 5)"], lines


# --- a reader that leaves: the exit status of a closed pipe ---------------------------------------


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_an_export_into_a_closed_pipe_ends_quietly_with_exit_1_and_the_database_untouched(
    tracker_script: str, tmp_path: Path, unbuffered: bool
) -> None:
    """`tracker export -f json | head -c 10`: nothing on stderr, exit 1 (Click's and Python's
    convention for EPIPE, documented in docs/cli.md), and the file is byte for byte as it was."""
    from incident_tracker.cli.streams import BROKEN_PIPE_EXIT
    from incident_tracker.store import IncidentStore

    db = tmp_path / "desk.db"
    store = IncidentStore.open(db)
    store.add_many(
        {"event_date": "2025-10-03", "country": "TJ", "event_type": "battles", "description": "y" * 300}
        for _ in range(3000)
    )
    store.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    child = subprocess.Popen(
        [tracker_script, "--db", str(db), "export", "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**output_buffering(unbuffered), "NO_COLOR": "1"},
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(10).startswith(b"[")
    child.stdout.close()  # as head -c 10 does
    assert child.stderr.read() == b""
    assert child.wait(60) == BROKEN_PIPE_EXIT == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (tmp_path / "desk.db-wal").exists()


def test_the_exit_status_of_a_closed_pipe_is_documented() -> None:
    from incident_tracker.cli.streams import BROKEN_PIPE_EXIT

    text = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "`tracker export | head -c 100`" in text
    assert f"no traceback, exit {BROKEN_PIPE_EXIT}" in text


def test_edit_with_a_source_alone_points_to_source_add_not_nothing_to_change(run: Run) -> None:
    """`edit --source URL` lists the source options it shares with `add`, but a source is no field of the
    record: alone, it was refused as "Nothing to change", as if it had been ignored."""
    run("add", "--date", "2025-01-02", "--country", "TJ", "--type", "battles", "--place", "Vorukh", "--yes")
    refused = run("edit", "1", "--source", "https://example.org/report", expect=2)
    assert "tracker source add" in refused.stderr, refused.stderr
    assert "Nothing to change" not in refused.stderr, refused.stderr
