"""The importer's per-row pieces: its summary, the rejects file, content uids, and which
column a refused row is blamed on (a row's timestamps, sources and history: :mod:`.import_cells`).
See :mod:`.importer` for the rules.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from ..errors import ValidationError
from ..models import EDITABLE_FIELDS, normalize_record, parse_link_kind
from ..models.text import text_refusal
from .formats import ImportFormat, Layout
from .readers import CsvCells, RawRow, RowError, csv_reader, csv_rows_checked, read_csv, read_json, read_jsonl

_T = TypeVar("_T")


@dataclass
class ImportSummary:
    """What an import did (or, for a dry run, would do)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    links_added: int = 0
    links_unresolved: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    #: The lines of the rows written whose coordinates lie far outside their country (kept as given).
    far_outside: list[int] = field(default_factory=list)
    #: The ids of incidents deleted in the file but live here, and live in the file but deleted
    #: here: an import leaves a known incident's deletion alone, and says so.
    deleted_in_file: list[int] = field(default_factory=list)
    live_in_file: list[int] = field(default_factory=list)
    #: History rows appended from the file (``export --with-history``).
    history_added: int = 0
    #: What the numbers of rows count: lines (CSV, JSON lines) or records (a JSON array).
    unit: str = "line"

    #: How many errors are kept in memory for display; all of them go to the rejects file.
    KEEP = 20

    def counts(self) -> list[str]:
        """What the import did, as the summary line says it: added, updated, unchanged and rejected
        always; links, unresolved links and history rows when there were any."""
        parts = [
            f"{self.added:,} added",
            f"{self.updated:,} updated",
            f"{self.unchanged:,} unchanged",
            f"{self.rejected:,} rejected",
        ]
        if self.links_added or self.links_unresolved:
            parts.append(f"{self.links_added:,} links added")
        if self.links_unresolved:
            parts.append(f"{self.links_unresolved:,} links to unknown uids skipped")
        if self.history_added:
            parts.append(f"{self.history_added:,} history rows added")
        return parts

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "links_added": self.links_added,
            "links_unresolved": self.links_unresolved,
            "history_added": self.history_added,
            "dry_run": self.dry_run,
            "far_outside_country": len(self.far_outside),
            "deleted_in_file_live_here": self.deleted_in_file,
            "live_in_file_deleted_here": self.live_in_file,
        }


class RejectedRows:
    """The rejected rows, with line, column and reason, in the input's own format."""

    def __init__(self, handle: IO[str], fmt: ImportFormat, header: list[str] | None) -> None:
        self.handle = handle
        self.fmt = fmt
        self.header = header
        self.writer: Any = None

    def write(self, error: RowError) -> None:
        if self.fmt is ImportFormat.csv:
            if self.writer is None:
                self.writer = csv.writer(self.handle, lineterminator="\r\n")
                self.writer.writerow(["line", "column", "error", *(self.header or [])])
            cells = error.original if isinstance(error.original, list) else [str(error.original)]
            self.writer.writerow([error.line, error.column or "", error.message, *cells])
        else:
            record = {"line": error.line, "column": error.column, "error": error.message, "record": error.original}
            line = json.dumps(record, ensure_ascii=False)
            if text_refusal(line) is not None:  # a lone surrogate, refused: escaped, as the file had it
                line = json.dumps(record)
            self.handle.write(line + "\n")

    def finish(self) -> None:
        """Push every rejected row to the disk before the import commits: a full disk found
        afterwards would fail the command after its rows were written (it said "Nothing was
        written" of an import that had been)."""
        self.handle.flush()
        try:
            regular = stat.S_ISREG(os.fstat(self.handle.fileno()).st_mode)
        except (OSError, ValueError):  # a stream without a file (a test's): the flush was all
            return
        if regular:  # a pipe or a device has no fsync; a file's errors (a full disk) are the import's
            os.fsync(self.handle.fileno())


