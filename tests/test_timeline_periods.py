"""Period bucketing: SQLite's keys and Python's agree; labels; the automatic grouping."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_tracker.report.periods import (
    AUTO_SPANS,
    GROUP_ORDER,
    MAX_PERIODS,
    Group,
    auto_group,
    bucket_sql,
    bucket_start,
    format_range,
    period_end,
    period_label,
    period_starts,
    range_title,
)
from incident_tracker.report.timeline_rows import placement

DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
CONN = sqlite3.connect(":memory:")


@settings(max_examples=300, deadline=None)
@given(day=DATES, group=st.sampled_from(GROUP_ORDER))
def test_sql_and_python_buckets_agree(day, group):
    """The GROUP BY key SQLite computes is the first day of the period Python enumerates."""
    (key,) = CONN.execute(f"SELECT {bucket_sql(group, '?1')}", [day.isoformat()]).fetchone()
    start = bucket_start(group, day)
    assert key == start.isoformat()
    assert start <= day <= period_end(group, start)


@settings(max_examples=300, deadline=None)
@given(first=DATES, days=st.integers(min_value=0, max_value=800), group=st.sampled_from(GROUP_ORDER))
def test_placement_holds_the_whole_range(first, days, group):
    """A range is either inside one period, or its "date uncertain" row covers all of it."""
    last = first + dt.timedelta(days=days)
    place = placement(group, "?1", "?2")
    period, kind, start, end = CONN.execute(
        f"SELECT {place.period}, {place.kind}, {place.start}, {place.end}", [first.isoformat(), last.isoformat()]
    ).fetchone()
    if period is not None:
        start_day = dt.date.fromisoformat(period)
        assert start_day <= first and last <= period_end(group, start_day)
        assert kind is None
        return
    assert bucket_start(group, first) != bucket_start(group, last)
    row_start = dt.date.fromisoformat(start)
    if kind == "years":
        row_end = period_end(Group.year, dt.date.fromisoformat(end))
    else:
        row_end = period_end(Group(kind), row_start)
    assert row_start <= first and last <= row_end
    if kind != "years":
        # The smallest unit coarser than the grouping that holds the range.
        finer = GROUP_ORDER[GROUP_ORDER.index(group) + 1 : GROUP_ORDER.index(Group(kind))]
        assert all(bucket_start(g, first) != bucket_start(g, last) for g in finer if g is not Group.day)


def test_weeks_run_monday_to_sunday():
    assert bucket_start(Group.week, dt.date(2025, 11, 30)) == dt.date(2025, 11, 24)  # a Sunday
    assert bucket_start(Group.week, dt.date(2025, 11, 24)) == dt.date(2025, 11, 24)  # a Monday
    assert period_end(Group.week, dt.date(2025, 11, 24)) == dt.date(2025, 11, 30)


def test_period_starts_include_empty_periods():
    starts = period_starts(Group.month, dt.date(2024, 11, 15), dt.date(2025, 2, 3))
    assert starts == [dt.date(2024, 11, 1), dt.date(2024, 12, 1), dt.date(2025, 1, 1), dt.date(2025, 2, 1)]
    quarters = period_starts(Group.quarter, dt.date(2023, 6, 10), dt.date(2025, 3, 15))
    assert len(quarters) == 8 and quarters[0] == dt.date(2023, 4, 1) and quarters[-1] == dt.date(2025, 1, 1)


def test_absurd_lengths_are_refused_with_advice():
    from incident_tracker.errors import ValidationError

    with pytest.raises(ValidationError, match="coarser grouping"):
        period_starts(Group.day, dt.date(1990, 1, 1), dt.date(1990, 1, 1) + dt.timedelta(days=MAX_PERIODS + 5))


@pytest.mark.parametrize(
    ("first", "last", "label"),
    [
        ("2025-11-24", "2025-11-24", "24 Nov 2025"),
        ("2025-11-24", "2025-11-26", "24–26 Nov 2025"),
        ("2025-09-29", "2025-10-05", "29 Sep – 5 Oct 2025"),
        ("2024-12-30", "2025-01-05", "30 Dec 2024 – 5 Jan 2025"),
        ("2025-11-01", "2025-11-30", "Nov 2025"),
        ("2025-10-01", "2025-12-31", "Q4 2025"),
        ("2025-01-01", "2025-12-31", "2025"),
        ("2024-01-01", "2025-12-31", "2024–2025"),
    ],
)
def test_ranges_are_named_as_people_write_them(first, last, label):
    assert format_range(dt.date.fromisoformat(first), dt.date.fromisoformat(last)) == label


def test_period_labels():
    day = dt.date(2025, 11, 24)
    assert period_label(Group.day, day) == "2025-11-24 Mon"
    assert period_label(Group.week, day) == "24–30 Nov 2025"
    assert period_label(Group.month, dt.date(2025, 11, 1)) == "Nov 2025"
    assert period_label(Group.quarter, dt.date(2025, 10, 1)) == "Q4 2025"
    assert period_label(Group.year, dt.date(2025, 1, 1)) == "2025"
    assert range_title(Group.month, dt.date(2025, 1, 1), dt.date(2025, 3, 31)) == "Jan – Mar 2025"
    assert range_title(Group.quarter, dt.date(2023, 4, 1), dt.date(2025, 3, 31)) == "Q2 2023 – Q1 2025"
    assert range_title(Group.year, dt.date(2023, 1, 1), dt.date(2025, 12, 31)) == "2023–2025"


@pytest.mark.parametrize(
    ("days", "group"),
    [
        (1, "day"),
        (31, "day"),
        (32, "week"),
        (183, "week"),
        (184, "month"),
        (1098, "month"),
        (1099, "quarter"),
        (3660, "quarter"),
        (3661, "year"),
        (40000, "year"),
    ],
)
def test_auto_group_from_the_span(days, group):
    first = dt.date(2020, 1, 1)
    assert auto_group(first, first + dt.timedelta(days=days - 1)) is Group(group)
    assert AUTO_SPANS[-1][1] is Group.quarter
