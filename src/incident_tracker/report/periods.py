"""Calendar periods: the buckets a timeline groups incidents into.

Every period is identified by its first day, as an ISO date string, both in SQL
(:func:`bucket_sql`, computed by SQLite's date functions so that aggregation
happens in the database) and in Python (:func:`bucket_start`, used to list the
empty periods between the first and the last). The two must agree for every date;
``tests/test_timeline_periods.py`` checks that with random dates.

Weeks are ISO weeks, Monday to Sunday, as analysts' weekly briefs count them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Group(StrEnum):
    """How long a period of a timeline is."""

    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


#: Finest to coarsest; the index is a grouping's level.
GROUP_ORDER: tuple[Group, ...] = (Group.day, Group.week, Group.month, Group.quarter, Group.year)

#: A timeline longer than this is refused rather than printed: 27 years of days.
MAX_PERIODS = 10_000

#: Auto grouping: the finest grouping whose period count stays readable for a span
#: of at most this many days (about 30-50 rows or bars).
AUTO_SPANS: tuple[tuple[int, Group], ...] = (
    (31, Group.day),
    (183, Group.week),
    (3 * 366, Group.month),
    (10 * 366, Group.quarter),
)


def bucket_sql(group: Group, column: str) -> str:
    """SQL for the first day of the period holding ``column`` (an ISO date string).

    Plain string slicing where it is enough (month, quarter, year), because it is
    several times cheaper than ``strftime`` over a million rows.
    """
    if group is Group.day:
        return column
    if group is Group.week:
        # 'weekday 0' moves forward to the next Sunday (or stays on a Sunday); -6 days is its Monday.
        return f"date({column}, 'weekday 0', '-6 days')"
    if group is Group.month:
        return f"(substr({column}, 1, 8) || '01')"
    if group is Group.quarter:
        month = f"substr({column}, 6, 2)"
        return (
            f"(substr({column}, 1, 5) || CASE WHEN {month} <= '03' THEN '01' WHEN {month} <= '06' THEN '04' "
            f"WHEN {month} <= '09' THEN '07' ELSE '10' END || '-01')"
        )
    return f"(substr({column}, 1, 5) || '01-01')"


def bucket_start(group: Group, day: dt.date) -> dt.date:
    """The first day of the period holding ``day`` (the Python twin of :func:`bucket_sql`)."""
    if group is Group.day:
        return day
    if group is Group.week:
        return day - dt.timedelta(days=day.weekday())
    if group is Group.month:
        return day.replace(day=1)
    if group is Group.quarter:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def next_start(group: Group, start: dt.date) -> dt.date:
    """The first day of the period after the one starting on ``start``."""
    if group is Group.day:
        return start + dt.timedelta(days=1)
    if group is Group.week:
        return start + dt.timedelta(days=7)
    if group is Group.month:
        return _add_months(start, 1)
    if group is Group.quarter:
        return _add_months(start, 3)
    return dt.date(start.year + 1, 1, 1)


def period_end(group: Group, start: dt.date) -> dt.date:
    """The last day of the period starting on ``start``.

    The period holding the calendar's last day (9999-12-31, which only a file written before
    dates were checked can hold) ends there: it has no next period to count back from.
    """
    try:
        return next_start(group, start) - dt.timedelta(days=1)
    except (OverflowError, ValueError):
        return dt.date.max


def period_starts(group: Group, first: dt.date, last: dt.date) -> list[dt.date]:
    """Every period from the one holding ``first`` to the one holding ``last``, empty or not.

    Refuses absurd lengths (a day view of thirty years) with a message saying what to do.
    """
    from ..errors import ValidationError

    start, stop = bucket_start(group, first), bucket_start(group, last)
    estimate = {Group.day: 1, Group.week: 7, Group.month: 28, Group.quarter: 89, Group.year: 365}[group]
    if (stop - start).days // estimate + 1 > MAX_PERIODS:
        raise ValidationError(
            f"{first.isoformat()} to {last.isoformat()} is more than {MAX_PERIODS:,} {group.value}s: "
            "choose a coarser grouping or narrow the dates.",
            field="group",
        )
    starts: list[dt.date] = []
    while start <= stop:
        starts.append(start)
        try:
            start = next_start(group, start)
        except (OverflowError, ValueError):  # the period holding 9999-12-31 is the last there is
            break
    return starts


def auto_group(first: dt.date, last: dt.date) -> Group:
    """The finest grouping that keeps the number of periods readable for a span of dates.

    Day up to a month, week up to six months, month up to three years, quarter up to
    ten years, then year (:data:`AUTO_SPANS`): at most about 30-50 rows or bars.
    """
    days = (last - first).days + 1
    return next((g for limit, g in AUTO_SPANS if days <= limit), Group.year)


# --- labels -----------------------------------------------------------------------


def format_range(start: dt.date, end: dt.date) -> str:
    """A span of days as people write it: "24–26 Nov 2025", "29 Sep – 5 Oct 2025".

    Whole calendar units get their name: "Nov 2025", "Q4 2025", "2025".
    """
    if start == end:
        return _dmy(start)
    if start.day == 1 and end == period_end(Group.month, start):
        return start.strftime("%b %Y")
    if start == bucket_start(Group.quarter, start) and end == period_end(Group.quarter, start):
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.year != end.year:
        return f"{_dmy(start)} – {_dmy(end)}"
    if start.month != end.month:
        return f"{start.day} {start:%b} – {_dmy(end)}"
    return f"{start.day}–{_dmy(end)}"


def _dmy(day: dt.date) -> str:
    """A day as "24 Nov 2025": no zero padding, and ``%-d`` is not portable."""
    return f"{day.day} {day:%b %Y}"


def period_label(group: Group, start: dt.date) -> str:
    """How a period is named in every output: "2025-11-24 Mon", "24–30 Nov 2025", "Q4 2025"."""
    if group is Group.day:
        return f"{start.isoformat()} {start.strftime('%a')}"
    if group is Group.week:
        return format_range(start, period_end(group, start))
    if group is Group.month:
        return start.strftime("%b %Y")
    if group is Group.quarter:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


def range_title(group: Group, first: dt.date, last: dt.date) -> str:
    """The span of a timeline for its title, in the grouping's own terms.

    "1 Jan – 15 Mar 2025" for days and weeks, "Jan – Mar 2025" for months,
    "Q2 2023 – Q1 2025" for quarters, "2023–2025" for years.
    """
    if group in (Group.day, Group.week):
        return format_range(first, last)
    a, b = period_label(group, bucket_start(group, first)), period_label(group, bucket_start(group, last))
    if a == b:
        return a
    if group is Group.month and first.year == last.year:
        return f"{first:%b} – {b}"
    return f"{a}–{b}" if group is Group.year else f"{a} – {b}"


def short_label(group: Group, start: dt.date) -> str:
    """A compact label for chart ticks: "24 Nov", "Nov 2025", "Q4 2025", "2025"."""
    if group in (Group.day, Group.week):
        return _dmy(start) if (start.month, start.day) == (1, 1) else f"{start.day} {start:%b}"
    return period_label(group, start)
