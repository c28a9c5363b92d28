"""Session 12's follow-ups (fixes14): re-importing our own ACLED export over the same incidents
keeps a stored span the file's coded day lies in, rather than narrowing it to that day's week or
month; a row whose day is new still updates, and new incidents are read as before."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

ADD = ["add", "--country", "TJ", "--type", "battles", "--no-input"]


def _dates(run: Callable[..., Result], incident: str = "1") -> tuple[str, str | None, str]:
    shown = json.loads(run("show", incident, "--json").stdout)
    return shown["event_date"], shown["event_date_end"], shown["date_precision"]


def _export(run: Callable[..., Result], path: Path) -> list[dict[str, str]]:
    run("export", "--layout", "acled", "-o", str(path))
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2024-01-01", "2024-11-20", "days"),  # most of a year: exported as 3, "month or longer"
        ("2025-01-28", "2025-02-04", "days"),  # 8 days across a month's end: 3 as well
        ("2024-06-10", "2024-06-12", "days"),  # 3 days: exported as 2, read back as 7 days
        ("2024-06-03", "2024-06-09", "week"),
        ("2024-03-01", "2024-03-31", "month"),
        ("2024-01-01", "2024-12-31", "year"),
        ("2024-06-11", None, "day"),
    ],
)
def test_reimporting_an_acled_export_keeps_the_stored_span(
    run: Callable[..., Result], tmp_path: Path, start: str, end: str | None, precision: str
) -> None:
    span = ["--end-date", end] if end else []
    run(*ADD, "--date", start, *span, "--date-precision", precision)
    before = _dates(run)
    exported = tmp_path / "acled.csv"
    _export(run, exported)
    run("import", str(exported))
    assert _dates(run) == before == (start, end if precision != "day" else None, precision)


def test_an_acled_day_outside_the_stored_span_still_updates(run: Callable[..., Result], tmp_path: Path) -> None:
    run(*ADD, "--date", "2024-01-01", "--end-date", "2024-11-20", "--date-precision", "days")
    exported = tmp_path / "acled.csv"
    (row,) = _export(run, exported)
    _write(exported, [{**row, "event_date": "2025-02-14", "time_precision": "1"}])
    result = run("import", str(exported))
    assert "1 updated" in result.stderr + result.stdout
    assert _dates(run) == ("2025-02-14", None, "day")
    history = run("history", "1").stdout
    assert "2024-01-01" in history and "2025-02-14" in history


def test_a_finer_acled_precision_inside_the_span_still_updates(run: Callable[..., Result], tmp_path: Path) -> None:
    run(*ADD, "--date", "2024-01-01", "--end-date", "2024-11-20", "--date-precision", "days")
    exported = tmp_path / "acled.csv"
    (row,) = _export(run, exported)
    # The same middle day, now known within a week: new information, not a restatement.
    _write(exported, [{**row, "time_precision": "2"}])
    run("import", str(exported))
    assert _dates(run) == ("2024-06-08", "2024-06-14", "week")


def test_a_new_acled_incident_is_read_as_before(run: Callable[..., Result], tmp_path: Path) -> None:
    run(*ADD, "--date", "2024-01-01", "--end-date", "2024-11-20", "--date-precision", "days")
    exported = tmp_path / "acled.csv"
    (row,) = _export(run, exported)
    _write(exported, [{**row, "event_id_cnty": "TJK900"}])
    result = run("import", str(exported))
    assert "1 added" in result.stderr + result.stdout
    assert _dates(run, "2") == ("2024-06-01", "2024-06-30", "month")
    assert _dates(run) == ("2024-01-01", "2024-11-20", "days")
