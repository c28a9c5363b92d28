"""The CSV export's SELECTs: each flat row (``records.FLAT_SELECT``'s cells, with its
filters and order) with its cells ready to be joined into a line by ``exchange.export``
(issue 17).

The list cells (weapons, tags, sources, links) are read a batch of incidents at a time,
one query per side table, rather than by a correlated subquery per row: SQLite spent
more on opening four subqueries for every incident than on the incident itself.

The encoding rules are ``exchange.columns``' (the columns and formula triggers they need are
:mod:`.csv_shape`'s, below it); this module writes the SQL that applies them.
"""

from __future__ import annotations

import functools
import itertools
import operator
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..models import BOOLEAN_FIELDS
from .csv_shape import CSV_COLUMNS, FORMULA_TRIGGERS, NUMERIC_COLUMNS
from .filters import Filters
from .records import FLAT_SELECT, SOURCE_FIELDS, select_records

#: The cells read per batch from their own tables, in the order they are appended to a row.
SIDE_CELLS = ("weapons", "tags", "sources", "links")

#: The indexes the batch queries walk (``INDEXED BY``): their entries run by incident, then
#: by rowid, which is the order of a list's items. The covering ``UNIQUE (incident_id, weapon)``
#: index the planner would otherwise choose gives them in alphabetical order.
_SIDE_INDEXES = ("idx_weapons_incident", "idx_tags_incident", "idx_sources_incident")

#: How a side query picks the batch's incidents: by the JSON array of their ids in the one
#: parameter (one statement for any batch size), or, for a batch whose ids are dense, by the
#: range from the lowest to the highest (one walk along the index, no JSON to parse; the
#: cells of ids in the range but not in the batch are read and not used).
_IN_IDS = "IN (SELECT value FROM json_each(?1))"
_IN_RANGE = "BETWEEN ?1 AND ?2"

#: A batch whose ids span at most this many times its length is read by range. In date
#: order, a file whose incidents were entered roughly by date has its batches dense.
_DENSE = 2


def _list_batch(column: str, table: str, index: str, among: str) -> str:
    escaped = f"replace(replace({column}, '\\', '\\\\'), ';', '\\;')"
    return (
        f"SELECT incident_id, group_concat({escaped}, '; ') FROM {table} INDEXED BY {index} "
        f"WHERE incident_id {among} GROUP BY incident_id"
    )


def _side_sql(among: str) -> tuple[str, str, str, str]:
    """One query per side table, each giving (incident id, finished cell) for the incidents
    ``among`` picks that have any: the same text as ``FLAT_SELECT``'s subqueries (sources
    quoted for CSV); and the links' query (:data:`_LINKS_SQL`)."""
    return (
        _list_batch("weapon", "incident_weapons", "idx_weapons_incident", among),
        _list_batch("tag", "incident_tags", "idx_tags_incident", among),
        "SELECT incident_id, '\"' || replace(json_group_array(json_object("
        + ", ".join(f"'{f}', {f}" for f in SOURCE_FIELDS)
        + f")), '\"', '\"\"') || '\"' FROM sources INDEXED BY idx_sources_incident "
        f"WHERE incident_id {among} GROUP BY incident_id",
        _LINKS_SQL.format(among=among),
    )


#: The batch's links from each incident's side (a duplicate_of pointing at it is
#: duplicated_by), one item each, by incident and then by the other incident's uid and the
#: kind, as ``records._LINKS_OF_I`` gives them. Few incidents have any, so they are joined in Python.
#: A link to an incident with no uid gives NULL, which ``group_concat`` leaves out too.
_LINKS_SQL = """
SELECT l.me, l.kind || ':' || l.uid FROM (
  SELECT k.incident_id AS me, k.kind AS kind, (SELECT o.uid FROM incidents AS o WHERE o.id = k.other_id) AS uid
  FROM links AS k WHERE k.incident_id {among}
  UNION ALL
  SELECT k.other_id, CASE k.kind WHEN 'duplicate_of' THEN 'duplicated_by' ELSE k.kind END,
         (SELECT o.uid FROM incidents AS o WHERE o.id = k.incident_id)
  FROM links AS k WHERE k.other_id {among}) AS l
ORDER BY l.me, l.uid, l.kind"""

