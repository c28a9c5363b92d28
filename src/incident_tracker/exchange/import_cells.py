"""The cells of an imported row that are more than a field's value: its timestamps, its
sources and its history, each checked as the store would check it.

Apart from :mod:`.import_rows` (the row's other pieces) because an import spends its time
here: every row of an export carries several timestamps and a JSON array of sources, so
the shape our own export writes has a fast path, and the general check stays its fallback
and the judge of what is refused (issue 17; ``tests/test_import_fast.py`` compares the two).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from ..errors import ValidationError
from ..models import check_date_range, parse_date
from ..models.text import tidy_source_text
from ..models.times import check_not_future
from ..store.records import HISTORY_ACTIONS, HISTORY_KEYS, SOURCE_FIELDS, looks_like_url
from .columns import SOURCE_KEYS, parse_sources

_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")

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
        cleaned = {f: None if c is None else tidy_source_text(f, c) or None for f, c in zip(SOURCE_FIELDS, cells)}  # noqa: B905
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
