"""The timeline: incidents and casualties per period, with the incidents under each.

All counting happens in SQLite (:func:`_aggregate`): ``GROUP BY`` queries keyed on
periods computed by SQLite's date functions (:func:`~.periods.bucket_sql`) return a
few rows per period; Python adds those rows up and fills in the empty periods. The
incidents listed under the periods come from one more query with a ``LIMIT``
(``max_incidents``, the most recent ones), so a timeline over a million incidents
never loops over every row in Python.

Imprecise dates are never put on a made-up day. An incident belongs to a period
only if its whole possible range (``event_date`` to ``event_date_end``) lies inside
it. Otherwise it goes into a "date uncertain" row named after the smallest calendar
unit coarser than the grouping that holds the range ("date uncertain, Nov 2025"),
placed right after the period holding that unit's last day, and counted there once:
the rows always add up to the total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..models import ATTRIBUTION_STATUSES, EARLIEST_DATE, LATEST_DATE, date_label
from ..models.stored_values import as_readable, is_day
from ..store.aggregates import date_bound, incident_rows, period_figures
from ..store.stored_guards import readable_dates
from .figures import Figures
from .lanes import DEFAULT_MAX_LANES, LANE_SQL, OTHER_LANE, By, Lane, lane_label, public_lane_key
from .periods import (
    GROUP_ORDER,
    Group,
    auto_group,
    bucket_sql,
    period_end,
    period_label,
    period_starts,
    range_title,
)
from .timeline_rows import Period, placement, row_for, row_order, shown_range

if TYPE_CHECKING:
    from ..store import Filters, IncidentStore

__all__ = [
    "DEFAULT_MAX_INCIDENTS",
    "INCIDENT_COLUMNS",
    "Period",
    "QuietRun",
    "Timeline",
    "build_timeline",
    "date_window",
]

#: Incidents listed under the periods unless asked otherwise; the figures always count all.
DEFAULT_MAX_INCIDENTS = 100

#: The columns of a listed incident (codebook names), beside its period and lane.
INCIDENT_COLUMNS: tuple[str, ...] = (
    "id",
    "event_date",
    "event_date_end",
    "date_precision",
    "place",
    "location",
    "admin1",
    "country",
    "event_type",
    "sub_event_type",
    "killed",
    "killed_low",
    "killed_high",
    "injured",
    "injured_low",
    "injured_high",
    "attribution",
    "attribution_default",
    "perpetrator",
    "origin_place",
    "origin_country",
)


#: Runs of this many empty periods or more are folded into one line in the terminal and Markdown.
QUIET_RUN = 3


@dataclass(frozen=True)
class QuietRun:
    """Consecutive periods without incidents, shown as one line."""

    first: Period
    last: Period
    count: int
    group: Group

    @property
    def label(self) -> str:
        """'… 18 quiet weeks, 13 Jan – 18 May 2025 …'."""
        span = range_title(self.group, self.first.start, self.last.end)
        return f"… {self.count:,} quiet {self.group.value}s, {span} …"


@dataclass
class Timeline:
    """Everything a renderer needs; built by :func:`build_timeline`."""

    group: Group
    auto_group: bool
    by: By | None
    description: str
    periods: list[Period]
    lanes: list[Lane]
    totals: Figures
    listed: int
    max_incidents: int | None
    first: dt.date | None = None
    last: dt.date | None = None

    @property
    def regular(self) -> list[Period]:
        """The calendar periods, empty ones included (what a chart draws)."""
        return [p for p in self.periods if not p.uncertain]

    @property
    def uncertain(self) -> list[Period]:
        return [p for p in self.periods if p.uncertain]

    @property
    def title(self) -> str:
        span = f", {range_title(self.group, self.first, self.last)}" if self.first and self.last else ""
        lanes = f" and {self.by.value}" if self.by else ""
        return f"Incidents by {self.group.value}{lanes}{span}"

    def rows(self, fold_from: int = QUIET_RUN) -> list[Period | QuietRun]:
        """The periods as a person reads them: a run of ``fold_from`` or more empty periods
        in a row is one :class:`QuietRun` ("… 19 quiet weeks …"), not 19 lines of zeros.
        Shorter gaps stay visible period by period; JSON and CSV keep every period."""
        out: list[Period | QuietRun] = []
        run: list[Period] = []

        def flush() -> None:
            if len(run) >= fold_from:
                out.append(QuietRun(run[0], run[-1], len(run), self.group))
            else:
                out.extend(run)
            run.clear()

        for period in self.periods:
            if not period.uncertain and not period.figures.count:
                run.append(period)
                continue
            flush()
            out.append(period)
        flush()
        return out

    def lane_label(self, key: str | None) -> str:
        return next((lane.label for lane in self.lanes if lane.key == key), str(key))

    def to_dict(self) -> dict[str, Any]:
        """The whole timeline as plain data, for JSON."""
        return {
            "title": self.title,
            "filter": self.description,
            "group": self.group.value,
            "group_chosen_automatically": self.auto_group,
            "by": self.by.value if self.by else None,
            "start": self.first.isoformat() if self.first else None,
            "end": self.last.isoformat() if self.last else None,
            "totals": self.totals.to_dict(),
            "incidents_listed": self.listed,
            "max_incidents": self.max_incidents,
            "lanes": [{"key": lane.key, "label": lane.label} for lane in self.lanes],
            "periods": [p.to_dict(self.lanes) for p in self.periods],
        }


def _lanes(by: By, rows: list[dict[str, Any]], max_lanes: int) -> tuple[list[Lane], set[str]]:
    """The lanes, most incidents first (attribution in the codebook's order), from the
    aggregated rows; returns them with the stored values that keep a lane of their own
    (the rest are folded into "other" when there are more than ``max_lanes``)."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["lane"]] = counts.get(row["lane"], 0) + int(row["count"])
    keys = sorted(counts, key=lambda k: (-counts[k], k))
    if by is By.attribution:
        keys.sort(key=lambda k: ATTRIBUTION_STATUSES.index(k) if k in ATTRIBUTION_STATUSES else 99)
    if len(keys) > max_lanes:
        keys = [*keys[: max_lanes - 1], OTHER_LANE]
    return [Lane(public_lane_key(k), lane_label(by, k)) for k in keys], set(keys)


def date_window(store: IncidentStore, filters: Filters) -> tuple[dt.date | None, dt.date | None]:
    """The dates a timeline covers: --since (else the first incident's first possible
    day) to --until (else the last incident's first possible day).

    Two lookups on the date index, no scan. Both the automatic grouping (from the
    window's length, :func:`~.periods.auto_group`) and the range of periods shown
    (empty ones included) come from this one window.
    """
    where, params = filters.where()
    # Only dates a record may hold set the window (an incident dated 9999 by an old version
    # keeps its own row but does not stretch the timeline over thousands of empty periods).
    where += " AND i.event_date BETWEEN ? AND ?"
    params = [*params, EARLIEST_DATE.isoformat(), LATEST_DATE.isoformat()]
    first = filters.since or _readable_bound(store, "min", where, params)
    last = filters.until or _readable_bound(store, "max", where, params)
    if not first or not last:
        return None, None
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


def _readable_bound(store: IncidentStore, which: str, where: str, params: list[Any]) -> str | None:
    """The first or last ``event_date`` that is a day: one another program wrote ('2024-13-45') is
    stepped over, by the date index, rather than stop the timeline (or cost a test of every row)."""
    bound = date_bound(store, which, where, params)
    beyond = "i.event_date > ?" if which == "min" else "i.event_date < ?"
    while bound is not None and not is_day(bound):
        bound = date_bound(store, which, f"{where} AND {beyond}", [*params, bound])
    return bound


def build_timeline(
    store: IncidentStore,
    filters: Filters,
    *,
    group: Group | str | None = None,
    by: By | str | None = None,
    max_incidents: int | None = DEFAULT_MAX_INCIDENTS,
    max_lanes: int = DEFAULT_MAX_LANES,
) -> Timeline:
    """Count, sum and list the incidents matching ``filters`` period by period.

    ``group`` None chooses one from the span of :func:`date_window`, coarsened if most
    incidents would otherwise land in "date uncertain" rows. ``max_incidents``
    caps the incidents listed (the most recent are kept; None lists all); the figures
    always count every incident. Empty periods between the first and the last (or
    between ``filters.since`` and ``filters.until`` when given) are included.
    """
    from ..errors import ValidationError

    if max_incidents is not None and max_incidents < 0:
        raise ValidationError("The maximum number of incidents cannot be negative.")
    if max_lanes < 2:
        raise ValidationError("Keep at least 2 lanes.")
    where, params = filters.where()
    store.note_unreadable(filters)  # an incident whose date is no day is in no period: said, as list says it
    auto = group is None
    window = date_window(store, filters)
    asked = None if group is None else Group(group)
    by = By(by) if by is not None else None
    lane_expr = f"coalesce({LANE_SQL[by]}, '')" if by else "''"
    group, rows = _grouped_rows(store, filters, asked, window, lane_expr)
    lanes, kept = _lanes(by, rows, max_lanes) if by else ([], set())
    regular: dict[dt.date, Period] = {}
    uncertain: dict[tuple[str, str], Period] = {}
    totals = _fill_periods(group, rows, kept if by else None, regular, uncertain)

    first, last = shown_range(group, window, regular)
    if first and last:
        for start in period_starts(group, first, last):
            regular.setdefault(start, Period(start, period_end(group, start), period_label(group, start)))
    periods = sorted([*regular.values(), *uncertain.values()], key=lambda p: row_order(group, p))

    listed = 0
    if max_incidents != 0 and totals.count:
        listed = _list_incidents(store, group, where, params, lane_expr, kept, max_incidents, regular, uncertain)
    return Timeline(
        group=group,
        auto_group=auto,
        by=by,
        description=filters.describe(),
        periods=periods,
        lanes=lanes,
        totals=totals,
        listed=listed,
        max_incidents=max_incidents,
        first=first,
        last=period_end(group, last) if last else None,
    )


def _grouped_rows(
    store: IncidentStore,
    filters: Filters,
    group: Group | None,
    window: tuple[dt.date | None, dt.date | None],
    lane_expr: str,
) -> tuple[Group, list[dict[str, Any]]]:
    """The grouping and its rows of figures. A grouping not asked for (None) is chosen from the
    span of dates (``window``), then made coarser while most incidents would land in "date
    uncertain" rows: a month-precise record read by week says nothing about its week."""
    auto = group is None
    if group is None:
        first_day, last_day = window
        group = auto_group(first_day, last_day) if first_day and last_day else Group.month
    rows = _aggregate(store, group, filters, lane_expr)
    while (
        auto
        and group is not Group.year
        and 2 * sum(r["count"] for r in rows if r["period"] is None) > sum(r["count"] for r in rows)
    ):
        # Most incidents are dated less precisely than this grouping: take the next coarser one.
        group = GROUP_ORDER[GROUP_ORDER.index(group) + 1]
        rows = _aggregate(store, group, filters, lane_expr)
    return group, rows


def _fill_periods(
    group: Group,
    rows: list[dict[str, Any]],
    kept: set[str] | None,
    regular: dict[dt.date, Period],
    uncertain: dict[tuple[str, str], Period],
) -> Figures:
    """Add each row's figures to its period (made on first sight, in ``regular`` or ``uncertain``)
    and, when lanes are asked for (``kept``: the lanes shown), to its lane, the rest under
    :data:`OTHER_LANE`; return the totals, which count every row whatever row it lands in."""
    totals = Figures()
    for row in rows:
        figures = Figures.from_row(row)
        totals.add(figures)
        period = row_for(group, row["period"], row["u_kind"], row["u_start"], row["u_end"], regular, uncertain)
        period.figures.add(figures)
        if kept is not None:
            lane = row["lane"] if row["lane"] in kept else OTHER_LANE
            period.lanes.setdefault(public_lane_key(lane), Figures()).add(figures)
    return totals


def _aggregate(store: IncidentStore, group: Group, filters: Filters, lane_expr: str) -> list[dict[str, Any]]:
    """The figures per period (and lane): the store's two GROUP BY queries
    (:func:`~..store.aggregates.period_figures`, which says why two), given this grouping's
    period of a day and placement of a span."""
    where, params = filters.where()
    return period_figures(
        store,
        where,
        params,
        since=filters.since,
        day_bucket=bucket_sql(group, "d.day"),
        span_placement=placement(group, "s.first", "s.last"),
        lane=lane_expr,
    )


def _list_incidents(
    store: IncidentStore,
    group: Group,
    where: str,
    params: list[Any],
    lane_expr: str,
    kept: set[str],
    max_incidents: int | None,
    regular: dict[dt.date, Period],
    uncertain: dict[tuple[str, str], Period],
) -> int:
    """Put the (most recent ``max_incidents``) incidents under their rows, in date order."""
    place = placement(group)
    placed = (
        f"{place.period} AS period, {place.kind} AS u_kind, {place.start} AS u_start, {place.end} AS u_end, "
        f"{lane_expr} AS lane"
    )
    order = "i.event_date DESC, i.id DESC"
    where = f"{where} AND {readable_dates()}"
    rows = incident_rows(store, INCIDENT_COLUMNS, where, params, order, max_incidents, extra=placed)
    # Within a row, by last possible day (as the "date uncertain" rows are placed), then first.
    rows.sort(key=lambda r: (r["event_date_end"] or r["event_date"], r["event_date"], r["id"]))
    for stored in rows:
        row = as_readable(stored)  # a toll of 'many' shown as unknown, as list shows it (the Note says so)
        period = row_for(
            group, row.pop("period"), row.pop("u_kind"), row.pop("u_start"), row.pop("u_end"), regular, uncertain
        )
        lane = row.pop("lane")
        incident = {**row, "date": date_label(row)}
        if lane_expr != "''":
            incident["lane"] = public_lane_key(lane if lane in kept else OTHER_LANE)
        period.incidents.append(incident)
    return len(rows)
