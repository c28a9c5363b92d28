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
    """A source as its fields alone, in one order: the same source told by the file and made by the import match."""
    return json.dumps([source.get(name) for name in SOURCE_FIELDS], ensure_ascii=False)


def _loaded(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


#: The actions whose value names another incident by its id: ``{"id": 3, "kind": "related"}``.
LINK_ACTIONS = frozenset({"link", "unlink"})


def link_rows_apart(rows: Sequence[HistoryRow]) -> tuple[list[HistoryRow], list[HistoryRow]]:
    """The rows that name no other incident, and the ``link``/``unlink`` rows, which name one by the file's
    id: those wait for every incident of the file to have its id here (:func:`with_ids_here`)."""
    others: list[HistoryRow] = []
    links: list[HistoryRow] = []
    for row in rows:
        (links if row[1] in LINK_ACTIONS else others).append(row)
    return others, links


def with_ids_here(
    rows: Iterable[HistoryRow], uid_of_file_id: dict[str, str], id_here: dict[str, int]
) -> list[HistoryRow]:
    """Link rows whose other incident's id, the file's, is made the id it has here (through its uid): an
    import into another file numbers the incidents anew, and "linked to #1" must still name the incident it
    named. An id the file does not hold (an incident left out of the export) stays as the file has it."""
    moved = []
    for row in rows:
        old, new = (_moved_value(value, uid_of_file_id, id_here) for value in (row[3], row[4]))
        moved.append((*row[:3], old, new, *row[5:]))
    return moved


def told_links(incident_id: int, rows: Iterable[HistoryRow]) -> set[tuple[int, int, str]]:
    """(incident, other incident, kind) of each ``link`` row (ids here): a link the import makes that the
    incident's history already tells is not told a second time."""
    told = set()
    for row in rows:
        if row[1] == "link" and row[4]:
            value = _loaded(row[4])
            if isinstance(value.get("id"), int) and isinstance(value.get("kind"), str):
                told.add((incident_id, value["id"], value["kind"]))
    return told


def _moved_value(text: str | None, uid_of_file_id: dict[str, str], id_here: dict[str, int]) -> str | None:
    if not text:
        return text
    value = _loaded(text)
    file_id = value.get("id")
    if isinstance(file_id, bool) or not isinstance(file_id, int):
        return text
    uid = uid_of_file_id.get(str(file_id))
    if uid is None or uid not in id_here:
        return text
    return json.dumps({**value, "id": id_here[uid]}, ensure_ascii=False)
