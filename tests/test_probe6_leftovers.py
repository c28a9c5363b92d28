"""The leftovers of session 13's hostile probes: stored dates an edit trips over, import from
standard input, a closed pipe, JSON records counted as records, times in the future."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

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
    assert refused.stderr.startswith("Error: Standard input ('-') has no file name to tell its format: give --format")
    assert len(refused.stderr.strip().splitlines()) == 1


def test_import_dash_is_one_transaction_as_a_file_is(run: Run, tmp_path: Path) -> None:
    table = "event_date,event_type,country,killed\n2025-10-03,battles,TJ,1\n2025-10-04,battles,TJ,plenty of them\n"
    refused = run("import", "-", "--format", "csv", input=table, expect=2)
    assert "standard input, line 3, column killed:" in refused.stderr
    assert "was not kept" in refused.stderr  # not even the first row, nor the database made for it
    kept = run("import", "-", "--format", "csv", "--skip-invalid", input=table)
    assert "1 added, 0 updated, 0 unchanged, 1 rejected" in kept.stderr
