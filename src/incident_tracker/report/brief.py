"""``tracker brief``: the desk's brief for a window, as one self-contained file.

:func:`build_brief` gathers plain data from the other reports (the timeline's totals and
periods, the statistics' attribution breakdown, the map's incidents, the history) plus
the incidents with their sources; :mod:`.brief_render` turns it into HTML (images inline
as ``data:`` URIs, so the file opens with no network) or Markdown (images written beside
it).

The window is a span of time in the desk's time zone, written as the user wrote it
("2025-11-29 16:00 – 2025-11-30 16:00, Asia/Kabul"). Two things are read against it:

- **incidents** by their event dates. Dates are days (or coarser): an incident belongs if
  its possible dates overlap the window's calendar days, since its hour is not recorded;
  the brief says so rather than pretend.
- **what was recorded**: history rows (UTC timestamps) inside the window exactly, whatever
  the incident's own date: new incidents, revised fields, deletions, sources added.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import ValidationError
from ..models import Casualties, IncidentRecord, Toll, country_name, date_label, parse_date
from ..models.stored_values import as_readable
from ..store.aggregates import changes_between

if TYPE_CHECKING:
    from ..store import Filters, IncidentStore
    from .figures import Figures
    from .geomap import IncidentMap
    from .stats import Breakdown
    from .timeline import Timeline

_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")

#: How a location's precision reads in the brief.
PRECISION_WORDS: dict[str, str] = {
    "exact": "exact place",
    "near": "near the named place",
    "admin2": "district only",
    "admin1": "province only",
    "country": "country only",
    "unknown": "location unknown",
}

#: Fields whose revision a reader must see first, in this order.
_FIELD_NAMES: dict[str, str] = {
    "killed": "killed",
    "killed_low": "killed (low)",
    "killed_high": "killed (high)",
    "injured": "injured",
    "event_date": "date",
    "event_date_end": "last possible date",
    "attribution": "attribution",
    "perpetrator": "perpetrator",
    "place": "place",
    "location": "location",
}


def time_zone(name: str) -> ZoneInfo:
    """The zone for an IANA name, or a one-line error."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"Unknown time zone {name!r}: give an IANA name such as Asia/Kabul, Asia/Dushanbe or UTC."
        ) from None


@dataclass(frozen=True)
class Window:
    """The brief's window: [start, end) in ``zone``, with the text the user gave."""

    start: dt.datetime | None
    end: dt.datetime | None
    zone: str
    since_text: str | None
    until_text: str | None

    @property
    def label(self) -> str:
        """As written, with the zone: "2025-11-29 16:00 – 2025-11-30 16:00 (Asia/Kabul)"."""
        if not self.since_text and not self.until_text:
            return "all dates"
        since = self.since_text or "the first incident"
        until = self.until_text or "now"
        return f"{since} – {until} ({self.zone})"

    @property
    def first_day(self) -> dt.date | None:
        return self.start.date() if self.start else None

    @property
    def last_day(self) -> dt.date | None:
        """The last calendar day the window touches (its end is exclusive)."""
        return (self.end - dt.timedelta(microseconds=1)).date() if self.end else None

    def utc_bounds(self) -> tuple[str | None, str | None]:
        """The window as the history table's UTC timestamps ("2025-11-29T11:30:00Z")."""

        def utc(moment: dt.datetime | None) -> str | None:
            return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None

        return utc(self.start), utc(self.end)


def _moment(text: str, zone: ZoneInfo, *, end: bool) -> dt.datetime:
    """A point in time from "2025-11-30 16:00", or the first (``end``: after the last) day of a date."""
    text = text.strip()
    found = _MOMENT.fullmatch(text)
    if found:
        day, hour, minute, second = found.groups()
        try:
            return dt.datetime.combine(
                dt.date.fromisoformat(day), dt.time(int(hour), int(minute), int(second or 0)), tzinfo=zone
            )
        except ValueError:
            raise ValidationError(f"Cannot read {text!r} as a date and time (2025-11-30 16:00).") from None
    parsed = parse_date(text)
    day = (parsed.end or parsed.start) + dt.timedelta(days=1) if end else parsed.start
    return dt.datetime.combine(day, dt.time(), tzinfo=zone)


def parse_window(since: str | None, until: str | None, zone_name: str) -> Window:
    """The window from --since/--until: a time ("2025-11-29 16:00") or a date (a whole day,
    month, year) in ``zone_name``; --until is exclusive for a time, inclusive for a date."""
    zone = time_zone(zone_name)
    start = _moment(since, zone, end=False) if since else None
    stop = _moment(until, zone, end=True) if until else None
    if start and stop and stop <= start:
        raise ValidationError(
            f"The window ends ({until}) before it starts ({since}): swap the start and the end.", field="since"
        )
    return Window(start, stop, zone_name, since.strip() if since else None, until.strip() if until else None)


