"""The incident database's SQL that geocoding needs: the user's places, and incidents still to locate.

:mod:`incident_tracker.geo` (the place book, the resolution chain, ``geocode --missing``)
reads and writes through these functions, so that no SQL text lives outside ``store/``.
Each takes an open :class:`sqlite3.Connection` to the incident database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..models.text import refuse_nul, tidy_text

PLACE_COLUMNS = ("id", "name", "latitude", "longitude", "kind", "country", "admin1", "notes", "created_at")
UNLOCATED_COLUMNS = ("id", "place", "country", "admin1", "admin2", "location", "geo_precision")


# --- opening ----------------------------------------------------------------------


def has_places(conn: sqlite3.Connection) -> bool:
    """Whether the database has the places tables (a database of an older release may not)."""
    from .database import table_names

    try:
        return "place_aliases" in table_names(conn)
    except sqlite3.Error:
        return False


def open_places_read_only(path: Path) -> sqlite3.Connection | None:
    """A connection that cannot write to the incident database at ``path``
    (:func:`~.database.connect_read_only`), if it has places; else None."""
    from ..errors import DatabaseError
    from .database import connect_read_only

    try:
        conn = connect_read_only(path)
    except DatabaseError:
        return None
    if not has_places(conn):
        conn.close()
        return None
    return conn


# --- incidents --------------------------------------------------------------------


def recorded_countries(conn: sqlite3.Connection) -> frozenset[str]:
    """Countries of the incidents already recorded (none if the database has no incidents table)."""
    try:
        rows = conn.execute("SELECT DISTINCT country FROM incidents WHERE country IS NOT NULL").fetchall()
    except sqlite3.Error:
        return frozenset()
    return frozenset(str(r[0]) for r in rows if r[0])


def incidents_without_coordinates(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Live incidents with a place as reported and no coordinates, oldest first."""
    rows = conn.execute(
        f"SELECT {', '.join(UNLOCATED_COLUMNS)} FROM incidents "
        "WHERE deleted_at IS NULL AND latitude IS NULL AND place IS NOT NULL AND trim(place) <> '' ORDER BY id"
    ).fetchall()
    return [dict(zip(UNLOCATED_COLUMNS, row, strict=True)) for row in rows]


def located_among(conn: sqlite3.Connection, ids: list[int]) -> int:
    """How many of the incidents ``ids`` have coordinates now: what a batch that was stopped saved."""
    found = 0
    for start in range(0, len(ids), 500):  # SQLite's limit on parameters stays far off
        part = ids[start : start + 500]
        marks = ", ".join("?" * len(part))
        found += conn.execute(
            f"SELECT count(*) FROM incidents WHERE latitude IS NOT NULL AND id IN ({marks})", part
        ).fetchone()[0]
    return found


def newest_incident_id(conn: sqlite3.Connection) -> int:
    """The highest incident id so far (0 for none): what an import adds lies above it."""
    row = conn.execute("SELECT max(id) FROM incidents").fetchone()
    return int(row[0] or 0)


# --- the user's places --------------------------------------------------------------


def place_rows(conn: sqlite3.Connection, country: str | None = None) -> list[dict[str, Any]]:
    """Every place (of one country), by name."""
    sql = f"SELECT {', '.join(PLACE_COLUMNS)} FROM places"
    params: list[Any] = []
    if country:
        sql += " WHERE country = ?"
        params.append(country)
    cursor = conn.execute(sql + " ORDER BY name COLLATE NOCASE, id", params)
    return [dict(zip(PLACE_COLUMNS, row, strict=True)) for row in cursor]


def place_aliases(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(place id, alias) in the order they were added."""
    return [(int(i), str(a)) for i, a in conn.execute("SELECT place_id, alias FROM place_aliases ORDER BY rowid")]


def place_ids_by_id(conn: sqlite3.Connection, place_id: int) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM places WHERE id = ?", [place_id])]


def place_ids_by_key(conn: sqlite3.Connection, key: str) -> list[int]:
    """Places one of whose names folds to ``key``."""
    return [int(r[0]) for r in conn.execute("SELECT DISTINCT place_id FROM place_aliases WHERE key = ?", [key])]


def place_name_rows(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(place id, alias, key) for every name."""
    rows = conn.execute("SELECT place_id, alias, key FROM place_aliases")
    return [(int(place_id), str(alias), str(key)) for place_id, alias, key in rows]


#: A place's columns tidied as the incident field they are like (its names as ``place``).
_TIDIED_AS = {"name": "place", "admin1": "admin1"}


def insert_place(conn: sqlite3.Connection, values: dict[str, Any], aliases: list[tuple[str, str]]) -> int:
    """Insert a place and its (alias, key) names; returns its id. The caller holds the transaction.

    A NUL in any of its text is refused here, the one write every place passes through; and its names are
    tidied here as an incident's are (``models.text.tidy_text``: composed, without the invisible characters a
    pasted name carries), so that the place shown, listed and exported is the name typed, not its bytes."""
    for name, value in [*values.items(), *(("alias", alias) for alias, _ in aliases)]:
        if isinstance(value, str):
            refuse_nul(value, name)
    values = {
        column: tidy_text(_TIDIED_AS.get(column, column), value).strip() if isinstance(value, str) else value
        for column, value in values.items()
    }
    aliases = [(tidy_text("place", alias).strip(), key) for alias, key in aliases]
    columns = ("name", "kind", "latitude", "longitude", "country", "admin1", "notes", "created_at")
    cursor = conn.execute(
        f"INSERT INTO places ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        [values[c] for c in columns],
    )
    place_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO place_aliases (place_id, alias, key) VALUES (?, ?, ?)",
        [(place_id, alias, key) for alias, key in aliases],
    )
    return place_id


def delete_place(conn: sqlite3.Connection, place_id: int) -> None:
    conn.execute("DELETE FROM place_aliases WHERE place_id = ?", [place_id])
    conn.execute("DELETE FROM places WHERE id = ?", [place_id])
