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
