"""The SQL behind the reports (``stats``, ``timeline``, ``brief``): casualty figures summed
by SQLite, grouped by what a report asks for, over the incidents ``Filters.where()`` selects.

The reports decide what to group by and how to show it; the statements live here, so
the store is the one place that knows the tables. Each function takes the filter's
``where``/``params`` (``incidents AS i``) as :meth:`~.filters.Filters.where` made them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ..models.text import persian_letters_sql
from . import stats_summary
from .database import rows as fetch_rows
from .figure_sql import FIGURE_COLUMNS, FIGURE_NAMES, rollup_columns
from .filters import LINKED_DUPLICATE_SQL
from .stored_guards import is_day

if TYPE_CHECKING:
    import sqlite3

    from .incidents import IncidentStore


def incident_rows(
    store: IncidentStore,
    columns: tuple[str, ...],
    where: str,
    params: list[Any],
    order: str,
    limit: int | None = None,
    *,
    extra: str = "",
) -> list[dict[str, Any]]:
    """The ``columns`` of the matching incidents in ``order`` (and ``extra`` named SQL
    expressions beside them), at most ``limit`` of them. ``attribution_default`` comes as
    ``true``/``false``/``None``, as ``show`` and ``export`` give it, not SQLite's 1/0."""
    more = f", {extra}" if extra else ""
    sql = f"SELECT {', '.join('i.' + c for c in columns)}{more} FROM incidents AS i WHERE {where} ORDER BY {order}"
    query_params = list(params)
    if limit is not None:
        sql += " LIMIT ?"
        query_params.append(limit)
    rows = list(fetch_rows(store.conn, sql, query_params))
    if "attribution_default" in columns:
        for row in rows:
            if row["attribution_default"] is not None:
                row["attribution_default"] = bool(row["attribution_default"])
    return rows


def date_bound(store: IncidentStore, which: str, where: str, params: list[Any]) -> str | None:
    """The first (``which="min"``) or last (``"max"``) ``event_date`` of the matching incidents."""
    if which not in ("min", "max"):
        raise ValueError(which)
    row = store.conn.execute(f"SELECT {which}(i.event_date) FROM incidents AS i WHERE {where}", params).fetchone()
    return None if row[0] is None else str(row[0])


# --- stats -------------------------------------------------------------------

#: The temporary table (in SQLite's temp database, never the file) holding one row per
#: combination of the breakdown fields of few values, with its figures.
_CUBE = "temp.report_stats_cube"
#: Figures per perpetrator as written, which both the perpetrator and the canonical-actor
#: breakdowns group (the latter through the actor dictionary).
_PERPETRATORS = "temp.report_stats_perpetrators"
_BY_COUNT = "GROUP BY key ORDER BY count DESC, key = '', key"
#: The breakdowns of names typed by hand, grouped with their Arabic kaf and yeh read as Persian
#: (``models.text.ARABIC_AS_PERSIAN``: "بدخشان" typed on either keyboard is one province).
_NAMES = frozenset({"admin1", "perpetrator"})


@dataclass
class StatsCube:
    """The two tables ``tracker stats`` groups: see :func:`stats_cube` and :func:`summary_cube`."""

    store: IncidentStore
    cube: str = _CUBE
    perpetrators: str = _PERPETRATORS

    def totals(self) -> dict[str, Any]:
        """The figures of every matching incident, and how many have coordinates (``located``)."""
        sql = f"SELECT {rollup_columns('c')}, sum(c.located) AS located FROM {self.cube} AS c"
        return next(fetch_rows(self.store.conn, sql))  # an aggregate: always one row

    def breakdown(self, name: str) -> list[dict[str, Any]]:
        """Figures per value (``key``) of one cube field, or of ``perpetrator``; most incidents first."""
        table = self.perpetrators if name == "perpetrator" else self.cube
        key = persian_letters_sql(f"c.{name}") if name in _NAMES else f"c.{name}"
        return list(
            fetch_rows(self.store.conn, f"SELECT {key} AS key, {rollup_columns('c')} FROM {table} AS c {_BY_COUNT}")
        )

    def actors(self) -> list[dict[str, Any]]:
        """Figures per canonical actor: each perpetrator counted under the dictionary's name
        for it, matched as the ``actor`` filter matches (case aside, as written)."""
        canonical = (
            "coalesce((SELECT a.name FROM actor_aliases AS k JOIN actors AS a ON a.id = k.actor_id "
            f"WHERE k.alias = c.perpetrator COLLATE NOCASE LIMIT 1), {persian_letters_sql('c.perpetrator')})"
        )
        sql = f"SELECT {canonical} AS key, {rollup_columns('c')} FROM {self.perpetrators} AS c {_BY_COUNT}"
        return list(fetch_rows(self.store.conn, sql))


