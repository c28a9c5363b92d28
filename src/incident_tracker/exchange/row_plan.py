"""The importer's fast path for the rows of one CSV file in our column set (issue 17).

A :class:`RowPlan` is made once per file from its header: which cell each field is in
and how each is read. :meth:`RowPlan.parse` then reads the usual row straight from its
cells, with a lookup per code, date or count, and gives exactly what
``Importer.parse`` would give for the same row (record, uid, timestamps, sources,
links). Anything else (a cell a spreadsheet-quote guards, a toll in words, a text never
seen, a refusal) makes it answer None, and the importer takes the general path, which
gives the answer or the error with its message and column. ``tests/test_import_fast.py``
holds the two side by side, and both against the checks as they were.

Every remembered answer was given by the general function for the same text
(:func:`models.normalize_record` on that field alone, ``parse_sub_event_type``, the
timestamp check): only texts it accepted are remembered, never a refusal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from ..errors import ValidationError
from ..models import EDITABLE_FIELDS, LIST_FIELDS, normalize_record, parse_sub_event_type
from ..models.casualties import TOLLS, is_toll_phrase
from ..models.dates import is_date_phrase
from ..models.field_values import FLOAT_FIELDS, TEXT_FIELDS
from ..models.text import tidy_text
from .columns import decode_list, parse_links, row_converter
from .import_cells import checked_stamp, plain_sources
from .import_rows import content_uid, parsed_link_kind

#: The fields that are free text (stripped, empty is None) and numbers with a fraction (a
#: finite ``float``, written without ``_``): ``normalize_record``'s own lists.
_TEXT_FIELDS = frozenset(TEXT_FIELDS)
_NUMBER_FIELDS = frozenset(FLOAT_FIELDS)
#: At most this many remembered texts per column; a full column starts again.
_KEPT = 16384
_UID = re.compile(r"[\w.:-]{1,100}")
_STAMP_NAMES = ("created_at", "updated_at", "deleted_at")

#: What a parsed row is: record, uid, timestamps (and deletion reason), sources, links,
#: and whether the uid was made from the content.
Parsed = tuple[dict[str, Any], str | None, dict[str, str | None], list[dict[str, Any]], list[tuple[str, str]], bool]


class _NotPlain(Exception):
    """A cell the plan does not answer: the row goes the general way."""


class _Answers(dict[str, Any]):
    """One column's cells → the checked value, each text checked once by the general check.

    A text the check refuses raises :class:`_NotPlain` (and is not remembered), so the
    importer's general path refuses it again, with its message.
    """

    __slots__ = ("check",)

    def __init__(self, check: Callable[[str], Any]) -> None:
        super().__init__({"": None})
        self.check = check

    def __missing__(self, text: str) -> Any:
        try:
            value = self.check(text)
        except ValidationError:
            raise _NotPlain from None
        if len(self) >= _KEPT:
            self.clear()
            self[""] = None
        self[text] = value
        return value


def _field_check(name: str) -> Callable[[str], Any]:
    """How ``normalize_record`` reads one field's cell on its own (and it alone: the rules
    that span fields, tolls and dates in words and a sub-type's event type, are kept out)."""
    if name in LIST_FIELDS:
        # A list is remembered as a tuple, and each row gets its own list (lists change in place).
        return lambda text: tuple(normalize_record({name: decode_list(text)})[name])
    if name in TOLLS:

        def toll(text: str) -> Any:
            if is_toll_phrase(text):
                raise _NotPlain  # a toll in words or a range fills its range and phrase: the general way
            return normalize_record({name: text})[name]

        return toll
    if name in ("event_date", "event_date_end"):

        def date(text: str) -> Any:
            if is_date_phrase(text):
                raise _NotPlain  # "Nov 2025" fills the span and the precision too: the general way
            return normalize_record({name: text})[name]

        return date
    if name == "sub_event_type":
        return lambda text: text  # what its normaliser gives; the pair is checked after
    return lambda text: normalize_record({name: text})[name]


class _SubTypes(dict[tuple[str, str | None], tuple[str, str]]):
    """(sub-type as written, event type as checked) → (event type, sub-type)."""

    def __missing__(self, key: tuple[str, str | None]) -> tuple[str, str]:
        try:
            value = parse_sub_event_type(*key)
        except ValidationError:
            raise _NotPlain from None
        if len(self) >= _KEPT:
            self.clear()
        self[key] = value
        return value