_BY_IDS = _side_sql(_IN_IDS)
_BY_RANGE = _side_sql(_IN_RANGE)


@functools.cache
def _csv_order() -> operator.itemgetter[Any]:
    """Own cells then side cells → ``CSV_COLUMNS`` order (made on first use)."""
    own = [name for name in CSV_COLUMNS if name not in SIDE_CELLS]
    return operator.itemgetter(*((own + list(SIDE_CELLS)).index(name) for name in CSV_COLUMNS))


def _cell_sql(name: str, encoded: frozenset[str], safe: bool, triggers: str, table: str = "i") -> str:
    """A cell as ``_LINE`` takes it: NULL as '', and the cells of ``encoded`` as finished
    CSV text: quoted as ``csv.writer`` quotes, guarded as ``exchange.columns.neutralise``
    guards. ``table`` is ``i`` (an incident) or ``r`` (a ``FLAT_SELECT`` row)."""
    cell = f"{table}.{name}"
    if name in BOOLEAN_FIELDS and table == "i":
        return f"coalesce(CASE i.{name} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END, '')"
    if name == "sources":
        # A JSON array (``[`` first: never a formula) of objects with quoted keys: always quoted.
        return f"""coalesce('"' || replace({cell}, '"', '""') || '"', '')"""
    if name not in encoded:
        return f"coalesce({cell}, '')"
    guard = "''"
    if safe:
        guard = (
            f"CASE WHEN ({cell} < '0' OR ({cell} >= '=' AND {cell} < 'A')) "
            f"AND unicode(ltrim({cell}, '''')) IN ({triggers}) THEN '''' ELSE '' END"
        )
    quoted = f"""instr({cell}, ',') OR instr({cell}, '"') OR instr({cell}, char(10)) OR instr({cell}, char(13))"""
    return (
        f"""coalesce(CASE WHEN {quoted} THEN '"' || {guard} || replace({cell}, '"', '""') || '"' """
        f"ELSE {guard} || {cell} END, '')"
    )


def incident_cells_sql(encoded: frozenset[str], safe: bool) -> str:
    """The export's main SELECT: every CSV cell of an incident but :data:`SIDE_CELLS`, in
    ``CSV_COLUMNS`` order (to be completed by :func:`whole_rows` with :func:`line_parts`' side cells)."""
    triggers = _trigger_codes()
    own = (name for name in CSV_COLUMNS if name not in SIDE_CELLS)
    return f"SELECT {', '.join(_cell_sql(name, encoded, safe, triggers) for name in own)} FROM incidents AS i"


def _trigger_codes() -> str:
    """The formula guard's first characters as SQL's ``unicode()`` gives them, for ``IN (…)``."""
    return ", ".join(str(ord(char)) for char in FORMULA_TRIGGERS)


def _links(rows: list[tuple[int, str | None]]) -> dict[int, str]:
    items: dict[int, list[str]] = {}
    for incident_id, item in rows:
        if item is not None:
            items.setdefault(incident_id, []).append(item)
    return {incident_id: "; ".join(cell) for incident_id, cell in items.items()}


def side_cells(conn: sqlite3.Connection, keys: list[int], by_range: bool | None = None) -> list[dict[int, str]]:
    """The four side cells of the incidents ``keys``, each a dict by incident id (only those
    that have any; by range, perhaps others too). ``by_range`` None: by range if dense."""
    low, high = min(keys), max(keys)
    if by_range is None:
        by_range = high - low < _DENSE * len(keys)
    params: list[int | str] = [low, high]
    if by_range:
        queries = _BY_RANGE
    else:
        queries, params = _BY_IDS, ["[" + ",".join(map(str, keys)) + "]"]
    found = [dict(conn.execute(side, params).fetchall()) for side in queries[:3]]
    found.append(_links(conn.execute(queries[3], params).fetchall()))
    return found


