"""Exporting incidents: records stream from the database cursor straight into the file.

Nothing is collected in memory, so a million incidents export in flat memory; the
caller chooses the stream (stdout, or :func:`files.atomic_writer` for a file).
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import json
import operator
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ..errors import ValidationError
from ..models import IncidentRecord
from ..progress import Count, counted
from ..store.csv_lines import (
    SIDE_CELLS,
    flat_line_rows,
    grouped_select,
    has_side_indexes,
    line_parts,
    one_snapshot,
    own_rows,
    whole_rows,
)
from ..store.filters import Filters, order_by
from ..store.incidents import IncidentStore
from .columns import CSV_COLUMNS, NEEDS_CHECK, NUMERIC_COLUMNS, neutralise
from .formats import ExportFormat, Layout, carries_history

_FIRST = operator.itemgetter(0)
_LAST = operator.itemgetter(-1)

#: Progress is reported every this many records.
PROGRESS_EVERY = 5000


@dataclass
class ExportResult:
    """How many incidents were written, and which were left out of a GeoJSON file."""

    count: int = 0
    without_coordinates: list[int] = field(default_factory=list)


def _json_default(value: Any) -> Any:
    return str(value)


def export_records(
    store: IncidentStore,
    out: IO[str],
    *,
    filters: Filters | None = None,
    fmt: ExportFormat | str = ExportFormat.csv,
    layout: Layout | str = Layout.tracker,
    sort: str | None = "date",
    limit: int | None = None,
    safe: bool = True,
    null_geometry: bool = False,
    progress: Count | None = None,
    with_history: bool = False,
) -> ExportResult:
    """Write the incidents matching ``filters`` to ``out`` in ``fmt`` (and ``layout`` for CSV).

    ``safe`` neutralises spreadsheet formulas in CSV text cells. GeoJSON leaves
    incidents without coordinates out (their ids are in the result) unless
    ``null_geometry`` includes them with a null geometry (refused with another format, where it would
    do nothing). ``with_history`` adds each
    incident's history to a JSON or JSON lines record (no other format can carry it).
    """
    fmt, layout = ExportFormat(fmt), Layout(layout)
    if with_history and not carries_history(fmt, layout):
        raise ValidationError(_HISTORY_FORMATS, field="with_history")
    if null_geometry and fmt is not ExportFormat.geojson:
        raise ValidationError(
            "Null geometries are for GeoJSON only (CSV, JSON and JSON lines keep incidents without"
            " coordinates anyway): ask for GeoJSON, or leave them out.",
            field="null_geometry",
        )
    if layout is Layout.acled and fmt is not ExportFormat.csv:
        raise ValidationError("The acled layout writes CSV only (ACLED's own format); ask for no other format.")
    if layout is Layout.acled and filters is not None and (filters.deleted or filters.with_deleted):
        # A deleted incident would read as a live one there, and an import would revive it.
        raise ValidationError(
            "The acled layout has no column that marks a deleted incident: export deleted ones"
            " in the tracker layout, the default."
        )
    order_by(sort)  # an unknown key refused before a line is written: the CSV's header went out first (probe20)
    result = ExportResult()
    if fmt is ExportFormat.csv and layout is Layout.tracker:
        result.count = _write_csv_lines(store, out, filters, sort, limit, safe=safe, progress=progress)
        if progress:  # the batches report each multiple of PROGRESS_EVERY they pass; this, the end
            progress(result.count)
        # Written by SQLite as stored ('many', 'north'), for a colleague to see: noted, as the JSON export notes them.
        store.note_unreadable(filters, as_stored=True)
    else:
        # One read transaction, as for the CSV: each record's history (and ACLED's external id)
        # is read by its own query, and a write between two reads must not show in one of them only.
        with one_snapshot(store.conn):
            records = store.query(filters, sort=sort, limit=limit)
            if with_history:
                records = _with_history(store, records)
            records = counted(records, progress, PROGRESS_EVERY)
            _write_records(store, records, out, fmt, layout, result, safe=safe, null_geometry=null_geometry)
    return result


#: Why ``with_history`` is refused with another format (in fields: the CLI says which of its options).
_HISTORY_FORMATS = (
    "An incident's history is written in JSON or JSON lines only: CSV, the ACLED layout and GeoJSON have no "
    "place for it."
)


def _with_history(store: IncidentStore, records: Iterator[IncidentRecord]) -> Iterator[IncidentRecord]:
    """Each record with its ``history``: the rows of ``tracker history``, without their local ids."""
    for record in records:
        yield {**record, "history": store.history_rows(record["id"])}  # type: ignore[typeddict-unknown-key]


def _write_records(
    store: IncidentStore,
    records: Iterator[IncidentRecord],
    out: IO[str],
    fmt: ExportFormat,
    layout: Layout,
    result: ExportResult,
    *,
    safe: bool,
    null_geometry: bool,
) -> None:
    """The formats written from whole records: ACLED's layout, JSON lines, JSON, GeoJSON."""
    if layout is Layout.acled:
        from .acled import SYSTEM, write_acled

        lookup = store.actors.lookup
        result.count = write_acled(records, out, lambda i: store.external_id(i, SYSTEM), safe=safe, lookup=lookup)
    elif fmt is ExportFormat.jsonl:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
            result.count += 1
    elif fmt is ExportFormat.json:
        out.write("[")
        for record in records:
            out.write(",\n " if result.count else "\n ")
            out.write(json.dumps(record, ensure_ascii=False, default=_json_default))
            result.count += 1
        out.write("\n]\n" if result.count else "]\n")
    else:
        from .geojson import write_geojson

        write_geojson(records, out, result, null_geometry=null_geometry)


