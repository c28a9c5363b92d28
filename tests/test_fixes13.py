"""Session 12's follow-ups (fixes13): a `days` span longer than a week is not exported to ACLED
as known within a week, and the help says what `days` means."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

ADD = ["add", "--country", "TJ", "--type", "battles", "--no-input"]


@pytest.mark.parametrize(
    ("start", "end", "code", "day"),
    [
        ("2024-06-10", "2024-06-12", "2", "2024-06-11"),  # 3 days: within a week
        ("2024-06-10", "2024-06-17", "3", "2024-06-13"),  # 8 days: month or longer
        ("2024-01-01", "2024-11-20", "3", "2024-06-11"),  # most of a year, not a calendar year
    ],
)
def test_acled_export_codes_a_long_span_of_days_as_month_or_longer(
    run: Callable[..., Result], tmp_path: Path, start: str, end: str, code: str, day: str
) -> None:
    run(*ADD, "--date", start, "--end-date", end, "--date-precision", "days")
    exported = tmp_path / "acled.csv"
    run("export", "--layout", "acled", "-o", str(exported))
    with exported.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["time_precision"], row["event_date"]) == (code, day)


def test_a_seven_day_span_given_as_days_is_still_within_a_week(run: Callable[..., Result], tmp_path: Path) -> None:
    run(*ADD, "--date", "2024-06-10", "--end-date", "2024-06-16", "--date-precision", "days")
    exported = tmp_path / "acled.csv"
    run("export", "--layout", "acled", "-o", str(exported))
    with exported.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["time_precision"] == "2"


def test_add_help_says_what_days_means(run: Callable[..., Result]) -> None:
    text = " ".join(run("add", "--help").stdout.split())
    assert "days is a span of 2–6 days, or any longer one that is not a week" in text