@contextmanager
def stats_cube(
    store: IncidentStore, fields: list[tuple[str, str]], where: str, params: list[Any]
) -> Iterator[StatsCube]:
    """One pass over the matching incidents: figures per combination of ``fields`` (name,
    SQL expression), and one more per perpetrator; dropped again when the block ends.

    Every breakdown and the totals are then small GROUP BYs over these tables, instead
    of one pass over the incidents each.
    """
    keys = ", ".join(f"coalesce({expr}, '') AS {name}" for name, expr in fields)
    try:
        _scratch(
            store.conn,
            (f"DROP TABLE IF EXISTS {_CUBE}", []),
            (
                f"CREATE TABLE {_CUBE} AS SELECT {keys}, {FIGURE_COLUMNS}, count(i.latitude) AS located "
                f"FROM incidents AS i WHERE {where} GROUP BY {', '.join(name for name, _ in fields)}",
                params,
            ),
            (f"DROP TABLE IF EXISTS {_PERPETRATORS}", []),
            (
                f"CREATE TABLE {_PERPETRATORS} AS SELECT coalesce(i.perpetrator, '') AS perpetrator, "
                f"{FIGURE_COLUMNS} FROM incidents AS i WHERE {where} GROUP BY 1",
                params,
            ),
        )
        yield StatsCube(store)
    finally:
        _scratch(store.conn, (f"DROP TABLE IF EXISTS {_CUBE}", []), (f"DROP TABLE IF EXISTS {_PERPETRATORS}", []))


def _scratch(conn: sqlite3.Connection, *statements: tuple[str, list[Any]]) -> None:
    """Run ``statements`` that make or drop the temporary tables above, in SQLite's temp database, never
    the file. A read-only store (``PRAGMA query_only``, :func:`.database.connect_read_only`) refuses even
    those ("attempt to write a readonly database", probe15), so the pragma is lifted for these statements of
    ours alone, and set again before anything else runs: the file itself is never written."""
    query_only = bool(conn.execute("PRAGMA query_only").fetchone()[0])
    if query_only:
        conn.execute("PRAGMA query_only = OFF")
    try:
        for sql, params in statements:
            conn.execute(sql, params)
    finally:
        if query_only:
            conn.execute("PRAGMA query_only = ON")


# --- stats of everything, from the summary tables (m012) -------------------------------


def summaries_usable(store: IncidentStore) -> bool:
    """Has the database the summary tables (not an old file read without migrating)?"""
    return stats_summary.present(store.conn)


def _linked_where() -> str:
    """The live incidents the stats leave out, linked ``duplicate_of`` a live incident: the
    summaries count them, so they are taken away. ``LINKED_DUPLICATE_SQL`` decides, exactly
    as for the stats pass; the ``IN`` lets SQLite start from the few links, not every incident."""
    return (
        "i.id IN (SELECT incident_id FROM links WHERE kind = 'duplicate_of') "
        f"AND +i.deleted_at IS NULL AND {LINKED_DUPLICATE_SQL}"
    )


