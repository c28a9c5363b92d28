"""The gazetteer file's SQL: its schema, the writes that build and extend it, the reads that query it.

The gazetteer is a SQLite file of its own in the cache folder (not the incident
database); :mod:`incident_tracker.geo.gazetteer` reads it and
:mod:`incident_tracker.geo.build` builds it, both through the functions here, so
that no SQL text lives outside ``store/``. Standard library only: importing this
costs nothing that a lookup does not already need.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

Scope = tuple[frozenset[str] | None, frozenset[tuple[str, str]] | None]
Row = tuple[Any, ...]

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  population INTEGER NOT NULL,
  kind TEXT,
  tier TEXT NOT NULL DEFAULT 'geonames',
  border_with TEXT,
  admin2 TEXT,
  level TEXT
);
CREATE TABLE names (key TEXT NOT NULL, pkey TEXT, place_id INTEGER NOT NULL);
CREATE TABLE admin1 (
  country TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  geonameid INTEGER,
  latitude REAL,
  longitude REAL,
  seat TEXT,
  places INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (country, code)
);
CREATE TABLE admin1_names (
  key TEXT NOT NULL, pkey TEXT, words TEXT NOT NULL, country TEXT NOT NULL, code TEXT NOT NULL
);
CREATE TABLE countries (code TEXT PRIMARY KEY, latitude REAL, longitude REAL, seat TEXT);
"""

INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_pkey ON names (pkey) WHERE pkey IS NOT NULL;
CREATE INDEX names_place ON names (place_id) WHERE place_id >= 2000000000;
CREATE INDEX places_point ON places (latitude, longitude);
"""

#: A build writes a temporary file that nobody reads until it is renamed into place. Its
#: indexes are sorted with the help of up to two more threads (about a fifth less time).
BUILD_PRAGMAS = (
    "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -200000; "
    "PRAGMA threads = 2;"
)

PLACE_COLUMNS = (
    "p.id, p.name, p.country, p.admin1, p.latitude, p.longitude, p.population, "
    "p.kind, p.tier, p.border_with, p.admin2, p.level"
)


class PlaceRow(NamedTuple):
    """A row of :data:`PLACE_COLUMNS` with its columns named (:func:`named_places_in_box`)."""

    id: int
    name: str
    country: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    kind: str | None
    tier: str
    border_with: str | None
    admin2: str | None
    level: str | None


# --- opening ----------------------------------------------------------------------


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI for ``path`` opened read-only: ``?``, ``#`` and ``%`` in the path are escaped."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def open_read_only(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    """A read-only connection to a gazetteer file (raises :class:`sqlite3.Error` if it is not one)."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=not any_thread)
    try:
        conn.execute("SELECT 1 FROM meta LIMIT 1")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def open_for_writing(path: Path) -> sqlite3.Connection:
    """A connection that waits for other writers (a pack sync, a country-file merge)."""
    return sqlite3.connect(path, timeout=30)


