"""The CSV export's SELECT: each flat row (``records.FLAT_SELECT``, with its filters and
order) with its cells ready to be joined into a line by ``exchange.export`` (issue 17).

The encoding rules are ``exchange.columns``'; this module writes the SQL that applies them.
"""

from __future__ import annotations

import sqlite3

from .filters import Filters
from .records import FLAT_SELECT, select_records


def _cell_sql(name: str, encoded: frozenset[str], safe: bool, triggers: str) -> str:
    """A flat row's cell (``r.name``) as ``_LINE`` takes it: NULL as '', and the cells of
    ``encoded`` as finished CSV text: quoted as ``csv.writer`` quotes, guarded as
    ``exchange.columns.neutralise`` guards."""
    cell = f"r.{name}"
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


def lines_sql(flat: str, encoded: frozenset[str], safe: bool) -> str:
    """The export's SELECT: each row of ``flat`` (``FLAT_SELECT`` with its filters and
    order) with its cells made ready for ``exchange.export``'s line format.

    SQLite flattens the two selects into one. That is right only while each subquery's cell
    (weapons, tags, sources, links) is named once in ``_cell_sql``: a cell named twice
    would run its subquery twice (a LIMIT on both selects would keep them apart, at 2 %
    more instructions per row).
    """
    from ..exchange.columns import CSV_COLUMNS, FORMULA_TRIGGERS  # the rules are exchange's

    triggers = ", ".join(str(ord(char)) for char in FORMULA_TRIGGERS)
    cells = ", ".join(_cell_sql(name, encoded, safe, triggers) for name in CSV_COLUMNS)
    return f"SELECT {cells} FROM ({flat}) AS r"


def csv_line_rows(
    conn: sqlite3.Connection,
    filters: Filters | None,
    sort: str | None,
    limit: int | None,
    *,
    encoded: frozenset[str],
    safe: bool,
) -> sqlite3.Cursor:
    """The rows of the export (see :func:`lines_sql`), streamed."""
    flat, params = select_records(FLAT_SELECT, filters, sort, limit)
    return conn.execute(lines_sql(flat, encoded, safe), params)
