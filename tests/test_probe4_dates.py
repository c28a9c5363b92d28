"""Import reads dates as 'tracker add' reads them, and stores the same record (probe4, items 1-2).

One date reader for add and import: a month, a year, a day in words, a span given by its
last day; and a month or year given with its precision comes out as the month or year it
names, on a new row and on a row that updates a stored incident.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

DATE_FIELDS = ("event_date", "event_date_end", "date_precision")


def _dates(run_json: Callable[..., Any], incident_id: int) -> tuple[Any, ...]:
    shown = run_json("show", str(incident_id), "--json")
    return tuple(shown[name] for name in DATE_FIELDS)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("Oct 2024", "", ("2024-10-01", "2024-10-31", "month")),
        ("2023", "", ("2023-01-01", "2023-12-31", "year")),
        ("3 March 2024", "", ("2024-03-03", None, "day")),
        ("3 March 2024", "5 March 2024", ("2024-03-03", "2024-03-05", "days")),
        ("2024-03-03", "2024-03-05", ("2024-03-03", "2024-03-05", "days")),
    ],
)
def test_import_reads_every_date_add_reads(
    run: Callable[..., Result],
    run_json: Callable[..., Any],
    tmp_path: Path,
    start: str,
    end: str,
    expected: tuple[Any, ...],
) -> None:
    added = ["add", "--date", start, "--country", "AF", "--type", "battles"]
    run(*added, *(["--end-date", end] if end else []))
    table = tmp_path / "rows.csv"
    table.write_text(f"event_date,event_date_end,country,event_type\n{start},{end},AF,battles\n", encoding="utf-8")
    run("import", str(table))
    assert _dates(run_json, 1) == expected
    assert _dates(run_json, 2) == expected


def test_json_import_reads_a_month_in_words(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    rows = tmp_path / "rows.json"
    rows.write_text(
        json.dumps([{"event_date": "February 2024", "country": "PK", "event_type": "riots"}]), encoding="utf-8"
    )
    run("import", str(rows))
    assert _dates(run_json, 1) == ("2024-02-01", "2024-02-29", "month")


def test_an_ambiguous_date_is_refused_by_import_as_by_add(run: Callable[..., Result], tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text("event_date,country\n05/06/2024,AF\n", encoding="utf-8")
    result = run("import", str(table), expect=2)
    assert "column event_date" in result.stderr and "Ambiguous date" in result.stderr


def test_an_update_with_a_month_precision_gives_that_month(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    run("add", "--date", "2022", "--country", "IR", "--type", "battles")
    run("add", "--date", "2022", "--country", "IR", "--type", "battles")
    uid = run_json("show", "1", "--json")["uid"]
    run("edit", "2", "--date", "2022-06-17", "--date-precision", "month")
    table = tmp_path / "rows.csv"
    table.write_text(f"uid,event_date,date_precision\n{uid},2022-06-17,month\n", encoding="utf-8")
    run("import", str(table))
    assert _dates(run_json, 2) == ("2022-06-01", "2022-06-30", "month")
    assert _dates(run_json, 1) == _dates(run_json, 2)