def meta_value(path: Path, key: str) -> str | None:
    """One ``meta`` value of a gazetteer file, read without keeping it open."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    finally:
        conn.close()
    return str(row[0]) if row and row[0] is not None else None


# --- building ---------------------------------------------------------------------


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(BUILD_PRAGMAS)
    conn.executescript(SCHEMA)


def create_indexes(conn: sqlite3.Connection) -> None:
    conn.executescript(INDEXES)


def finish(conn: sqlite3.Connection) -> None:
    conn.commit()
    conn.execute("PRAGMA optimize")


def insert_places(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    """(id, name, country, admin1, latitude, longitude, population) rows of cities500."""
    conn.executemany(
        "INSERT INTO places (id, name, country, admin1, latitude, longitude, population) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def insert_full_places(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    """(id, name, country, admin1, latitude, longitude, population, kind, level, admin2) rows of a country file."""
    conn.executemany(
        "INSERT INTO places (id, name, country, admin1, latitude, longitude, population, kind, level, "
        "admin2, tier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'geonames')",
        rows,
    )


def insert_pack_place(conn: sqlite3.Connection, row: Row) -> None:
    """(id, name, country, admin1, latitude, longitude, kind, border_with, admin2, level) of a pack row."""
    conn.execute(
        "INSERT INTO places (id, name, country, admin1, latitude, longitude, population, kind, tier, "
        "border_with, admin2, level) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'pack', ?, ?, ?)",
        row,
    )


def insert_names(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    """(key, phonetic key, place id) rows."""
    conn.executemany("INSERT INTO names (key, pkey, place_id) VALUES (?, ?, ?)", rows)


def append_part(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """Copy the places and names of a part of the build another process wrote; (places, names).

    The names keep their order, after the ones already here: the rows of one build in one file.
    """
    conn.commit()  # ATTACH cannot run inside a transaction
    conn.execute("ATTACH DATABASE ? AS part", [str(path)])
    try:
        places = conn.execute("INSERT INTO places SELECT * FROM part.places").rowcount
        names = conn.execute(
            "INSERT INTO names (key, pkey, place_id) SELECT key, pkey, place_id FROM part.names ORDER BY rowid"
        ).rowcount
        conn.commit()
    finally:
        conn.execute("DETACH DATABASE part")
    return places, names


def insert_admin1(conn: sqlite3.Connection, rows: Iterable[Row], name_rows: Iterable[Row]) -> None:
    conn.executemany("INSERT INTO admin1 VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO admin1_names VALUES (?, ?, ?, ?, ?)", name_rows)


def insert_countries(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    conn.executemany("INSERT INTO countries (code, latitude, longitude, seat) VALUES (?, ?, ?, ?)", rows)


def set_meta(conn: sqlite3.Connection, items: Iterable[tuple[str, str]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", items)


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def admin1_code_for(conn: sqlite3.Connection, key: str, country: str) -> str | None:
    """The province code one of whose names has this key, in this country."""
    row = conn.execute("SELECT code FROM admin1_names WHERE key = ? AND country = ? LIMIT 1", [key, country]).fetchone()
    return str(row[0]) if row else None


def begin(conn: sqlite3.Connection) -> None:
    """Take the write lock now: a reader sees the file before or after, never half."""
    conn.execute("BEGIN IMMEDIATE")


def delete_from(conn: sqlite3.Connection, first_id: int) -> None:
    """Remove every place (and its names and point) whose id is ``first_id`` or more: the pack's rows."""
    conn.execute("DELETE FROM names WHERE place_id >= ?", [first_id])
    conn.execute("DELETE FROM places WHERE id >= ?", [first_id])


def known_ids(conn: sqlite3.Connection, ids_json: str) -> set[int]:
    """Which of the ids (a JSON array) are places already."""
    return {
        r[0] for r in conn.execute("SELECT id FROM places WHERE id IN (SELECT value FROM json_each(?))", [ids_json])
    }


# --- reading ----------------------------------------------------------------------


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def admin1_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM admin1").fetchone()[0])


def admin1_names(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(c, code): name for c, code, name in conn.execute("SELECT country, code, name FROM admin1")}


def admin1_name_rows(conn: sqlite3.Connection) -> list[Row]:
    """(key, phonetic key, words, country, code) for every province name."""
    return conn.execute("SELECT key, pkey, words, country, code FROM admin1_names").fetchall()


def admin1_row(conn: sqlite3.Connection, country: str, code: str) -> Row | None:
    """(name, latitude, longitude, seat) of a province."""
    row: Row | None = conn.execute(
        "SELECT name, latitude, longitude, seat FROM admin1 WHERE country = ? AND code = ?", [country, code]
    ).fetchone()
    return row


PACK_KEYS_SQL = "SELECT key FROM names WHERE place_id >= 2000000000"