#: Rows the CSV export reads, checks and writes together (a divisor of :data:`PROGRESS_EVERY`).
CSV_BATCH = 1000

#: Cells SQLite encodes itself (``store.csv_lines``): free text that nearly always holds a comma
#: or a quote, so testing it in Python would send nearly every row the careful way.
_ENCODED = frozenset(("description", "notes", "sources"))
_TEXT_INDEXES = [i for i, name in enumerate(CSV_COLUMNS) if name not in NUMERIC_COLUMNS]
#: The cells that reach Python as they are stored (numbers, and text with NULL as ''):
#: :func:`_plain` checks them, a batch at a time.
_RAW_TEXT = operator.itemgetter(*(i for i in _TEXT_INDEXES if CSV_COLUMNS[i] not in _ENCODED))
_NUMBERS = operator.itemgetter(*(i for i, name in enumerate(CSV_COLUMNS) if name in NUMERIC_COLUMNS))
_NUMBER_TYPES = frozenset((int, float))
#: One CSV line: ``%s`` writes a text cell as it is, an int as ``str`` and a float as
#: ``repr``, which is what ``csv.writer`` writes for a cell that needs no quotes.
_LINE = ",".join(["%s"] * len(CSV_COLUMNS)) + "\r\n"
#: The side cells as they are stored (weapons, tags, links; SQLite finishes the sources cell).
_RAW_SIDES = [i for i, name in enumerate(SIDE_CELLS) if name not in _ENCODED]
#: Characters that make ``csv.writer`` (QUOTE_MINIMAL, lineterminator ``\r\n``) quote a cell.
_QUOTED = (",", '"', "\r", "\n")
#: Characters :func:`neutralise` looks for at a cell's start: each is looked for alone
#: first (a ``memchr``), and only if the batch holds it, as a start (after the NUL that
#: joins the cells; a slower search, since NULs are everywhere). '-' is in every date.
_GUARDED = tuple((char, "\x00" + char) for char in sorted(NEEDS_CHECK))
#: The same starts after the ``\x1f`` :func:`_plain_groups` puts before each text.
_STARTS = tuple((char, "\x1f" + char) for char in sorted(NEEDS_CHECK))

# The SQL guard tests a first character by comparison before it calls any function:
# every character :func:`neutralise` looks for sorts below '0' or from '=' up to '@'.
if not all(char < "0" or "=" <= char < "A" for char in NEEDS_CHECK):
    raise RuntimeError("the formula guard's first-character range no longer holds NEEDS_CHECK")


