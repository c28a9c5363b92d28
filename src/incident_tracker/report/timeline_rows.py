"""The rows of a timeline: a :class:`Period` (or a "date uncertain" row), which row an
incident's date range belongs to (:func:`placement`, as SQL expressions for the store's
queries), and the order and range of the rows shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..models import EARLIEST_DATE, LATEST_DATE
from ..store.aggregates import Placement
from .figures import Figures
from .lanes import Lane
from .periods import GROUP_ORDER, Group, bucket_sql, bucket_start, format_range, period_end, period_label


@dataclass
class Period:
    """One row of the timeline: a calendar period, or a "date uncertain" range."""

    start: dt.date
    end: dt.date
    label: str
    uncertain: bool = False
    figures: Figures = field(default_factory=Figures)
    lanes: dict[str | None, Figures] = field(default_factory=dict)
    incidents: list[dict[str, Any]] = field(default_factory=list)

    @property
    def omitted(self) -> int:
        """Incidents counted in this row but not listed (past ``max_incidents``)."""
        return self.figures.count - len(self.incidents)

    def to_dict(self, lanes: list[Lane]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "label": self.label,
            "date_uncertain": self.uncertain,
            **self.figures.to_dict(),
        }
        if lanes:
            out["lanes"] = [
                {"key": lane.key, "label": lane.label, **self.lanes[lane.key].to_dict()}
                for lane in lanes
                if lane.key in self.lanes
            ]
        out["incidents_listed"] = len(self.incidents)
        out["incidents"] = self.incidents
        return out


def placement(
    group: Group, first: str = "i.event_date", last: str = "coalesce(i.event_date_end, i.event_date)"
) -> Placement:
    """SQL deciding which row of the timeline the range ``first``..``last`` (SQL expressions;
    by default an incident's, ``incidents AS i``) belongs to in ``group``.

    ``period`` is the first day of its period when its whole possible range fits in one
    period of the grouping, else NULL. Then ``kind``/``start``/``end`` name the "date
    uncertain" row: the smallest calendar unit coarser than the grouping (week, month,
    quarter, year) holding the whole range, or ``years`` with the first and last year.
    """
    same = f"{first} = {last}" if group is Group.day else f"{bucket_sql(group, first)} = {bucket_sql(group, last)}"
    containers = [g for g in GROUP_ORDER[GROUP_ORDER.index(group) + 1 :] if g is not Group.day]
    kind = " ".join(f"WHEN {bucket_sql(g, first)} = {bucket_sql(g, last)} THEN '{g.value}'" for g in containers)
    start = " ".join(
        f"WHEN {bucket_sql(g, first)} = {bucket_sql(g, last)} THEN {bucket_sql(g, first)}" for g in containers
    )
    return Placement(
        period=f"CASE WHEN {same} THEN {bucket_sql(group, first)} END",
        kind=f"CASE WHEN {same} THEN NULL {kind} ELSE 'years' END",
        start=f"CASE WHEN {same} THEN NULL {start} ELSE {bucket_sql(Group.year, first)} END",
        end=f"CASE WHEN {same} THEN NULL ELSE {bucket_sql(Group.year, last)} END",
    )


def row_for(
    group: Group,
    period: str | None,
    kind: str | None,
    u_start: str | None,
    u_end: str | None,
    regular: dict[dt.date, Period],
    uncertain: dict[tuple[str, str], Period],
) -> Period:
    """The row an aggregated group (or a listed incident) belongs to, created if new."""
    if period is not None:
        start = dt.date.fromisoformat(period)
        if start not in regular:
            regular[start] = Period(start, period_end(group, start), period_label(group, start))
        return regular[start]
    first = dt.date.fromisoformat(str(u_start))
    if kind == "years":
        last = period_end(Group.year, dt.date.fromisoformat(str(u_end)))
    else:
        last = period_end(Group(str(kind)), first)
    key = (first.isoformat(), last.isoformat())
    if key not in uncertain:
        uncertain[key] = Period(first, last, f"date uncertain, {format_range(first, last)}", uncertain=True)
    return uncertain[key]


def shown_range(
    group: Group, window: tuple[dt.date | None, dt.date | None], regular: dict[dt.date, Period]
) -> tuple[dt.date | None, dt.date | None]:
    """First and last period to show: the date window's, widened to any period with incidents.

    Empty periods are filled in only within the dates a record may hold (models.EARLIEST_DATE
    to LATEST_DATE): ``--until 9999-12-31``, or an incident dated 9999 by a version that did
    not check dates, must not ask for thousands of empty years. Such an incident keeps its row.
    """
    low, high = bucket_start(group, EARLIEST_DATE), bucket_start(group, LATEST_DATE)
    inside = [start for start in regular if low <= start <= high]
    bounds = [min(max(bucket_start(group, day), low), high) if day else None for day in window]
    firsts = [*inside, *([bounds[0]] if bounds[0] else [])]
    lasts = [*inside, *([bounds[1]] if bounds[1] else [])]
    if not firsts or not lasts:
        return None, None
    return min(firsts), max(lasts)


def row_order(group: Group, period: Period) -> tuple[dt.date, int, dt.date, dt.date]:
    """Calendar order; an uncertain row comes right after the period of its last possible day."""
    if period.uncertain:
        return (bucket_start(group, period.end), 1, period.end, period.start)
    return (period.start, 0, period.end, period.start)
