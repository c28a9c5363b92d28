"""Session 13's follow-ups (fixes15): a stated precision of a month or a year whose span is not
that calendar month or year is refused on add, edit and import (the record would say "Mar 2025"
of days that are not March), and an incident's dates travel as one value, models.EventDates."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker import models
from incident_tracker.errors import ValidationError

ADD = ["add", "--country", "TJ", "--type", "battles", "--no-input"]


def _dates(run: Callable[..., Result], incident: str = "1") -> tuple[str, str | None, str]:
    shown = json.loads(run("show", incident, "--json").stdout)
    return shown["event_date"], shown["event_date_end"], shown["date_precision"]


def _count(run: Callable[..., Result]) -> int:
    """How many incidents the database holds: none when a refused first command made no database."""
    result = run("list", "--json", expect=None)
    if result.exit_code == 1 and "No database" in result.stderr:
        return 0
    return len(json.loads(result.stdout))


def _one_line_naming(result: Result, *words: str) -> None:
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2025-03-03", "2025-03-19", "month"),  # inside March, not all of it
        ("2025-03-01", "2025-04-30", "month"),  # two whole months
        ("2025-02-10", "2025-05-19", "year"),  # part of a year
        ("2025-03-01", "2025-03-31", "year"),  # a whole month is not a year
        ("2024-01-01", "2025-12-31", "year"),  # two years
    ],
)
def test_add_refuses_a_month_or_year_its_span_contradicts(
    run: Callable[..., Result], start: str, end: str, precision: str
) -> None:
    result = run(*ADD, "--date", start, "--end-date", end, "--date-precision", precision, expect=None)
    _one_line_naming(result, f"'{precision}'", start, end)
    assert _count(run) == 0


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2025-03-01", "2025-03-31", "month"),
        ("2024-02-01", "2024-02-29", "month"),  # a leap February
        ("2025-01-01", "2025-12-31", "year"),
        ("2025-03-03", "2025-03-19", "days"),
        ("2025-03-03", "2025-03-09", "week"),
        ("2025-03-01", "2025-03-31", "days"),  # a month's days, stated as days, stay days
    ],
)
def test_add_keeps_a_span_that_agrees_with_its_precision(
    run: Callable[..., Result], start: str, end: str, precision: str
) -> None:
    run(*ADD, "--date", start, "--end-date", end, "--date-precision", precision)
    assert _dates(run) == (start, end, precision)


@pytest.mark.parametrize(
    ("precision", "stored"),
    [("month", ("2025-03-01", "2025-03-31", "month")), ("year", ("2025-01-01", "2025-12-31", "year"))],
)
def test_a_month_or_year_with_only_a_start_still_widens(
    run: Callable[..., Result], precision: str, stored: tuple[str, str, str]
) -> None:
    run(*ADD, "--date", "2025-03-03", "--date-precision", precision)
    assert _dates(run) == stored


def test_a_week_of_the_wrong_length_is_refused_as_before(run: Callable[..., Result]) -> None:
    result = run(*ADD, "--date", "2025-03-03", "--end-date", "2025-03-19", "--date-precision", "week", expect=None)
    _one_line_naming(result, "A week is 7 days")
    assert _count(run) == 0


def test_edit_refuses_a_month_its_span_contradicts_and_changes_nothing(run: Callable[..., Result]) -> None:
    run(*ADD, "--date", "2025-03-03")
    result = run("edit", "1", "--end-date", "2025-03-19", "--date-precision", "month", expect=None)
    _one_line_naming(result, "'month'", "2025-03-03", "2025-03-19")
    assert _dates(run) == ("2025-03-03", None, "day")
    history = json.loads(run("show", "1", "--json").stdout)
    assert history["updated_at"] == history["created_at"]


def test_edit_refuses_a_year_given_a_new_date_inside_a_stated_span(run: Callable[..., Result]) -> None:
    run(*ADD, "--date", "2025", "--date-precision", "year")
    result = run(
        "edit", "1", "--date", "2025-06-01", "--end-date", "2025-12-31", "--date-precision", "year", expect=None
    )
    _one_line_naming(result, "'year'", "2025-06-01", "2025-12-31")
    assert _dates(run) == ("2025-01-01", "2025-12-31", "year")


def test_edit_accepts_the_exact_month_and_a_new_end_alone_still_restates(run: Callable[..., Result]) -> None:
    run(*ADD, "--date", "2025-03-03")
    run("edit", "1", "--date", "2025-03-01", "--end-date", "2025-03-31", "--date-precision", "month")
    assert _dates(run) == ("2025-03-01", "2025-03-31", "month")
    run("edit", "1", "--end-date", "2025-03-19")  # no precision stated: the span's own, as before
    assert _dates(run) == ("2025-03-01", "2025-03-19", "days")


def _rows(good_then_bad: bool) -> list[dict[str, str]]:
    good = {"event_date": "2025-04-01", "event_date_end": "2025-04-30", "date_precision": "month"}
    bad = {"event_date": "2025-04-02", "event_date_end": "2025-04-20", "date_precision": "month"}
    rows = [good, bad] if good_then_bad else [good]
    return [{**row, "country": "TJ", "event_type": "battles"} for row in rows]


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    if path.suffix == ".json":
        path.write_text(json.dumps(rows), encoding="utf-8")
        return
    lines = [",".join(rows[0])] + [",".join(row.values()) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_import_refuses_the_file_naming_the_row(run: Callable[..., Result], tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"rows{suffix}"
    _write(path, _rows(good_then_bad=True))
    result = run("import", str(path), expect=None)
    where = f"rows{suffix}, line 3" if suffix == ".csv" else "rows.json, record"  # JSON: the record, counted from 1
    _one_line_naming(result, where, "'month'", "2025-04-02", "2025-04-20", "Nothing was imported")
    assert _count(run) == 0


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_import_keeps_a_row_of_the_exact_month(run: Callable[..., Result], tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"rows{suffix}"
    _write(path, _rows(good_then_bad=False))
    run("import", str(path))
    assert _dates(run) == ("2025-04-01", "2025-04-30", "month")


def test_the_help_of_the_precision_says_a_month_with_an_end_is_that_month(run: Callable[..., Result]) -> None:
    text = " ".join(run("add", "--help").stdout.split())
    assert "must be that whole calendar month or year" in text


# The one value the three fields travel as.


def test_event_dates_read_and_write_the_three_fields() -> None:
    record = {"event_date": "2025-03-01", "event_date_end": "2025-03-31", "date_precision": "month"}
    dates = models.EventDates.of(record)
    assert dates == models.EventDates(dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month")
    assert dates.fields() == record
    assert (dates.length(), dates.span_precision(), dates.label()) == (31, "month", "Mar 2025")
    assert models.EventDates.of({"event_date": None}) is None
    assert models.date_label({"event_date": None}) == "date unknown"


def test_event_dates_settle_a_month_given_by_one_day_and_refuse_a_contradicting_span() -> None:
    assert models.EventDates(dt.date(2025, 3, 3), None, "month").settled() == models.EventDates(
        dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"
    )
    with pytest.raises(ValidationError) as refused:
        models.EventDates(dt.date(2025, 3, 3), dt.date(2025, 3, 19), "month").settled()
    assert refused.value.field == "date_precision"
    assert "(its span is 'days')" in str(refused.value)
