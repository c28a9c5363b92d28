"""The SQL a piece of the library sends to SQLite, statement by statement, with parameters.

Shared by ``bench/run.py`` (which replays the statements through plain ``sqlite3`` as the
baseline of each query) and ``tests/test_query_plans.py`` (which asks SQLite to
``EXPLAIN QUERY PLAN`` each one).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from incident_tracker.store import IncidentStore

Statements = list[tuple[str, list[Any]]]

#: A fresh process that replays recorded statements (argv: database, JSON file of
#: statements) through plain ``sqlite3``: the baseline both bench scripts time the
#: library against. It registers the one SQL function our queries call.
REPLAY_CHILD = """
import json, sqlite3, sys, math
def haversine_km(lat1, lon1, lat2, lon2):
    if lat1 is None or lon1 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
conn = sqlite3.connect(sys.argv[1])
conn.create_function("haversine_km", 4, haversine_km, deterministic=True)
out = []
for sql, params in json.load(open(sys.argv[2])):
    cursor = conn.execute(sql, params)
    if cursor.description is None:
        continue
    names = [d[0] for d in cursor.description]
    out.extend(dict(zip(names, row)) for row in cursor)
json.dump(out, sys.stdout)
"""


class Recorder:
    """A connection that notes every statement (and its parameters) before running it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.log: Statements = []

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        self.log.append((sql, list(params)))
        return self.conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def recorded(store: IncidentStore, func: Callable[[], Any]) -> Statements:
    """The statements ``func`` runs on ``store``, in order."""
    real = store.conn
    recorder = Recorder(real)
    store.conn = recorder  # type: ignore[assignment]
    try:
        func()
    finally:
        store.conn = real
    return recorder.log
