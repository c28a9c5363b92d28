"""The CSV export's SELECTs: each flat row (``records.FLAT_SELECT``'s cells, with its
filters and order) with its cells ready to be joined into a line by ``exchange.export``
(issue 17).

The list cells (weapons, tags, sources, links) are read a batch of incidents at a time,
one query per side table, rather than by a correlated subquery per row: SQLite spent
more on opening four subqueries for every incident than on the incident itself.

The encoding rules are ``exchange.columns``'; this module writes the SQL that applies them.
"""

from __future__ import annotations

import itertools
import operator
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .filters import Filters
from .records import FLAT_SELECT, SOURCE_FIELDS, select_records

#: The cells read per batch from their own tables, in the order they are appended to a row.
SIDE_CELLS = ("weapons", "tags", "sources", "links")

#: The indexes the batch queries walk (``INDEXED BY``): their entries run by incident, then
#: by rowid, which is the order of a list's items. The covering ``UNIQUE (incident_id, weapon)``
#: index the planner would otherwise choose gives them in alphabetical order.
_SIDE_INDEXES = ("idx_weapons_incident", "idx_tags_incident", "idx_sources_incident")

#: The batch's ids, as a JSON array in the one parameter (one statement for any batch size).
_IDS = "(SELECT value FROM json_each(?))"


def _list_batch(column: str, table: str, index: str) -> str:
    escaped = f"replace(replace({column}, '\\', '\\\\'), ';', '\\;')"
    return (
        f"SELECT incident_id, group_concat({escaped}, '; ') FROM {table} INDEXED BY {index} "
        f"WHERE incident_id IN {_IDS} GROUP BY incident_id"
    )


#: One query per side table, each giving (incident id, finished cell) for the batch's incidents
#: that have any: the same text as ``FLAT_SELECT``'s subqueries (sources quoted for CSV).
_SIDE_SQL = (
    _list_batch("weapon", "incident_weapons", "idx_weapons_incident"),
    _list_batch("tag", "incident_tags", "idx_tags_incident"),
    "SELECT incident_id, '\"' || replace(json_group_array(json_object("
    + ", ".join(f"'{f}', {f}" for f in SOURCE_FIELDS)
    + f")), '\"', '\"\"') || '\"' FROM sources INDEXED BY idx_sources_incident "
    f"WHERE incident_id IN {_IDS} GROUP BY incident_id",
)

#: The batch's links from each incident's side (a duplicate_of pointing at it is
#: duplicated_by), one item each, by incident and then in the order they were made, as
#: ``records._LINKS_OF_I`` gives them. Few incidents have any, so they are joined in Python.
#: A link to an incident with no uid gives NULL, which ``group_concat`` leaves out too.
_LINKS_SQL = f"""
SELECT l.me, l.kind || ':' || (SELECT uid FROM incidents WHERE id = l.other) FROM (
  SELECT incident_id AS me, other_id AS other, kind, id FROM links WHERE incident_id IN {_IDS}
  UNION ALL
  SELECT other_id, incident_id, CASE kind WHEN 'duplicate_of' THEN 'duplicated_by' ELSE kind END, id
  FROM links WHERE other_id IN {_IDS}) AS l
ORDER BY l.me, l.id"""


def _cell_sql(name: str, encoded: frozenset[str], safe: bool, triggers: str, table: str = "i") -> str:
    """A cell as ``_LINE`` takes it: NULL as '', and the cells of ``encoded`` as finished
    CSV text: quoted as ``csv.writer`` quotes, guarded as ``exchange.columns.neutralise``
    guards. ``table`` is ``i`` (an incident) or ``r`` (a ``FLAT_SELECT`` row)."""
    cell = f"{table}.{name}"
    if name == "civilian_targeting" and table == "i":
        return "coalesce(CASE i.civilian_targeting WHEN 1 THEN 'true' WHEN 0 THEN 'false' END, '')"
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
    ``CSV_COLUMNS`` order (to be completed by :func:`csv_line_batches`)."""
    from ..exchange.columns import CSV_COLUMNS  # the rules are exchange's

    triggers = _trigger_codes()
    own = (name for name in CSV_COLUMNS if name not in SIDE_CELLS)
    return f"SELECT {', '.join(_cell_sql(name, encoded, safe, triggers) for name in own)} FROM incidents AS i"


def _trigger_codes() -> str:
    """The formula guard's first characters as SQL's ``unicode()`` gives them, for ``IN (…)``."""
    from ..exchange.columns import FORMULA_TRIGGERS

    return ", ".join(str(ord(char)) for char in FORMULA_TRIGGERS)


def _links(conn: sqlite3.Connection, ids: str) -> dict[int, str]:
    items: dict[int, list[str]] = {}
    for incident_id, item in conn.execute(_LINKS_SQL, [ids, ids]):
        if item is not None:
            items.setdefault(incident_id, []).append(item)
    return {incident_id: "; ".join(cell) for incident_id, cell in items.items()}


def csv_line_batches(
    conn: sqlite3.Connection,
    filters: Filters | None,
    sort: str | None,
    limit: int | None,
    *,
    encoded: frozenset[str],
    safe: bool,
    size: int,
) -> Iterator[list[tuple[Any, ...]]]:
    """The export's rows, ``size`` at a time, each a tuple of cells in ``CSV_COLUMNS`` order.

    Each batch's list cells come from four queries over its ids; the rows are completed by
    C-level maps (no Python code runs per row). The caller holds one read transaction
    around the whole loop, so that the side tables are read in the incidents' snapshot
    even after the main cursor is done.
    """
    from ..exchange.columns import CSV_COLUMNS

    own = [name for name in CSV_COLUMNS if name not in SIDE_CELLS]
    order = operator.itemgetter(*((own + list(SIDE_CELLS)).index(name) for name in CSV_COLUMNS))
    sql, params = select_records(incident_cells_sql(encoded, safe), filters, sort, limit)
    cursor = conn.execute(sql, params)
    first = operator.itemgetter(0)
    while rows := cursor.fetchmany(size):
        keys = list(map(first, rows))
        ids = "[" + ",".join(map(str, keys)) + "]"
        found = [dict(conn.execute(side, [ids]).fetchall()) for side in _SIDE_SQL]
        found.append(_links(conn, ids))
        cells = [list(map(cell.get, keys, itertools.repeat(""))) for cell in found]
        yield list(map(order, map(tuple.__add__, rows, zip(*cells, strict=True))))


def has_side_indexes(conn: sqlite3.Connection) -> bool:
    """Whether the indexes :func:`csv_line_batches` walks exist (a file opened read-only
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
    for a file without the indexes of :func:`csv_line_batches`."""
    from ..exchange.columns import CSV_COLUMNS

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