#: A batch as :func:`line_parts` gives it: the incidents' own cells (``CSV_COLUMNS`` order,
#: :data:`SIDE_CELLS` left out), and one list per side cell, a cell per incident.
LineParts = tuple[list[tuple[Any, ...]], list[list[str]]]


def line_parts(
    conn: sqlite3.Connection,
    select: str,
    filters: Filters | None,
    sort: str | None,
    limit: int | None,
    *,
    size: int,
) -> Iterator[LineParts]:
    """The rows of ``select`` (a SELECT over ``incidents AS i``, the id first: the export's
    :func:`grouped_select`, or :func:`incident_cells_sql` for whole rows), ``size`` at a time,
    with their side cells apart (``exchange.export`` puts them together in the text: no row
    tuple is rebuilt).

    Each batch's list cells come from four queries over its ids, put in the batch's order by
    C-level maps (no Python code runs per row; a side table with nothing for the batch, as
    the links nearly always, gives a list of ``''``). The caller holds one read transaction
    around the whole loop, so that the side tables are read in the incidents' snapshot
    even after the main cursor is done.
    """
    sql, params = select_records(select, filters, sort, limit)
    yield from _with_sides(conn, conn.execute(sql, params), size)


def _with_sides(conn: sqlite3.Connection, cursor: sqlite3.Cursor, size: int) -> Iterator[LineParts]:
    """The cursor's rows (the incident's id first), ``size`` at a time, with their side cells."""
    first = operator.itemgetter(0)
    blank = itertools.repeat("")
    while rows := cursor.fetchmany(size):
        keys = list(map(first, rows))
        found = side_cells(conn, keys)
        yield rows, [list(map(cell.get, keys, blank)) if cell else [""] * len(keys) for cell in found]


@dataclass(frozen=True)
class GroupedSelect:
    """The export's main SELECT with the plain cells printed by SQLite (tenth pass): each
    run of plain cells between two others (a side cell, an encoded cell, a coordinate)
    comes as one text, the cells joined by ',' by ``printf`` (NULL as ''), so that Python
    fetches and formats some ten objects a row rather than some forty.

    A row is ``(id, cells…, odd)``. ``odd`` is true when a printed cell would not read as
    ``csv.writer`` writes the value: a BLOB anywhere (``printf`` writes its bytes, Python
    ``b'…'``), a text with a NUL (``printf`` stops there), anything but an integer in an
    integer column (SQLite prints a REAL its own way), anything but a REAL in a coordinate
    (those stay Python floats, written by ``repr``). The printed texts are not checked for quotes and guards here: see
    ``exchange.export``, which counts their commas."""

    #: ``SELECT i.id, …, odd FROM incidents AS i`` (for ``select_records``).
    sql: str
    #: A row's line by ``%``: ``\x00`` for each side cell, ``%.0s`` for ``odd``.
    line: str
    #: The printed texts of a row, to be checked for quotes, commas and guards.
    printed: operator.itemgetter[Any]
    #: Commas ``printf`` puts in a row's printed texts (more means a cell holds one).
    commas: int


def _odd_sql(name: str) -> str:
    """True for a value of ``name`` that ``printf`` (or ``%s`` of the coordinate) would not
    write as ``csv.writer`` does (:class:`GroupedSelect`)."""
    if name in ("latitude", "longitude"):
        return f"CAST(i.{name} AS REAL) <> i.{name}"
    if name in NUMERIC_COLUMNS:
        return f"CAST(i.{name} AS INTEGER) <> i.{name}"
    # Only a BLOB sorts after a BLOB; ``printf`` ends a text at its first NUL. NULL gives NULL.
    return f"(i.{name} >= x'' OR instr(i.{name}, char(0)))"


