"""``tracker stats``: totals and breakdowns of the incidents matching a filter.

Each breakdown is one ``GROUP BY`` in SQLite; Python only orders and labels the
aggregated rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import ATTRIBUTION_STATUSES, country_name, format_event_date
from .figures import FIGURE_COLUMNS, Figures
from .text import plural
from .timeline import INCIDENT_COLUMNS

if TYPE_CHECKING:
    from ..store import Filters, IncidentStore

#: Rows shown per breakdown (and deadliest incidents) unless asked otherwise.
DEFAULT_TOP = 10


@dataclass
class BreakdownRow:
    key: str
    label: str
    figures: Figures

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key or None, "label": self.label, **self.figures.to_dict()}


@dataclass
class Breakdown:
    """Incidents and casualties per value of one field."""

    name: str
    title: str
    column: str
    rows: list[BreakdownRow] = field(default_factory=list)
    more: int = 0
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rows": [r.to_dict() for r in self.rows], "more": self.more}
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class Stats:
    """What ``tracker stats`` shows; built by :func:`build_stats`."""

    description: str
    totals: Figures
    first: dict[str, Any] | None
    last: dict[str, Any] | None
    without_coordinates: int
    breakdowns: list[Breakdown]
    deadliest: list[dict[str, Any]]

    def overview(self) -> list[tuple[str, str]]:
        """(label, value) lines of the totals, in the order people read them."""
        totals = self.totals
        lines = [
            ("Incidents", f"{totals.count:,}"),
            (
                "Killed",
                f"{totals.toll('killed')}  (death toll unknown for {plural(totals.unknown('killed'), 'incident')})",
            ),
            (
                "Injured",
                f"{totals.toll('injured')}  (number unknown for {plural(totals.unknown('injured'), 'incident')})",
            ),
        ]
        if self.first and self.last:
            lines.append(("First", f"{self.first['date']}  (#{self.first['id']})"))
            lines.append(("Last", f"{self.last['date']}  (#{self.last['id']})"))
        lines.append(("Without coordinates", f"{self.without_coordinates:,}"))
        lines.append(("Without a death toll", f"{totals.unknown('killed'):,}"))
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "filter": self.description,
            "totals": self.totals.to_dict(),
            "first": self.first,
            "last": self.last,
            "without_coordinates": self.without_coordinates,
            "without_death_toll": self.totals.unknown("killed"),
            "without_injured_count": self.totals.unknown("injured"),
            "breakdowns": {b.name: b.to_dict() for b in self.breakdowns},
            "deadliest": self.deadliest,
        }


#: (name, title, column header, SQL of the value, how to label it)
_BREAKDOWNS: tuple[tuple[str, str, str, str, str], ...] = (
    ("country", "By country", "Country", "i.country", "country"),
    ("admin1", "By province (admin1)", "Admin1", "i.admin1", "admin1"),
    ("event_type", "By event type", "Event type", "i.event_type", "plain"),
    ("sub_event_type", "By sub-event type", "Sub-event type", "i.sub_event_type", "plain"),
    ("attribution", "By attribution status", "Attribution", "i.attribution", "plain"),
    ("perpetrator", "By perpetrator", "Perpetrator", "i.perpetrator", "perpetrator"),
    ("victim_nationality", "By victims' nationality", "Nationality", "i.victim_nationality", "country"),
)

_EMPTY_LABELS = {"country": "unknown", "admin1": "unknown", "plain": "not given", "perpetrator": "none named"}


def _label(kind: str, key: str) -> str:
    if not key:
        return _EMPTY_LABELS.get(kind, "unknown")
    if kind == "country":
        return f"{country_name(key)} ({key})"
    return key


def _rows(cursor: Any) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor]


def _breakdown(
    store: IncidentStore, where: str, params: list[Any], spec: tuple[str, str, str, str, str], top: int
) -> Breakdown:
    name, title, column, expr, kind = spec
    rows = _rows(
        store.conn.execute(
            f"SELECT coalesce({expr}, '') AS key, {FIGURE_COLUMNS} FROM incidents AS i WHERE {where} "
            "GROUP BY key ORDER BY count DESC, key = '', key",
            params,
        )
    )
    breakdown = Breakdown(name, title, column)
    items = [BreakdownRow(str(r["key"]), _label(kind, str(r["key"])), Figures.from_row(r)) for r in rows]
    if name == "attribution":
        present = {row.key: row for row in items}
        items = [present.get(s) or BreakdownRow(s, s, Figures()) for s in ATTRIBUTION_STATUSES]
        top = len(items)
    breakdown.rows = items[:top]
    breakdown.more = max(0, len(items) - top)
    return breakdown


def _weapons(store: IncidentStore, where: str, params: list[Any], top: int) -> Breakdown:
    rows = _rows(
        store.conn.execute(
            f"SELECT w.weapon AS key, {FIGURE_COLUMNS} FROM incident_weapons AS w "
            f"JOIN incidents AS i ON i.id = w.incident_id WHERE {where} "
            "GROUP BY w.weapon ORDER BY count DESC, key",
            params,
        )
    )
    none = _rows(
        store.conn.execute(
            f"SELECT {FIGURE_COLUMNS} FROM incidents AS i WHERE {where} "
            "AND NOT EXISTS (SELECT 1 FROM incident_weapons AS w WHERE w.incident_id = i.id)",
            params,
        )
    )[0]
    items = [BreakdownRow(str(r["key"]), str(r["key"]), Figures.from_row(r)) for r in rows]
    if none["count"]:
        items.append(BreakdownRow("", "none recorded", Figures.from_row(none)))
    return Breakdown(
        "weapon",
        "By weapon",
        "Weapon",
        items[:top],
        max(0, len(items) - top),
        "An incident with several weapons counts under each, so these rows add up to more than the total.",
    )


def _incident(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "date": format_event_date(row["event_date"], row["event_date_end"], row["date_precision"])}


def build_stats(store: IncidentStore, filters: Filters, *, top: int = DEFAULT_TOP) -> Stats:
    """Totals, breakdowns (``top`` rows each) and the ``top`` deadliest incidents."""
    from ..errors import ValidationError

    if top < 1:
        raise ValidationError("--top must be at least 1.")
    where, params = filters.where()
    total_row = _rows(
        store.conn.execute(
            f"SELECT {FIGURE_COLUMNS}, coalesce(sum(i.latitude IS NULL), 0) AS without_coordinates "
            f"FROM incidents AS i WHERE {where}",
            params,
        )
    )[0]
    breakdowns = [_breakdown(store, where, params, spec, top) for spec in _BREAKDOWNS]
    breakdowns.insert(6, _weapons(store, where, params, top))
    totals = Figures.from_row(total_row)
    columns = ", ".join("i." + c for c in INCIDENT_COLUMNS)
    first = _rows(
        store.conn.execute(
            f"SELECT {columns} FROM incidents AS i WHERE {where} ORDER BY i.event_date, i.id LIMIT 1", params
        )
    )
    last = _rows(
        store.conn.execute(
            f"SELECT {columns} FROM incidents AS i WHERE {where} "
            "ORDER BY coalesce(i.event_date_end, i.event_date) DESC, i.id DESC LIMIT 1",
            params,
        )
    )
    deadliest = _rows(
        store.conn.execute(
            f"SELECT {columns} FROM incidents AS i WHERE {where} AND i.killed > 0 "
            "ORDER BY i.killed DESC, i.event_date DESC, i.id DESC LIMIT ?",
            [*params, top],
        )
    )
    return Stats(
        description=filters.describe(),
        totals=totals,
        first=_incident(first[0]) if first else None,
        last=_incident(last[0]) if last else None,
        without_coordinates=int(total_row["without_coordinates"]),
        breakdowns=breakdowns,
        deadliest=[_incident(r) for r in deadliest],
    )