@dataclass
class Change:
    """What was recorded about one incident inside the window."""

    incident_id: int
    date: str
    place: str
    toll: str = "?"
    attribution: str = "unattributed"
    #: Its event dates overlap the window's days, so it is in the totals and the list below.
    dated_in_window: bool = True
    new: bool = False
    deleted: bool = False
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (field, old, new)
    sources_added: int = 0
    reasons: list[str] = field(default_factory=list)
    last_at: str = ""


@dataclass
class Brief:
    """Everything the brief shows; built by :func:`build_brief`, rendered by :mod:`.brief_render`."""

    window: Window
    description: str
    generated_at: dt.datetime
    totals: Figures
    timeline: Timeline
    attribution: Breakdown
    countries: Breakdown
    incidents: list[IncidentRecord]
    changes: list[Change]
    incident_map: IncidentMap

    @property
    def title(self) -> str:
        return f"Incident brief: {self.window.label}"

    def local(self, utc_text: str) -> str:
        """A history timestamp in the desk's zone: "30 Nov 2025 14:05"."""
        moment = dt.datetime.strptime(utc_text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
        return moment.astimezone(time_zone(self.window.zone)).strftime("%d %b %Y %H:%M").lstrip("0")


def incident_date(record: Mapping[str, Any]) -> str:
    return date_label(record)


def where_text(record: Mapping[str, Any]) -> str:
    """The place at its honest precision: "near the Esteqlol border crossing, Tajikistan (near the named
    place; no coordinates)"."""
    parts: list[str] = []
    for part in (record.get("place"), record.get("location"), record.get("admin2"), record.get("admin1")):
        if part and part not in parts:
            parts.append(str(part))
    country = country_name(record.get("country"))
    if country and country not in parts:
        parts.append(country)
    text = ", ".join(parts) or "place unknown"
    precision = PRECISION_WORDS.get(record.get("geo_precision") or "unknown", "location unknown")
    if record.get("latitude") is None:
        precision += "; no coordinates"
    return f"{text} ({precision})"


def toll_text(record: Mapping[str, Any], what: Toll) -> str:
    return Casualties.of(record, what).shown()


def build_brief(
    store: IncidentStore,
    filters: Filters,
    window: Window,
    *,
    now: dt.datetime | None = None,
    max_incidents: int = 200,
) -> Brief:
    """Gather the brief for ``window``; ``filters`` must not carry dates (the window sets them)."""
    from .geomap import build_map
    from .stats import build_stats
    from .timeline import build_timeline

    dated = replace(
        filters,
        since=window.first_day.isoformat() if window.first_day else None,
        until=window.last_day.isoformat() if window.last_day else None,
    )
    timeline = build_timeline(store, dated, max_incidents=0)
    stats = build_stats(store, dated, top=10)
    by_name = {b.name: b for b in stats.breakdowns}
    incidents = list(store.query(dated, sort="date", limit=max_incidents))
    incident_map = build_map(store, dated, max_incidents=2000)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(time_zone(window.zone))
    return Brief(
        window=window,
        description=filters.describe(),
        generated_at=moment,
        totals=stats.totals,
        timeline=timeline,
        attribution=by_name["attribution"],
        countries=by_name["country"],
        incidents=incidents,
        changes=_changes(store, filters, window),
        incident_map=incident_map,
    )


def _dated_in(row: dict[str, Any], window: Window) -> bool:
    """Do the incident's possible dates overlap the window's calendar days?"""
    first, last = row["event_date"], row["event_date_end"] or row["event_date"]
    if first is None:  # dates read as unknown (another program's): not known to be in the window
        return False
    if window.first_day and last < window.first_day.isoformat():
        return False
    return not (window.last_day and first > window.last_day.isoformat())


def _changes(store: IncidentStore, filters: Filters, window: Window) -> list[Change]:
    """History rows inside the window, for incidents matching the other filters, by incident."""
    start, end = window.utc_bounds()
    if not start and not end:
        return []
    where, params = replace(filters, since=None, until=None).where()
    # A deletion in the window is news even though the incident no longer matches the filter.
    found = changes_between(store, where, params, start, end, deleted_too=not filters.deleted)
    changes: dict[int, Change] = {}
    for row in found:
        from .text import attribution_label, place_text

        row = as_readable(row)  # a date another program wrote ('2024-13-45'): read as unknown
        incident_id = int(row["incident_id"])
        if incident_id not in changes:
            changes[incident_id] = Change(
                incident_id,
                incident_date(row),
                place_text(row),
                toll_text(row, "killed"),
                attribution_label(row),
                _dated_in(row, window),
            )
        change = changes[incident_id]
        change.last_at = row["changed_at"]
        action = row["action"]
        if action == "create":
            change.new = True
        elif action == "delete":
            change.deleted = True
        elif action == "source":
            change.sources_added += 1
        elif action == "update" and row["field"]:
            change.fields.append(
                (_FIELD_NAMES.get(row["field"], row["field"]), row["old_value"] or "?", row["new_value"] or "?")
            )
        if row["reason"] and row["reason"] not in change.reasons:
            change.reasons.append(row["reason"])
    return sorted(changes.values(), key=lambda c: (not c.new, c.incident_id))
