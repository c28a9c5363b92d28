"""What a Python caller hands the store, checked for its shape before anything is read or written.

The CLI never passes a string where a list of sources goes, or ``None`` for a record; a script
may. Without these checks such a value went deep before it failed, in Python's words
(``'NoneType' object is not iterable``, ``dictionary update sequence element #0``), or worse,
was taken apart as something else: a source given as its URL was read letter by letter
(``Unknown source field(s): ., /, :, g, h``). Each check here raises one
:class:`~incident_tracker.errors.ValidationError` naming what was given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

from ..errors import ValidationError
from ..models.field_values import with_its_type


def is_whole(value: object) -> TypeGuard[int]:
    """An int that is no bool: ``True`` is an int to Python and 1 to SQLite, never a count or an id."""
    return isinstance(value, int) and not isinstance(value, bool)


def incident_id_given(incident_id: object) -> int:
    """An incident's id: an int. SQLite would take ``True`` as 1 and ``'1'`` as 1 by the column's
    affinity, so a script's wrong value would reach incident 1 (or another) instead of failing."""
    if not is_whole(incident_id):
        raise ValidationError(f"An incident id must be an int, got {with_its_type(incident_id)}.", field="incident_id")
    return incident_id


def record_given(values: object, what: str = "A record") -> Mapping[str, Any]:
    """A record's fields: a mapping of field names to values (a dict, as ``get`` returns one)."""
    if not isinstance(values, Mapping):
        raise ValidationError(f"{what} must be a dict of field names and values, got {with_its_type(values)}.")
    return values


def sources_given(sources: object) -> list[Mapping[str, Any]]:
    """An incident's sources: a list (or any iterable but a text or one dict) of dicts, each
    checked later by ``check_source``. One source given without its list is named, not iterated."""
    if isinstance(sources, (str, bytes, bytearray, Mapping)) or not isinstance(sources, Iterable):
        hint = " (one source goes in a list: [source])" if isinstance(sources, Mapping) else ""
        raise ValidationError(
            "The sources must be a list of sources, each a dict of url, outlet, …, "
            f"got {with_its_type(sources)}{hint}.",
            field="sources",
        )
    return list(sources)


def source_given(source: object) -> Mapping[str, Any]:
    """One source: a dict of its fields (url, outlet, published, …)."""
    if not isinstance(source, Mapping):
        raise ValidationError(
            f"A source must be a dict of its fields (url, outlet, published, …), got {with_its_type(source)}.",
            field="sources",
        )
    return source


def reason_given(reason: object) -> str | None:
    """A reason kept in the history: text, or None for none."""
    if reason is not None and not isinstance(reason, str):
        raise ValidationError(f"A reason must be text, got {with_its_type(reason)}.", field="reason")
    return reason


def records_given(records: object) -> Iterable[Any]:
    """Many records (``add_many``): any iterable of dicts, a generator too, but not one dict or a text."""
    if isinstance(records, (str, bytes, bytearray, Mapping)) or not isinstance(records, Iterable):
        raise ValidationError(
            f"The records must be an iterable of dicts (a list, a generator), got {with_its_type(records)}."
        )
    return records


def limit_given(limit: object) -> int | None:
    """A query's limit: a whole number, or None for all."""
    if limit is not None and not is_whole(limit):
        raise ValidationError(f"The limit must be a whole number or None, got {with_its_type(limit)}.", field="limit")
    return limit