@functools.cache
def grouped_select(encoded: frozenset[str], safe: bool) -> GroupedSelect:
    """The :class:`GroupedSelect` of the export's own cells (``CSV_COLUMNS`` order)."""
    if CSV_COLUMNS[0] != "id":
        raise RuntimeError("the grouped SELECT expects the id as the first CSV column")
    triggers = _trigger_codes()
    cells, line, run, odd, printed, commas = ["i.id"], ["%s"], list[str](), list[str](), list[int](), 0

    def close_run() -> None:
        nonlocal commas
        if run:
            cells.append(f"printf('{','.join(['%s'] * len(run))}', {', '.join(run)})")
            line.append("%s")
            printed.append(len(cells) - 1)
            commas += len(run) - 1
            run.clear()

    for name in CSV_COLUMNS[1:]:
        if name in SIDE_CELLS:
            close_run()
            line.append("\x00")
        elif name in encoded or name in ("latitude", "longitude"):
            close_run()
            cells.append(_cell_sql(name, encoded, safe, triggers))
            line.append("%s")
            if name not in encoded:
                odd.append(_odd_sql(name))
        elif name in BOOLEAN_FIELDS:  # its CASE gives 'true', 'false' or NULL for any value
            run.append(_cell_sql(name, encoded, safe, triggers))
        else:
            run.append(f"i.{name}")
            odd.append(_odd_sql(name))
    close_run()
    sql = f"SELECT {', '.join(cells)}, {' OR '.join(odd)} FROM incidents AS i"
    return GroupedSelect(sql, ",".join(line) + "%.0s\r\n", operator.itemgetter(*printed), commas)


def own_rows(
    conn: sqlite3.Connection, keys: list[int], *, encoded: frozenset[str], safe: bool
) -> list[tuple[Any, ...]]:
    """The own cells of the incidents ``keys`` as :func:`incident_cells_sql` selects them, in the
    order of ``keys``: a batch of grouped rows the export cannot write as they are is read
    again this way (in the same snapshot)."""
    sql = f"{incident_cells_sql(encoded, safe)} WHERE i.id IN (SELECT value FROM json_each(?1))"
    found = {row[0]: row for row in conn.execute(sql, ["[" + ",".join(map(str, keys)) + "]"])}
    return [found[key] for key in keys]


def whole_rows(rows: list[tuple[Any, ...]], sides: list[list[str]]) -> list[tuple[Any, ...]]:
    """A batch of :func:`line_parts` as rows of every cell in ``CSV_COLUMNS`` order."""
    return list(map(_csv_order(), map(tuple.__add__, rows, zip(*sides, strict=True))))


def has_side_indexes(conn: sqlite3.Connection) -> bool:
    """Whether the indexes :func:`line_parts` walks exist (a file opened read-only
    is not migrated; without them the export reads each row's lists by ``FLAT_SELECT``)."""
    marks = ", ".join("?" * len(_SIDE_INDEXES))
    sql = f"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ({marks})"
    return int(conn.execute(sql, _SIDE_INDEXES).fetchone()[0]) == len(_SIDE_INDEXES)


def flat_line_rows(
    conn: sqlite3.Connection,
    filters: Filters | None,
    sort: str | None,
    limit: int | None,
    *,
    encoded: frozenset[str],
    safe: bool,
    size: int,
) -> Iterator[list[tuple[Any, ...]]]:
    """The same batches from ``FLAT_SELECT`` (each row's lists by correlated subqueries),
    for a file without the indexes :func:`line_parts` walks."""
    triggers = _trigger_codes()
    flat, params = select_records(FLAT_SELECT, filters, sort, limit)
    cells = ", ".join(_cell_sql(name, encoded, safe, triggers, "r") for name in CSV_COLUMNS)
    cursor = conn.execute(f"SELECT {cells} FROM ({flat}) AS r", params)
    while rows := cursor.fetchmany(size):
        yield rows


@contextmanager
def one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around an export, unless the caller holds one already: each
    batch's lists (the last read after the main cursor is done), and the rows
    ``exchange.export`` reads again, then come from the incidents' snapshot."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield
    finally:
        if own:
            conn.execute("COMMIT")