def _write_csv_lines(
    store: IncidentStore,
    out: IO[str],
    filters: Filters | None,
    sort: str | None,
    limit: int | None,
    *,
    safe: bool,
    progress: Count | None,
) -> int:
    """The tracker layout's CSV, a batch of rows at a time, byte for byte what
    :func:`write_csv` writes (``tests/test_exchange_lines.py``).

    ``csv.writer`` and the formula check per cell were half of an export's CPU (issue 17).
    Here SQLite encodes the three free-text cells, and a batch whose other cells need no
    quotes and no guard (nearly all) is formatted in one ``join`` (:func:`_joined`): no
    Python code runs per row. Any other batch goes row by row, and each row that needs it
    is read again and written by :func:`write_csv`'s careful way. Each batch's lists come
    from one query per side table (``store.csv_lines``), all in one read transaction.
    """
    conn = store.conn
    csv.writer(out, lineterminator="\r\n").writerow(CSV_COLUMNS)
    count = 0
    line = grouped_select(_ENCODED, safe).line
    with one_snapshot(conn):
        for rows, sides in _batches(store, filters, sort, limit, safe):
            text = _joined(rows, sides, line) if sides is not None and _plain_groups(rows, sides, safe) else None
            if text is not None:
                out.write(text)
            elif sides is None:
                _write_rows(store, rows, out, filters, safe)
            else:
                keys = list(map(_FIRST, rows))
                own = own_rows(conn, keys, encoded=_ENCODED, safe=safe)
                _write_rows(store, whole_rows(own, sides), out, filters, safe)
            count += len(rows)
            if progress and count % PROGRESS_EVERY < len(rows):
                progress(count)
    return count


def _batches(
    store: IncidentStore, filters: Filters | None, sort: str | None, limit: int | None, safe: bool
) -> Iterator[tuple[list[tuple[Any, ...]], list[list[str]] | None]]:
    """Batches of :func:`grouped_select` rows as :func:`line_parts` gives them, or, from a file without its side
    indexes, whole rows (and no side cells apart)."""
    conn = store.conn
    if has_side_indexes(conn):
        yield from line_parts(conn, grouped_select(_ENCODED, safe).sql, filters, sort, limit, size=CSV_BATCH)
    else:
        for rows in flat_line_rows(conn, filters, sort, limit, encoded=_ENCODED, safe=safe, size=CSV_BATCH):
            yield rows, None


def _joined(rows: list[tuple[Any, ...]], sides: list[list[str]], line: str) -> str | None:
    """The batch's lines: its own cells formatted by ``line`` (:func:`grouped_select`'s) in one ``join``, the
    text cut at the NULs that stand for the side cells, and the pieces and the side cells
    joined in turn. Putting the cells together as text costs less than rebuilding each
    row's tuple in ``CSV_COLUMNS`` order (twice 48 cells). None if the data holds a NUL
    of its own (a piece too many): then the batch goes as whole rows."""
    pieces = "".join(map(line.__mod__, rows)).split("\x00")
    if len(pieces) != len(sides) * len(rows) + 1:
        return None
    cells = itertools.chain.from_iterable(zip(*sides, strict=True))
    # ``pieces`` has one more than ``cells``: zip stops at the cells' end, the last piece follows.
    return "".join(itertools.chain(itertools.chain.from_iterable(zip(pieces, cells, strict=False)), pieces[-1:]))


def _write_rows(
    store: IncidentStore, rows: list[tuple[Any, ...]], out: IO[str], filters: Filters | None, safe: bool
) -> None:
    """Whole rows: in one ``join`` by ``_LINE`` if :func:`_plain`, else row by row."""
    if _plain(rows, safe):
        out.write("".join(map(_LINE.__mod__, rows)))
    else:
        _write_careful(store, rows, out, filters, safe)


