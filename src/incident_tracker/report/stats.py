"""``tracker stats``: totals and breakdowns of the incidents matching a filter.

One pass over the matching incidents groups them by the breakdown fields of few values
at once (country, province, type, sub-type, attribution, victims' nationality) into a
temporary table, which stays small (about 60,000 rows for a million incidents), and
each of those breakdowns is then a ``GROUP BY`` over it. The perpetrator, with its long
tail of names, has a pass of its own: inside that table it multiplied the rows by the
thousands of names, and the seven ``GROUP BY`` over it cost more than the passes they
saved (issue 17: 8.6–9.1 s for a million incidents). Python only orders and labels the
aggregated rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import ATTRIBUTION_STATUSES, country_name, date_label
from ..models.stored_values import as_readable
from ..store.aggregates import (
    StatsCube,
    default_attribution_figures,
    incident_rows,
    stats_cube,
    summaries_usable,
    summary_cube,
    summary_weapon_figures,
    weapon_figures,
)
from ..store.figure_sql import whole_toll
from ..store.filters import LINKED_DUPLICATE_SQL, Filters
from ..store.stored_guards import readable_dates
from .figures import Figures
from .text import plural
from .timeline import INCIDENT_COLUMNS

if TYPE_CHECKING:
    from ..store import IncidentStore

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

    @classmethod
    def first(
        cls, name: str, title: str, column: str, items: list[BreakdownRow], top: int, note: str | None = None
    ) -> Breakdown:
        """The first ``top`` of ``items`` (in the order given: most incidents first), and how many
        more there are: a long tail is counted, not shown, so the table stays one screen."""
        return cls(name, title, column, items[:top], max(0, len(items) - top), note)

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
            ("Killed", totals.toll("killed") + _unknown_note("death toll", totals.unknown("killed"))),
            ("Injured", totals.toll("injured") + _unknown_note("number", totals.unknown("injured"))),
        ]
        if self.first and self.last:
            lines.append(("First", f"{self.first['date']}  (#{self.first['id']})"))
            lines.append(("Last", f"{self.last['date']}  (#{self.last['id']})"))
        lines.append(("Without coordinates", f"{self.without_coordinates:,}"))
        lines.append(("Without a death toll", f"{totals.unknown('killed'):,}"))
        return lines

    def only(self, names: list[str]) -> Stats:
        """The same figures with just the named breakdowns, in the order given
        (``tracker stats --by actor``); an unknown name is refused listing the valid ones."""
        from ..errors import ValidationError

        known = {b.name: b for b in self.breakdowns}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ValidationError(f"Unknown breakdown {unknown[0]!r}. Valid: {', '.join(known)}.")
        self.breakdowns = [known[n] for n in dict.fromkeys(names)]
        return self

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


#: The attribution breakdown's row for the ``unattributed`` nobody stated (key and label alike,
#: as ``list`` shows such a record), apart from the ``unattributed`` a user or a source gave.
DEFAULT_ATTRIBUTION_ROW = "unattributed (default)"


def _split_default(breakdown: Breakdown, default: Figures) -> None:
    """Show the default ``unattributed`` as a row of its own, after the stated one (which
    keeps the status's row, less the defaults): what a desk still has to read, kept apart
    from what was read (the codebook: "a default must be visible as a default")."""
    rows = breakdown.rows
    at = next(n for n, row in enumerate(rows) if row.key == "unattributed")
    rows[at] = BreakdownRow("unattributed", "unattributed", rows[at].figures.less(default))
    rows.insert(at + 1, BreakdownRow(DEFAULT_ATTRIBUTION_ROW, DEFAULT_ATTRIBUTION_ROW, default))


#: Breakdowns with a pass of their own, not in the cube: too many values.
_OWN_PASS = frozenset({"perpetrator"})


def _breakdown(cube: StatsCube, spec: tuple[str, str, str, str, str], top: int) -> Breakdown:
    name, title, column, _, kind = spec
    rows = cube.breakdown(name)
    items = [BreakdownRow(str(r["key"]), _label(kind, str(r["key"])), Figures.from_row(r)) for r in rows]
    if name == "attribution":
        present = {row.key: row for row in items}
        items = [present.get(s) or BreakdownRow(s, s, Figures()) for s in ATTRIBUTION_STATUSES]
        top = len(items)
    return Breakdown.first(name, title, column, items, top)


def _actors(cube: StatsCube, top: int) -> Breakdown:
    """Per canonical actor: each perpetrator as written, counted under the dictionary's
    actor for it ("ISKP" and "Islamic State Khorasan Province" are one row). A name the
    dictionary does not know counts as written. A perpetrator matches a spelling as the
    actor filter matches it (case aside, as written), so the two always agree."""
    rows = cube.actors()
    items = [BreakdownRow(str(r["key"]), _label("perpetrator", str(r["key"])), Figures.from_row(r)) for r in rows]
    return Breakdown.first(
        "actor",
        "By actor (canonical)",
        "Actor",
        items,
        top,
        "Perpetrators as written, counted under the actor dictionary's name for them ('tracker actors list').",
    )


def _weapons(rows: list[dict[str, Any]], top: int) -> Breakdown:
    """Per weapon, and "none recorded" for incidents without one (key '')."""
    items = [BreakdownRow(str(r["key"]), str(r["key"]) or "none recorded", Figures.from_row(r)) for r in rows]
    return Breakdown.first(
        "weapon",
        "By weapon",
        "Weapon",
        items,
        top,
        "An incident with several weapons counts under each, so these rows add up to more than the total.",
    )


def _incident(row: dict[str, Any]) -> dict[str, Any]:
    """A row of the first, last or deadliest incidents, with its date's label; a value another program
    wrote that tracker never does (a date '2024-13-45') is read as unknown (``models.stored_values``)."""
    row = as_readable(row)
    return {**row, "date": date_label(row)}


def build_stats(store: IncidentStore, filters: Filters, *, top: int = DEFAULT_TOP, summaries: bool = True) -> Stats:
    """Totals, breakdowns (``top`` rows each) and the ``top`` deadliest incidents.

    First and last are by ``event_date`` (the first possible day), which the date
    index serves; an incident known only to a month or year shows as such.

    With no filter, the breakdowns come from the summary tables the writes keep
    current (``store/stats_summary.py``: under a second instead of 8.6 s on a million
    incidents); a filter, or ``summaries=False``, groups the matching incidents as they
    are. Both give the same figures, to the byte (tests/test_stats_summary.py).
    """
    from ..errors import ValidationError

    if top < 1:
        raise ValidationError("The number of top rows must be at least 1.")
    where, params = filters.where()
    store.note_unreadable(filters)  # a toll of 'many' counts as unknown, a date that is no day in no first or last
    # No filter but "not deleted": the summary tables hold the answer.
    from_summaries = summaries and not params and where == Filters().where()[0] and summaries_usable(store)
    # An incident linked as a duplicate of a live one is the same event: count it once (issue 15).
    where = f"{where} AND NOT {LINKED_DUPLICATE_SQL}"
    if from_summaries:
        cube_rows = summary_cube(store)
    else:
        cube_fields = [(name, expr) for name, _, _, expr, _ in _BREAKDOWNS if name not in _OWN_PASS]
        cube_rows = stats_cube(store, cube_fields, where, params)
    with cube_rows as cube:
        total_row = cube.totals()
        breakdowns = [_breakdown(cube, spec, top) for spec in _BREAKDOWNS]
        breakdowns.insert(6, _actors(cube, top))
    weapons = summary_weapon_figures(store) if from_summaries else weapon_figures(store, where, params)
    breakdowns.insert(7, _weapons(weapons, top))
    attribution = next(b for b in breakdowns if b.name == "attribution")
    _split_default(attribution, Figures.from_row(default_attribution_figures(store, where, params)))
    totals = Figures.from_row(total_row)

    def ends(order: str) -> dict[str, Any] | None:
        found = incident_rows(store, INCIDENT_COLUMNS, f"{where} AND {readable_dates()}", params, order, 1)
        return _incident(found[0]) if found else None

    deadliest = incident_rows(
        store,
        INCIDENT_COLUMNS,
        f"{where} AND i.killed > 0 AND {whole_toll('killed')}",  # not 'many' (text sorts high), nor 9, 4, 1
        params,
        "i.killed DESC, i.event_date DESC, i.id DESC",
        top,
    )
    return Stats(
        description=filters.describe(),
        totals=totals,
        first=ends("i.event_date, i.id"),
        last=ends("i.event_date DESC, i.id DESC"),
        without_coordinates=totals.count - int(total_row["located"] or 0),
        breakdowns=breakdowns,
        deadliest=[_incident(r) for r in deadliest],
    )


def _unknown_note(what: str, unknown: int) -> str:
    """'  (death toll unknown for 1 incident)'; nothing when every incident has the figure."""
    return f"  ({what} unknown for {plural(unknown, 'incident')})" if unknown else ""