def _less_linked(table: str, linked: str) -> str:
    """A summary table's rows with the linked duplicates' groups taken away, groups left
    empty dropped: what a stats pass over the same incidents would have grouped."""
    keys, figures = stats_summary.SUMMARIES[table]
    taken = stats_summary.grouped_sql(table, linked, negate=True)
    summed = ", ".join(f"sum(u.{c}) AS {c}" for c in figures)
    return (
        f"SELECT {', '.join(f'u.{k} AS {k}' for k in keys)}, {summed} FROM "
        f"(SELECT {', '.join((*keys, *figures))} FROM main.{table} UNION ALL {taken}) AS u "
        f"GROUP BY {', '.join(f'u.{k}' for k in keys)} HAVING sum(u.count) > 0"
    )


def _any_linked(store: IncidentStore) -> bool:
    sql = f"SELECT EXISTS (SELECT 1 FROM incidents AS i WHERE {_linked_where()})"
    return bool(store.conn.execute(sql).fetchone()[0])


@contextmanager
def summary_cube(store: IncidentStore) -> Iterator[StatsCube]:
    """:func:`stats_cube` of every live incident but linked duplicates, from the summary
    tables: read as they are, or, when some incidents are linked duplicates, less those
    (copied into the same temporary tables, a few thousand rows)."""
    if not _any_linked(store):
        yield StatsCube(store, "main.stats_cube", "main.stats_perpetrators")
        return
    linked = _linked_where()
    try:
        for temp, table in ((_CUBE, "stats_cube"), (_PERPETRATORS, "stats_perpetrators")):
            _scratch(
                store.conn,
                (f"DROP TABLE IF EXISTS {temp}", []),
                (f"CREATE TABLE {temp} AS {_less_linked(table, linked)}", []),
            )
        yield StatsCube(store)
    finally:
        _scratch(store.conn, (f"DROP TABLE IF EXISTS {_CUBE}", []), (f"DROP TABLE IF EXISTS {_PERPETRATORS}", []))


def summary_weapon_figures(store: IncidentStore) -> list[dict[str, Any]]:
    """:func:`weapon_figures` of every live incident but linked duplicates, from ``stats_weapons``."""
    rows = _less_linked("stats_weapons", _linked_where()) if _any_linked(store) else "SELECT * FROM main.stats_weapons"
    figures = ", ".join(f"w.{name}" for name in FIGURE_NAMES)
    sql = f"SELECT w.weapon AS key, {figures} FROM ({rows}) AS w ORDER BY key = '', count DESC, key"
    return list(fetch_rows(store.conn, sql))


def weapon_figures(store: IncidentStore, where: str, params: list[Any]) -> list[dict[str, Any]]:
    """Figures per weapon, and for incidents without one (key ''): one LEFT JOIN."""
    return list(
        fetch_rows(
            store.conn,
            f"SELECT coalesce(w.weapon, '') AS key, {FIGURE_COLUMNS} FROM incidents AS i "
            f"LEFT JOIN incident_weapons AS w ON w.incident_id = i.id WHERE {where} "
            "GROUP BY key ORDER BY key = '', count DESC, key",
            params,
        )
    )


def default_attribution_figures(store: IncidentStore, where: str, params: list[Any]) -> dict[str, Any]:
    """The figures of the matching incidents whose ``unattributed`` is the default (nobody
    stated it), apart from the stated ones. A query of its own, not a key of the stats cube:
    the summary tables (m012) group by the status alone, and the defaults are few to read."""
    sql = (
        f"SELECT {FIGURE_COLUMNS} FROM incidents AS i WHERE {where} "
        "AND i.attribution = 'unattributed' AND i.attribution_default = 1"
    )
    return next(iter(fetch_rows(store.conn, sql, params)))


# --- timeline ----------------------------------------------------------------


class Placement(NamedTuple):
    """SQL expressions placing an incident's date range in a timeline row (see
    ``report.timeline``): its period's first day, else the "date uncertain" row's kind,
    start and end."""

    period: str
    kind: str
    start: str
    end: str