def pack_name_keys(conn: sqlite3.Connection) -> list[str]:
    """Every name key of the regional pack's places (a few thousand), in key order.

    Deduplicated here, not by ``SELECT DISTINCT``: for DISTINCT SQLite walks the whole
    ``names_key`` index (750,000 names, about a second) instead of the partial ``names_place``
    index that holds only the pack's rows (milliseconds).
    """
    return sorted({key for (key,) in conn.execute(PACK_KEYS_SQL)})


def place_point(conn: sqlite3.Connection, place_id: int) -> Row | None:
    """(name, latitude, longitude) of one place, by its id."""
    row: Row | None = conn.execute("SELECT name, latitude, longitude FROM places WHERE id = ?", [place_id]).fetchone()
    return row


def country_row(conn: sqlite3.Connection, code: str) -> Row | None:
    """(latitude, longitude, seat) of a country."""
    row: Row | None = conn.execute("SELECT latitude, longitude, seat FROM countries WHERE code = ?", [code]).fetchone()
    return row


def _scope_sql(scope: Scope) -> tuple[str, list[Any]]:
    countries, areas = scope
    sql, params = "", []
    # A border place answers for either side: Torkham (PK) is in scope for a search in AF.
    if countries is not None:
        # An empty scope matches nothing: "IN ()" is false in SQLite, and "()" would not parse.
        sides = " OR ".join("instr(p.border_with, ?) > 0" for _ in countries) or "0"
        sql += f" AND (p.country IN ({', '.join('?' for _ in countries)}) OR ({sides}))"
        params.extend([*sorted(countries), *sorted(countries)])
    if areas is not None:
        area_countries = sorted({c for c, _ in areas})
        sides = " OR ".join("instr(p.border_with, ?) > 0" for _ in area_countries) or "0"
        slots = ", ".join("?" for _ in areas)
        sql += f" AND ((p.country || '.' || coalesce(p.admin1, '')) IN ({slots}) OR ({sides}))"
        params.extend([*sorted(f"{c}.{a}" for c, a in areas), *area_countries])
    return sql, params


_BY_NAME = f"SELECT {PLACE_COLUMNS}, n.key, n.pkey FROM names AS n JOIN places AS p ON p.id = n.place_id "


def places_by_key(conn: sqlite3.Connection, key: str, scope: Scope) -> list[Row]:
    where, params = _scope_sql(scope)
    return conn.execute(f"{_BY_NAME}WHERE n.key = ?{where}", [key, *params]).fetchall()


def places_by_phonetic(conn: sqlite3.Connection, pkey: str, scope: Scope, limit: int) -> list[Row]:
    where, params = _scope_sql(scope)
    return conn.execute(f"{_BY_NAME}WHERE n.pkey = ?{where} LIMIT ?", [pkey, *params, limit]).fetchall()


def places_by_phonetic_prefix(conn: sqlite3.Connection, prefix: str, scope: Scope, limit: int) -> list[Row]:
    where, params = _scope_sql(scope)
    return conn.execute(
        f"{_BY_NAME}WHERE n.pkey >= ? AND n.pkey < ?{where} LIMIT ?", [prefix, prefix + "\uffff", *params, limit]
    ).fetchall()


def places_in_box(
    conn: sqlite3.Connection, box: tuple[float, float, float, float], country: str | None = None
) -> list[Row]:
    """Places inside (south, north, west, east), through the (latitude, longitude) index.

    A B-tree, not an R*Tree: a box a degree high reads a few hundred index entries
    (0.1–0.3 ms), and the index costs 0.1 s to build where the R*Tree cost 2 s.
    """
    sql = f"SELECT {PLACE_COLUMNS} FROM places AS p WHERE p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?"
    params: list[Any] = list(box)
    if country:
        sql += " AND p.country = ?"
        params.append(country)
    return conn.execute(sql, params).fetchall()


def named_places_in_box(
    conn: sqlite3.Connection, box: tuple[float, float, float, float], country: str | None = None
) -> list[PlaceRow]:
    """:func:`places_in_box` with each row's columns named, for callers that read a few of them."""
    return [PlaceRow._make(row) for row in places_in_box(conn, box, country)]