def unstorable_text_refusal(item: RawRow | CsvCells, header: Sequence[str] | None) -> RowError | None:
    """A row with a NUL character or a lone surrogate in any of its text (a cell, or a value nested
    in a JSON record's sources or history), refused as any bad cell is: SQLite would keep a NUL,
    and no text means one; a surrogate (json.loads reads "\\ud800") cannot be written at all."""
    original = item.original
    if isinstance(original, list):  # a CSV row's cells, all text: one search of them joined
        if text_refusal("".join(original)) is None:
            return None
        at, message = next((index, why) for index, cell in enumerate(original) if (why := text_refusal(cell)))
        column = header[at] if header is not None and at < len(header) else None
    else:
        values = item.values if isinstance(item, RawRow) else {}
        found = next(((name, why) for name, value in values.items() if (why := _refusal_in(value))), None)
        if found is None:
            return None
        column, message = found
    return RowError(message if column else "a cell " + message, line=item.line, original=original, column=column)


def _refusal_in(value: Any) -> str | None:
    """Why a JSON value (text, or text nested in a list or an object) cannot be stored, or None."""
    if isinstance(value, str):
        return text_refusal(value)
    if isinstance(value, dict):
        return next(filter(None, map(_refusal_in, [*value.keys(), *value.values()])), None)
    if isinstance(value, list):
        return next(filter(None, map(_refusal_in, value)), None)
    return None


def content_uid(record: dict[str, Any], sources: list[dict[str, Any]]) -> str:
    """A uid for a row that has none, from its content: importing the same row again
    finds the incident it made instead of adding it a second time.

    ``row-`` and 24 hex digits of a SHA-256 of the checked record and its sources, so
    the same row always gives the same uid (and a changed row a new incident).
    """
    text = json.dumps([sorted(record.items()), sources], sort_keys=True, ensure_ascii=False, default=str)
    return "row-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _blame(values: dict[str, Any]) -> str | None:
    """The column whose value :func:`normalize_record` refuses, to name it in the error."""
    for name, value in values.items():
        try:
            normalize_record({name: value})
        except ValidationError:
            return name
    if values.get("sub_event_type"):
        return "sub_event_type"
    return None


class FieldError(ValidationError):
    """A row's value refused with the column it came from, so the rejects file can name that column."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def error_column(exc: ValidationError, raw: RawRow | None = None) -> str | None:
    """The column a row's error names in the rejects file: the one a :class:`FieldError` carries, else the
    field the message blames among the row's own columns, else None."""
    if isinstance(exc, FieldError):
        return exc.column
    if raw is not None:
        return _blame({k: v for k, v in raw.values.items() if k in EDITABLE_FIELDS})
    return None


def parsed_link_kind(kind: str) -> str:
    """A link kind as a file may carry it: the user's kinds, and ``duplicated_by``, which only an export writes
    (the far side of a ``duplicate_of`` link), so a round trip keeps it."""
    return "duplicated_by" if kind.strip() == "duplicated_by" else parse_link_kind(kind)


def row_reader(handle: IO[str], fmt: ImportFormat, safe: bool, layout: Layout | None) -> Iterator[RawRow | RowError]:
    """The reader of one format and layout: every one yields the same rows (or row errors), so
    the importer checks and writes them one way whatever the file was; ACLED's module is loaded
    only for an ACLED file."""
    if layout is Layout.acled:
        from .acled import read_acled

        return read_acled(handle, safe=safe)
    if fmt is ImportFormat.csv:
        return read_csv(handle, safe=safe)
    if fmt is ImportFormat.jsonl:
        return read_jsonl(handle)
    return read_json(handle)


def read_header(source: Path | IO[str]) -> list[str]:
    """A CSV file's column names, from its path or from a handle already open on it (read from the
    start; the caller seeks back)."""
    if not isinstance(source, Path):
        source.seek(0)
        return [name.strip() for name in next(csv_rows_checked(csv_reader(source)), [])]
    with source.open(encoding="utf-8-sig", newline="") as handle:
        return [name.strip() for name in next(csv_rows_checked(csv_reader(handle)), [])]


def chain_first(first: _T | None, rest: Iterator[_T]) -> Iterator[_T]:
    if first is not None:
        yield first
        yield from rest