def period_figures(
    store: IncidentStore,
    where: str,
    params: list[Any],
    *,
    since: str | None,
    day_bucket: str,
    span_placement: Placement,
    lane: str,
) -> list[dict[str, Any]]:
    """The figures per period (and lane), in two GROUP BY queries.

    Single-day incidents, nearly all of them, are first summed per day (``GROUP BY
    i.event_date``, which SQLite streams in the order of the date index, without
    sorting a million rows), then per period (``day_bucket``, over ``d.day``) over those
    few thousand day rows. Incidents with a span (``event_date_end``), fewer, are summed
    per distinct span, then per placement (over ``s.first``/``s.last``) computed once per span.

    Each query repeats ``since`` in a form an index can serve: for a single-day incident
    the last possible day is ``event_date``, for a span ``event_date_end``.

    A date another program wrote ('2024-13-45', 'yesterday') has no period: the test that it is a
    day (``stored_guards.is_day``) runs on the grouped days (a few thousand), never on each incident.
    """
    single_where, span_where = where, where
    single_params, span_params = list(params), list(params)
    if since:
        single_where += " AND i.event_date >= ?"
        span_where += " AND i.event_date_end >= ?"
        single_params.append(since)
        span_params.append(since)
    day_key = "i.event_date" if lane == "''" else "i.event_date, lane"
    single = f"""
SELECT {day_bucket} AS period, NULL AS u_kind, NULL AS u_start, NULL AS u_end, d.lane AS lane,
  {rollup_columns("d")}
FROM (
  SELECT i.event_date AS day, {lane} AS lane, {FIGURE_COLUMNS}
  FROM incidents AS i
  WHERE {single_where} AND (i.event_date_end IS NULL OR i.event_date_end = i.event_date)
  GROUP BY {day_key}
) AS d
WHERE {is_day("d.day")}
GROUP BY period, lane"""
    place = span_placement
    spans = f"""
SELECT {place.period} AS period, {place.kind} AS u_kind, {place.start} AS u_start, {place.end} AS u_end,
  s.lane AS lane, {rollup_columns("s")}
FROM (
  SELECT i.event_date AS first, i.event_date_end AS last, {lane} AS lane, {FIGURE_COLUMNS}
  FROM incidents AS i
  WHERE {span_where} AND i.event_date_end > i.event_date
  GROUP BY i.event_date, i.event_date_end, lane
) AS s
WHERE {is_day("s.first")} AND {is_day("s.last")}
GROUP BY period, u_kind, u_start, u_end, lane"""
    out: list[dict[str, Any]] = []
    for sql, sql_params in ((single, single_params), (spans, span_params)):
        out.extend(fetch_rows(store.conn, sql, sql_params))
    return out


# --- brief -------------------------------------------------------------------

#: What the brief shows of an incident beside each change to it.
_CHANGE_COLUMNS = (
    "i.event_date, i.event_date_end, i.date_precision, i.place, i.location, i.admin1, i.country, "
    "i.killed, i.killed_low, i.killed_high, i.attribution, i.perpetrator, i.origin_place"
)


def changes_between(
    store: IncidentStore,
    where: str,
    params: list[Any],
    start: str | None,
    end: str | None,
    *,
    deleted_too: bool,
) -> Iterator[dict[str, Any]]:
    """History rows made in [``start``, ``end``) for the matching incidents, by incident.

    ``deleted_too``: an incident deleted since also counts (its deletion is news even
    though it no longer matches a filter of live incidents).
    """
    if deleted_too:
        where = where.replace("+i.deleted_at IS NULL", "1 = 1", 1)
    sql = (
        "SELECT h.incident_id, h.changed_at, h.action, h.field, h.old_value, h.new_value, h.reason, "
        f"{_CHANGE_COLUMNS} FROM history AS h JOIN incidents AS i ON i.id = h.incident_id WHERE {where}"
    )
    query_params = list(params)
    if start:
        sql += " AND h.changed_at >= ?"
        query_params.append(start)
    if end:
        sql += " AND h.changed_at < ?"
        query_params.append(end)
    sql += " ORDER BY h.incident_id, h.changed_at, h.id"
    return fetch_rows(store.conn, sql, query_params)