def _plain(rows: list[tuple[Any, ...]], safe: bool) -> bool:
    """Whether ``_LINE`` writes these rows as ``csv.writer`` (and the guard) would: no text
    cell to quote or to guard, and only numbers (or '') in the number columns."""
    numbers = itertools.chain.from_iterable(map(_NUMBERS, rows))
    return _plain_cells(map("\x00".join, map(_RAW_TEXT, rows)), numbers, safe)


def _plain_groups(rows: list[tuple[Any, ...]], sides: list[list[str]], safe: bool) -> bool:
    """Whether a batch of :func:`grouped_select` rows and its side cells can be written as
    they are: no row ``odd``, no quote or line break in the printed texts and raw side
    cells, no comma in them but those ``printf`` put between cells (counted: a cell that
    holds one adds to the count), and, if ``safe``, no cell that starts as a formula might
    (after a ',' or the ``\\x1f`` put before each text)."""
    selected = grouped_select(_ENCODED, safe)
    if any(map(_LAST, rows)):
        return False
    texts = itertools.chain(itertools.chain.from_iterable(map(selected.printed, rows)), *(sides[i] for i in _RAW_SIDES))
    text = "\x1f" + "\x1f".join(texts)
    if '"' in text or "\r" in text or "\n" in text or text.count(",") != selected.commas * len(rows):
        return False
    return not safe or not any(char in text and (start in text or "," + char in text) for char, start in _STARTS)


def _plain_cells(texts: Iterator[str], numbers: Iterator[Any], safe: bool) -> bool:
    """``texts`` (cells, or a row's cells joined by NUL) need no quotes and no guard, and
    ``numbers`` are numbers or ''."""
    try:
        text = "\x00" + "\x00".join(texts)
    except TypeError:
        return False  # a text column holding something else
    if any(char in text for char in _QUOTED):
        return False
    if safe and any(char in text and start in text for char, start in _GUARDED):
        return False
    return set(map(type, filter(None, numbers))) <= _NUMBER_TYPES


def _write_careful(
    store: IncidentStore, rows: list[tuple[Any, ...]], out: IO[str], filters: Filters | None, safe: bool
) -> None:
    """A batch with rows :func:`_plain` refuses: those rows are read again as they are stored
    (the same snapshot: the export's cursor is still open) and written by ``csv.writer``."""
    odd = [row[0] for row in rows if not _plain([row], safe)]
    stored: dict[Any, tuple[Any, ...]] = {}
    if odd:  # (no ids would be no filter at all)
        _, flat = store.query_flat(dataclasses.replace(filters or Filters(), ids=odd), sort="id")
        stored = {row[0]: row for row in flat}
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        original = stored.get(row[0])
        if original is None:
            out.write(_LINE % row)
        else:
            writer.writerow(_guarded(original) if safe else original)


def write_csv(columns: list[str], rows: Iterator[tuple[Any, ...]], out: IO[str], *, safe: bool = True) -> int:
    """Write flat rows (``IncidentStore.query_flat``) as CSV, neutralising formulas if ``safe``.

    The careful way, for any values: :func:`export_records` writes most rows more quickly
    (:func:`_write_csv_lines`) and comes here for the rest.
    """
    if tuple(columns) != CSV_COLUMNS:
        raise RuntimeError(f"query_flat returned {columns}, not the CSV column set")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    if not safe:
        # Nothing to look at per row: the writer's own loop, in C (−10–15 % of writing),
        # the rows counted by a counter zipped alongside (zip stops at the rows' end first).
        counter = itertools.count()
        writer.writerows(map(_FIRST, zip(rows, counter, strict=False)))
        return next(counter)
    count = 0
    for row in rows:
        writer.writerow(_guarded(row))
        count += 1
    return count


def _guarded(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The row with :func:`neutralise` applied to its text cells, if any cell starts with a
    character it looks for (otherwise the row itself)."""
    for index in _TEXT_INDEXES:
        cell = row[index]
        if isinstance(cell, str) and cell[:1] in NEEDS_CHECK:
            cells = list(row)
            for other in _TEXT_INDEXES:
                if isinstance(cells[other], str) and cells[other]:
                    cells[other] = neutralise(cells[other])
            return tuple(cells)
    return row
