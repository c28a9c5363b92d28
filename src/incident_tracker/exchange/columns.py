"""The stable CSV column set and its cell encoding; decoding for the importer.

Pure functions, no I/O. The cells of an export are encoded by SQLite
(``store.records.FLAT_SELECT``, so a million rows need no per-row JSON work); this
module decodes them and documents the rules, which a property test checks both ways
(``tests/test_exchange_roundtrip.py``). The rules, documented in
``docs/import-export.md``:

- Lists (``weapons``, ``tags``) sit in one cell, items separated by ``"; "``; a ``;``
  or ``\\`` inside an item is escaped with a backslash.
- ``sources`` is one cell holding a JSON array of objects (url, outlet, published,
  headline, source_original, note, reliability): a source has several fields and any of them may
  hold a semicolon, so JSON is the only lossless one-cell form.
- ``links`` is a list cell of ``kind:uid`` items; uids, not local ids, because ids
  mean nothing in another analyst's database.
- Empty cell = unknown (NULL); ``0`` is zero. Booleans are ``true``/``false``.
- Text cells that a spreadsheet would run as a formula get a leading ``'``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import ValidationError
from ..models import LIST_FIELDS

# The CSV's columns are the store's to know too (its SQL writes the CSV cells): defined there, below us.
from ..store.csv_shape import CSV_COLUMNS as CSV_COLUMNS
from ..store.csv_shape import FORMULA_TRIGGERS as FORMULA_TRIGGERS
from ..store.csv_shape import NUMERIC_COLUMNS as NUMERIC_COLUMNS

#: Source fields, in the order they appear in a source object.
SOURCE_KEYS: tuple[str, ...] = ("url", "outlet", "published", "headline", "source_original", "note", "reliability")

#: First characters of a cell that :func:`neutralise` may have to change.
NEEDS_CHECK = frozenset((*FORMULA_TRIGGERS, "'"))


def neutralise(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would read as a formula.

    Text that already starts with quotes followed by a trigger gets one more quote,
    so :func:`restore` can always undo exactly what this did.
    """
    if text and text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo :func:`neutralise`."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def encode_list(items: list[str]) -> str:
    """``["a", "b;c"]`` → ``"a; b\\;c"``."""
    return "; ".join(item.replace("\\", "\\\\").replace(";", "\\;") for item in items)


def decode_list(cell: str) -> list[str]:
    """Split a list cell on unescaped ``;`` and undo the escapes; empty cell → []."""
    if "\\" not in cell:
        return [part.strip() for part in cell.split(";") if part.strip()]
    items: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ";":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def parse_sources(value: Any) -> list[dict[str, Any]]:
    """A sources cell (JSON text) or a JSON list → source dicts with only the known keys."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationError("sources must be a JSON array of objects (url, outlet, …).") from None
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise ValidationError("sources must be a JSON array of objects (url, outlet, …).")
    unknown = {k for s in value for k in s} - {*SOURCE_KEYS, "id"}
    if unknown:
        raise ValidationError(f"Unknown source field(s): {', '.join(sorted(unknown))}.")
    return [{k: s.get(k) for k in SOURCE_KEYS} for s in value]


def parse_links(value: Any) -> list[tuple[str, str]]:
    """A links cell (``kind:uid; …``) or a JSON list of {kind, uid} → (kind, uid) pairs."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        pairs = []
        for item in decode_list(value):
            kind, sep, uid = item.partition(":")
            if not sep or not uid.strip():
                raise ValidationError(f"Cannot read link {item!r}: write it as kind:uid (related:01K…).")
            pairs.append((kind.strip(), uid.strip()))
        return pairs
    if isinstance(value, list):
        out = []
        for link in value:
            if not isinstance(link, dict) or not link.get("uid") or not link.get("kind"):
                raise ValidationError("links must be a list of objects with kind and uid.")
            out.append((str(link["kind"]), str(link["uid"])))
        return out
    raise ValidationError("links must be a list of kind:uid items.")


def row_to_values(row: dict[str, str | None], *, safe: bool = True) -> dict[str, Any]:
    """CSV cells (by column name) → values for :func:`models.normalize_record`.

    Empty cells become None; unknown columns are refused so a typo in a header
    cannot silently drop a column.
    """
    values: dict[str, Any] = {}
    for name, cell in row.items():
        if name is None:
            raise ValidationError("more cells than columns in the header")
        if not cell:
            values[name] = [] if name in LIST_FIELDS else None
            continue
        if safe and cell[0] == "'":
            cell = restore(cell)
        values[name] = decode_list(cell) if name in LIST_FIELDS else cell
    return values


def row_converter(header: Sequence[str], *, safe: bool = True) -> Callable[[list[str]], dict[str, Any]]:
    """:func:`row_to_values` for the rows of one file, given as lists of cells in the order of
    ``header`` (already checked: known names, each once, as many cells as names).

    The same values, built with one comprehension instead of a test per cell: empty cells
    become None (lists []), a leading ``'`` is undone only on rows that have one, and only
    the list columns are split (issue 17; ``tests/test_import_fast.py`` compares the two).
    """
    names = tuple(header)
    lists = tuple(name for name in names if name in LIST_FIELDS)

    def convert(cells: list[str]) -> dict[str, Any]:
        # (zip without strict: the reader has counted the cells, and strict doubles the cost)
        values: dict[str, Any] = {name: cell or None for name, cell in zip(names, cells)}  # noqa: B905
        # A cell starting with ' is rare: find any with one search over the joined row (a
        # quote after a NUL inside a cell only sends the row down the careful loop).
        if safe and (cells[0][:1] == "'" or "\x00'" in "\x00".join(cells)):
            for name, cell in values.items():
                if cell is not None and cell[0] == "'":
                    values[name] = restore(cell)
        for name in lists:
            cell = values[name]
            values[name] = [] if cell is None else decode_list(cell)
        return values

    return convert
