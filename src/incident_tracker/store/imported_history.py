"""History rows an import brings (``export --with-history``): which of them an incident lacks,
and which of the import's own changes they already tell, so an export → import → export gives
the same history, each row once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from .records import HISTORY_KEYS, SOURCE_FIELDS, history_value

#: The columns a row is matched on: every key but the last, the reason.
MATCHED = len(HISTORY_KEYS) - 1

HistoryRow = tuple[str | None, ...]


def lacking(held: Iterable[Sequence[str | None]], rows: Sequence[HistoryRow]) -> list[HistoryRow]:
    """The ``rows`` not among the ``held`` ones, matched on all but the reason and counted: two
    identical rows (the same change made twice in one second) are two rows, not one."""
    left = Counter(tuple(row[:MATCHED]) for row in held)
    fresh = []
    for row in rows:
        key = tuple(row[:MATCHED])
        if left[key] > 0:
            left[key] -= 1
        else:
            fresh.append(row)
    return fresh


def told_changes(rows: Iterable[HistoryRow]) -> set[tuple[str | None, str | None]]:
    """(field, new value as the history writes it) of each update and source the ``rows`` tell:
    a change the import makes that is among them is already in the incident's history."""
    told: set[tuple[str | None, str | None]] = set()
    for row in rows:
        action, field, new = row[1], row[2], row[4]
        if action == "update":
            told.add((field, new))
        elif action == "source" and new:
            told.add(("sources", source_key(_loaded(new))))
    return told


def change_told(change: dict[str, Any], told: Collection[tuple[str | None, str | None]]) -> bool:
    """Whether an update ({field, old, new}) is one of the :func:`told_changes`."""
    return (change["field"], history_value(change["new"])) in told


def source_told(source: dict[str, Any], told: Collection[tuple[str | None, str | None]]) -> bool:
    """Whether an added source is one of the :func:`told_changes` (its local id aside)."""
    return ("sources", source_key(source)) in told


def source_key(source: dict[str, Any]) -> str:
    return json.dumps([source.get(name) for name in SOURCE_FIELDS], ensure_ascii=False)


def _loaded(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
