"""The online geocoder's answer cache: a small SQLite file of its own in the cache folder.

Nominatim's usage policy asks that answers be cached and that a client make at most
one request per second; the time of the last request is kept here too, so that
several processes share the one-per-second budget. The SQL of
:class:`incident_tracker.geo.online.OnlineGeocoder` lives here.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import suppress
from pathlib import Path


def open_cache(path: Path) -> sqlite3.Connection:
    """Open (creating if need be) the answer cache at ``path``.

    A new cache is readable by its owner only (0600): the places looked up online are the places an
    analyst is working on, which other users of the machine need not learn from a file in the home
    folder (SQLite gives its journal the same mode). The offline gazetteer beside it is GeoNames'
    public data and keeps the umask's mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlite3.connect(path, timeout=10)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS answers (request TEXT PRIMARY KEY, response TEXT NOT NULL, fetched_at REAL)"
    )
    conn.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value REAL)")
    return conn


def cached_answer(conn: sqlite3.Connection, request: str) -> str | None:
    """The stored response (JSON text) to a request asked before, if any."""
    row = conn.execute("SELECT response FROM answers WHERE request = ?", [request]).fetchone()
    return str(row[0]) if row else None


def store_answer(conn: sqlite3.Connection, request: str, response: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO answers (request, response, fetched_at) VALUES (?, ?, ?)",
        [request, response, time.time()],
    )
    conn.commit()


def last_request(conn: sqlite3.Connection) -> float | None:
    """When the last request was made (any process), as a Unix time."""
    row = conn.execute("SELECT value FROM state WHERE key = 'last_request'").fetchone()
    return float(row[0]) if row else None


def mark_request(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('last_request', ?)", [time.time()])
    conn.commit()
