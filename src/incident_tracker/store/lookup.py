"""Quick read-only look-ups for shell completion: incident ids and the user's place names.

Completion runs on every Tab press, so these open the file read-only (a missing
file is never created, an old one never migrated), ask one small query and close.
Any problem yields nothing: a completion that fails must not break the shell.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

#: At most this many suggestions: a shell cannot show more usefully.
LIMIT = 50


def _fetch(path: Path, sql: str, params: list[object]) -> list[tuple[object, ...]]:
    """The rows of one query on the file opened read-only; none if the file is missing or unreadable."""
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    with closing(conn):
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.Error:
            return []


def incident_ids(path: Path, prefix: str = "") -> list[tuple[str, str]]:
    """(id, "date place: type") for incidents whose id starts with ``prefix``, newest first."""
    rows = _fetch(
        path,
        "SELECT id, event_date, coalesce(location, place, country, ''), coalesce(sub_event_type, event_type) "
        "FROM incidents WHERE deleted_at IS NULL AND CAST(id AS TEXT) LIKE ? || '%' "
        "ORDER BY event_date DESC, id DESC LIMIT ?",
        [prefix, LIMIT],
    )
    return [(str(i), f"{date} {where}: {kind}".replace("  ", " ")) for i, date, where, kind in rows]


def place_names(path: Path, prefix: str = "") -> list[tuple[str, str]]:
    """(name or alias, country) of the user's own places starting with ``prefix`` (any case)."""
    rows = _fetch(
        path,
        "SELECT DISTINCT a.alias, coalesce(p.country, '') FROM place_aliases AS a "
        "JOIN places AS p ON p.id = a.place_id WHERE a.alias LIKE ? || '%' ORDER BY a.alias LIMIT ?",
        [prefix.replace("%", "").replace("_", ""), LIMIT],
    )
    return [(str(alias), str(country)) for alias, country in rows]
