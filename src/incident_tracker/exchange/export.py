"""Exporting incidents: records stream from the database cursor straight into the file.

Nothing is collected in memory, so a million incidents export in flat memory; the
caller chooses the stream (stdout, or :func:`files.atomic_writer` for a file).
"""

from __future__ import annotations

import csv
import itertools
import json
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar

from ..errors import ValidationError
from ..models import IncidentRecord
from ..store.filters import Filters
from ..store.incidents import IncidentStore
from .columns import CSV_COLUMNS, NEEDS_CHECK, NUMERIC_COLUMNS, neutralise
from .formats import ExportFormat, Layout

T = TypeVar("T")

_FIRST = operator.itemgetter(0)

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
    progress: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the incidents matching ``filters`` to ``out`` in ``fmt`` (and ``layout`` for CSV).

    ``safe`` neutralises spreadsheet formulas in CSV text cells. GeoJSON leaves
    incidents without coordinates out (their ids are in the result) unless
    ``null_geometry`` includes them with a null geometry.
    """
    fmt, layout = ExportFormat(fmt), Layout(layout)
    if layout is Layout.acled and fmt is not ExportFormat.csv:
        raise ValidationError("The acled layout writes CSV only (ACLED's own format); ask for no other format.")
    result = ExportResult()
    if fmt is ExportFormat.csv and layout is Layout.tracker:
        columns, flat = store.query_flat(filters, sort=sort, limit=limit)
        result.count = write_csv(columns, _counting(flat, progress) if progress else flat, out, safe=safe)
    else:
        records = store.query(filters, sort=sort, limit=limit)
        if progress:
            records = _counting(records, progress)
        _write_records(store, records, out, fmt, layout, result, safe=safe, null_geometry=null_geometry)
    if progress:
        progress(result.count)
    return result


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


def write_csv(columns: list[str], rows: Iterator[tuple[Any, ...]], out: IO[str], *, safe: bool = True) -> int:
    """Write flat rows (``IncidentStore.query_flat``) as CSV, neutralising formulas if ``safe``."""
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
    text = [index for index, name in enumerate(CSV_COLUMNS) if name not in NUMERIC_COLUMNS]
    count = 0
    for row in rows:
        for index in text:
            cell = row[index]
            if cell and cell[0] in NEEDS_CHECK:
                row = _neutralised(row, text)
                break
        writer.writerow(row)
        count += 1
    return count


def _neutralised(row: tuple[Any, ...], text: list[int]) -> tuple[Any, ...]:
    cells = list(row)
    for index in text:
        if cells[index]:
            cells[index] = neutralise(cells[index])
    return tuple(cells)


def _counting(records: Iterator[T], progress: Callable[[int], None]) -> Iterator[T]:
    for count, record in enumerate(records, start=1):
        if count % PROGRESS_EVERY == 0:
            progress(count)
        yield record