class RowPlan:
    """A CSV header's columns, read the way ``Importer.parse`` reads them; see the module docstring."""

    def __init__(self, header: Sequence[str], *, safe: bool = True) -> None:
        names = list(header)
        #: The header's column names, in order (to name the column of a refused cell).
        self.header = names
        self.safe = safe
        #: The general reading of a row's cells (``read_csv``'s), for the rows the plan does not answer.
        self.convert = row_converter(names, safe=safe)
        position = {name: index for index, name in enumerate(names)}
        self._uid = position.get("uid")
        self._stamps = tuple((name, position.get(name)) for name in _STAMP_NAMES)
        self._reason = position.get("deleted_reason")
        self._sources = position.get("sources")
        self._links = position.get("links")
        fields = [name for name in names if name in EDITABLE_FIELDS]
        texts = [name for name in fields if name in _TEXT_FIELDS]
        numbers = [name for name in fields if name in _NUMBER_FIELDS]
        coded = [name for name in fields if name not in _TEXT_FIELDS and name not in _NUMBER_FIELDS]
        self._numbers = tuple((name, position[name]) for name in numbers)
        #: The record's keys as :meth:`_record` makes it: the coded fields, the free text, then
        #: the numbers (None until read). Not the header's order, which nothing reads a record by
        #: (``content_uid`` sorts its items); one ``dict(zip(…))`` costs 3 µs a row less than
        #: ``dict.fromkeys`` in that order and two ``update`` calls.
        self._names = (*coded, *texts, *numbers)
        self._no_numbers = (None,) * len(numbers)
        self._text_cells = _getter([position[name] for name in texts])
        self._texts = tuple(texts)
        self._coded_cells = _getter([position[name] for name in coded])
        self._answers = tuple(_Answers(_field_check(name)) for name in coded)
        self._lists = tuple(name for name in coded if name in LIST_FIELDS)
        self._sub_types = _SubTypes() if "sub_event_type" in position else None

    def parse(self, cells: list[str]) -> Parsed | None:
        """The row as ``Importer.parse`` reads it, or None: take the general path."""
        if self.safe and (cells[0][:1] == "'" or "\x00'" in "\x00".join(cells)):
            return None  # a cell with a spreadsheet guard to undo
        try:
            return self._parse(cells)
        except _NotPlain:
            return None

    def _parse(self, cells: list[str]) -> Parsed:
        """The fast reading of a plain row; anything it cannot be sure of raises ``_NotPlain``, and
        the general path reads the row again, so that both give one answer and one error."""
        uid: str | None = cells[self._uid] if self._uid is not None else None
        if uid:
            uid = uid.strip()
            if not _UID.fullmatch(uid):
                raise _NotPlain
        else:
            uid = None
        stamps: dict[str, str | None] = {}
        for name, index in self._stamps:
            text = cells[index] if index is not None else None
            if text:
                try:
                    stamps[name] = checked_stamp(text, name)
                except ValidationError:
                    raise _NotPlain from None
            else:
                stamps[name] = None
        reason = cells[self._reason] if self._reason is not None else None
        stamps["deleted_reason"] = (reason.strip() or None) if reason else None
        sources_cell = cells[self._sources] if self._sources is not None else None
        sources = plain_sources(sources_cell) if sources_cell else []
        if sources is None:
            raise _NotPlain
        links_cell = cells[self._links] if self._links is not None else None
        links = self._read_links(links_cell) if links_cell else []
        record = self._record(cells)
        derived = uid is None
        if derived:
            uid = content_uid(record, sources)
        return record, uid, stamps, sources, links, derived

    def _record(self, cells: list[str]) -> dict[str, Any]:
        """The record of a row's field cells, each coded value looked up in the answers met before
        (the same cell text gives the same value, checked once per file, not once per row)."""
        values = list(map(dict.__getitem__, self._answers, self._coded_cells(cells)))
        values += [text.strip() or None for text in map(tidy_text, self._texts, self._text_cells(cells))]
        values += self._no_numbers
        # (zip without strict: one value per name, and strict costs per row)
        record: dict[str, Any] = dict(zip(self._names, values))  # noqa: B905
        for name, index in self._numbers:
            text = cells[index]
            if text:
                if "_" in text:
                    raise _NotPlain  # float() reads 1_0 as 10; the check refuses it
                try:
                    number = float(text)
                except ValueError:
                    raise _NotPlain from None
                if number - number != 0:
                    raise _NotPlain  # nan or inf (inf - inf is nan)
                record[name] = number
        for name in self._lists:
            record[name] = list(record[name] or ())
        if self._sub_types is not None:
            written = record["sub_event_type"]
            if written:
                record["event_type"], record["sub_event_type"] = self._sub_types[(written, record.get("event_type"))]
        return record

    @staticmethod
    def _read_links(cell: str) -> list[tuple[str, str]]:
        try:
            return [(parsed_link_kind(kind), other) for kind, other in parse_links(cell)]
        except ValidationError:
            raise _NotPlain from None


def _getter(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The cells at ``indexes`` as a tuple (``itemgetter`` gives a bare cell for one index)."""
    if not indexes:
        return lambda cells: ()
    if len(indexes) == 1:
        index = indexes[0]
        return lambda cells: (cells[index],)
    return itemgetter(*indexes)
