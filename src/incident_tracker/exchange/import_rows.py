"""The importer's per-row pieces: its summary, the rejects file, timestamps, content
uids, and which column a refused row is blamed on. See :mod:`.importer` for the rules.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, TypeVar

from ..errors import ValidationError
from ..models import EDITABLE_FIELDS, check_date_range, normalize_record, parse_date, parse_link_kind
from ..models.text import text_refusal
from ..models.times import check_not_future
from ..store.records import HISTORY_ACTIONS, HISTORY_KEYS, SOURCE_FIELDS, looks_like_url
from .columns import SOURCE_KEYS, parse_sources
from .formats import ImportFormat, Layout
from .readers import CsvCells, RawRow, RowError, csv_reader, csv_rows_checked, read_csv, read_json, read_jsonl

_T = TypeVar("_T")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


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
            f"{self.added} added",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{self.rejected} rejected",
        ]
        if self.links_added or self.links_unresolved:
            parts.append(f"{self.links_added} links added")
        if self.links_unresolved:
            parts.append(f"{self.links_unresolved} links to unknown uids skipped")
        if self.history_added:
            parts.append(f"{self.history_added} history rows added")
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


#: Timestamps checked already, as written → as stored. The rows of one import (or of an
#: export of one) mostly share a few stamps: each is parsed once (issue 17).
_STAMPS: dict[str, str] = {}
_STAMPS_KEPT = 4096


def checked_stamp(value: Any, name: str) -> str | None:
    """A timestamp column: ours as is, any ISO form turned into ours (UTC, seconds)."""
    if value is None or value == "":
        return None
    if type(value) is str:
        known = _STAMPS.get(value)
        if known is None:
            known = _check_stamp(value, name)
            if len(_STAMPS) >= _STAMPS_KEPT:
                _STAMPS.clear()
            _STAMPS[value] = known
        return check_not_future(known, name)  # after the cache: "now" moves, the stamp does not
    return check_not_future(_check_stamp(value, name), name)


def _check_stamp(value: Any, name: str) -> str:
    """A timestamp as the history keeps it (UTC, to the second, ``Z``): our own export's shape
    is checked by hand, as every imported row carries several; any other ISO form is converted
    (one without a zone is taken as UTC)."""
    text = str(value).strip()
    if _STAMP.fullmatch(text):
        try:  # the shape is ours; the values must be a real moment too (not 2025-99-99)
            # (the constructor checks what strptime checked, without its locale lookups:
            # one call per timestamp of every imported row; strptime took ASCII digits only)
            if not text.isascii():
                raise ValueError(text)
            dt.datetime(
                int(text[0:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]), int(text[14:16]), int(text[17:19])
            )
        except ValueError:
            raise ValidationError(f"{name} {text!r} is not a real date and time.") from None
        return text
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{name} must be an ISO timestamp (2025-11-24T10:00:00Z), got {text!r}.") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


#: What a sources cell may name: the source fields, and the id an export of records carries.
_SOURCE_NAMES = frozenset((*SOURCE_KEYS, "id"))
#: Published dates checked already, as written → as stored (ISO).
_PUBLISHED: dict[str, str] = {}
if SOURCE_KEYS != SOURCE_FIELDS:
    raise RuntimeError("the sources cell's keys and the store's source fields must be the same, in the same order")


def checked_sources(value: Any, check_source: Callable[[dict[str, Any]], dict[str, Any]]) -> list[dict[str, Any]]:
    """A row's sources cell read and each source checked: ``[check_source(s) for s in
    parse_sources(value)]``, with the same result and the same error.

    The usual cell (a JSON array of objects whose fields are text or null, each source with
    a plain address or an outlet) is read and checked in one pass; anything else, and every
    cell that would be refused, goes through the two general functions, which give the
    answer or the error (issue 17; ``tests/test_import_fast.py`` compares the two).
    """
    fast = plain_sources(value)
    if fast is not None:
        return fast
    return [check_source(source) for source in parse_sources(value)]


#: The C scanner behind ``json.loads``: for a cell that is one JSON array and nothing
#: else, what it returns is what ``json.loads`` returns, without its wrapping.
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_SOURCE_VALUES = itemgetter(*SOURCE_FIELDS)
_ALL_SOURCE_NAMES = frozenset(SOURCE_FIELDS)
_TEXT_OR_NULL = frozenset((str, type(None)))


def _json_value(text: str) -> Any:
    """``json.loads(text)`` (raising ValueError as it does)."""
    if text[:1] == "[" and text[-1:] == "]":
        try:
            value, end = _scan_json(text, 0)
        except (StopIteration, ValueError):
            end = -1
        if end == len(text):
            return value
    return json.loads(text)


def plain_sources(value: Any) -> list[dict[str, Any]] | None:
    """The checked sources of a plain cell, or None: not plain, or refused (the caller's
    general path then says why)."""
    if value is None or value == "":
        return []
    if type(value) is str:
        try:
            items = _json_value(value)
        except ValueError:
            return None
    else:
        items = value
    if type(items) is not list:
        return None
    checked = []
    for item in items:
        if type(item) is not dict:
            return None
        if item.keys() == _ALL_SOURCE_NAMES:  # every field named, as an export writes them
            cells = _SOURCE_VALUES(item)
        elif _SOURCE_NAMES.issuperset(item):
            cells = tuple(map(item.get, SOURCE_FIELDS))
        else:
            return None
        if not _TEXT_OR_NULL.issuperset(map(type, cells)):
            return None
        cleaned = dict(zip(SOURCE_FIELDS, [None if c is None else c.strip() or None for c in cells]))  # noqa: B905
        url = cleaned["url"]
        if (not url and not cleaned["outlet"]) or (url and not looks_like_url(url)):
            return None
        published = cleaned["published"]
        if published:
            known = _PUBLISHED.get(published)
            if known is None:
                try:
                    known = check_date_range(parse_date(published).start, "published date").isoformat()
                except ValidationError:
                    return None
                if len(_PUBLISHED) >= _STAMPS_KEPT:
                    _PUBLISHED.clear()
                _PUBLISHED[published] = known
            cleaned["published"] = known
        checked.append(cleaned)
    return checked


def checked_history(value: Any, *, deleted: bool | None = None) -> list[tuple[str | None, ...]]:
    """A record's ``history`` (as ``export --with-history`` writes it) checked: a list of objects with
    the keys of :data:`~..store.records.HISTORY_KEYS`, each a row of values in that order. Each
    action is one an incident's history holds; with ``deleted`` (whether the record is deleted), the
    last ``delete`` or ``restore`` row must agree with it, or the file contradicts itself."""
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise ValidationError("history must be a list of history rows (as an export with its history writes it).")
    rows = []
    last_deletion: tuple[int, str] | None = None
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict) or not set(item) <= set(HISTORY_KEYS):
            raise ValidationError(f"history row {number} must be an object with keys {', '.join(HISTORY_KEYS)}.")
        if any(not (v is None or isinstance(v, str)) for v in item.values()):
            raise ValidationError(f"history row {number}: every value must be text or null.")
        action = item.get("action")
        if action not in HISTORY_ACTIONS:
            raise ValidationError(
                f"history row {number}: action must be one of {', '.join(HISTORY_ACTIONS)}, got {action!r}."
            )
        try:
            stamp = checked_stamp(item.get("changed_at"), "changed_at")
        except ValidationError as exc:
            raise ValidationError(f"history row {number}: {exc}") from None
        if stamp is None:
            raise ValidationError(f"history row {number} has no changed_at.")
        if action in ("delete", "restore"):
            last_deletion = (number, action)
        rows.append((stamp, *(item.get(name) for name in HISTORY_KEYS[1:])))
    if deleted is not None and last_deletion is not None and (last_deletion[1] == "delete") != deleted:
        number, action = last_deletion
        state = "live (no deleted_at)" if not deleted else "deleted (deleted_at is set)"
        raise ValidationError(
            f"history row {number} is the last {action}, but the record is {state}: the file contradicts itself."
        )
    return rows


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


def read_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [name.strip() for name in next(csv_rows_checked(csv_reader(handle)), [])]


def chain_first(first: _T | None, rest: Iterator[_T]) -> Iterator[_T]:
    if first is not None:
        yield first
        yield from rest
