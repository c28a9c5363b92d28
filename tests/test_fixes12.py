"""Small fixes a hostile tester found in session 12 (fixes12): a span its precision contradicts,
a failed first import that printed three lines, and the wording of three messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from incident_tracker.models import precision_for_span
from incident_tracker.store.outside_country import far_outside_note


def _span(run_json: Callable[..., Any]) -> tuple[str, str | None, str]:
    (record,) = run_json("list", "--json")
    return record["event_date"], record["event_date_end"], record["date_precision"]


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2024-06-10", "2024-06-10", "day"),
        ("2024-06-10", "2024-06-13", "days"),
        ("2024-06-10", "2024-06-16", "week"),
        ("2024-02-01", "2024-02-29", "month"),
        ("2024-06-10", "2024-06-30", "days"),  # 21 days, not a calendar month
        ("2024-01-01", "2024-12-31", "year"),
        ("2024-01-01", "2024-08-15", "days"),  # most of a year, not the year
        ("2023-07-01", "2024-06-30", "days"),  # a year's length over two calendar years
    ],
)
def test_a_span_implies_month_or_year_only_when_it_is_that_month_or_year(start: str, end: str, precision: str) -> None:
    assert precision_for_span(start, end) == precision


def test_an_end_date_alone_on_a_year_record_makes_its_precision_days(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    """A year record given a new end date by 'edit' was stored as 1 Jan to that day with
    precision 'year', a span the year contradicts; a file and 'add' follow the same rule."""
    run("add", "--date", "2024", "--country", "KE", "--type", "riots")
    run("edit", "1", "--end-date", "2024-08-15")
    assert _span(run_json) == ("2024-01-01", "2024-08-15", "days")
    run("edit", "1", "--end-date", "2024-12-31")  # the whole year again: precision year
    assert _span(run_json) == ("2024-01-01", "2024-12-31", "year")
    (uid,) = [r["uid"] for r in run_json("list", "--json")]
    rows = tmp_path / "end.csv"
    rows.write_text(f"uid,event_date_end\n{uid},2024-08-15\n", encoding="utf-8")
    run("import", str(rows))
    assert _span(run_json) == ("2024-01-01", "2024-08-15", "days")


def test_add_with_a_long_span_and_no_precision_stores_days(
    run: Callable[..., Result], run_json: Callable[..., Any]
) -> None:
    run("add", "--date", "2024-03-05", "--end-date", "2024-05-20", "--country", "KE", "--type", "riots")
    assert _span(run_json) == ("2024-03-05", "2024-05-20", "days")


def test_a_failed_first_import_prints_one_error_line_and_keeps_no_file(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("event_date,country,event_type\nthe day after,KE,riots\n", encoding="utf-8")
    new = tmp_path / "first.db"
    result = run("--db", str(new), "import", str(rows), expect=2)
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: rows.csv, line 2, column event_date:")
    assert f"The new database {new} was not kept." in line
    assert not any(tmp_path.glob("first.db*"))


def test_a_good_first_import_still_says_it_created_the_database(run: Callable[..., Result], tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("event_date,country,event_type\n2024-03-04,KE,riots\n", encoding="utf-8")
    new = tmp_path / "first.db"
    result = run("--db", str(new), "import", str(rows))
    assert result.stderr.splitlines() == [
        f"Created new database {new}.",
        "Imported rows.csv: 1 added, 0 updated, 0 unchanged, 0 rejected.",
    ]


@pytest.mark.parametrize(
    ("name", "extra", "said"),
    [
        ("points.geojson", [], "GeoJSON is an export format only"),
        ("rows.json", ["--layout", "acled"], "acled layout reads CSV files only"),
    ],
)
def test_an_import_file_of_a_format_not_imported_is_refused_before_the_database_is_made(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, extra: list[str], said: str
) -> None:
    """Refused before any write: the database is never created (not made, then removed)."""
    import incident_tracker.store as store_module

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the database was opened")

    monkeypatch.setattr(store_module.IncidentStore, "open", never)
    source = tmp_path / name
    source.write_text('{"type": "FeatureCollection", "features": []}\n', encoding="utf-8")
    result = run("--db", str(tmp_path / "new.db"), "import", str(source), *extra, expect=2)
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: ") and said in line


def test_an_unreadable_published_date_names_the_option(run: Callable[..., Result], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Protesters gathered in Nairobi on Monday.\n", encoding="utf-8")
    result = run("extract", str(article), "--published", "someday", expect=2)
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: --published: Cannot read date 'someday'.")


def test_extract_of_an_empty_file_prints_no_empty_line(run: Callable[..., Result], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("extract", str(empty), "--published", "2024-03-04")
    assert result.stdout == ""
    assert "No incident found" in result.stderr


@pytest.mark.parametrize(("lines", "start"), [([2], "1 row (line 2) gives"), ([2, 5], "2 rows (lines 2, 5) give")])
def test_the_far_outside_warning_agrees_its_verb_with_the_count(lines: list[int], start: str) -> None:
    assert far_outside_note(lines).startswith(start)
