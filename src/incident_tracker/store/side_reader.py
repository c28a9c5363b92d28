"""The CSV export's side tables read a batch ahead, on a second connection in a worker
thread (issue 17).

``sqlite3`` lets go of the GIL while SQLite steps a statement, so on two cores the
worker's queries (weapons, tags, sources, links of the next batch) run while the main
thread formats the current batch and reads the next one's own cells. The CPU spent is
about the same (a second connection adds its schema read and page cache); the time a user
waits is less when a core is free, and no less when none is.

**One snapshot.** Each connection reads inside one read transaction, and the reader is
used only when both see the same commit: the worker notes its connection's
``PRAGMA data_version`` before the export's own transaction takes its snapshot, and again
once its own has taken one; the value changes whenever another connection has committed
in between (SQLite's documented meaning of the pragma). When it changed, when the caller
holds a transaction of its own (it may hold writes no other connection can see), when the
file cannot be opened a second time (read-only, in memory, gone), or when no core is free
(:func:`core_free`), there is no reader and the export reads its side tables on its own
connection, as before.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from ..errors import DatabaseError
from .transactions import TrackerConnection

T = TypeVar("T")


def open_second(path: Path) -> sqlite3.Connection:
    """The worker's connection, opened as ``database.connect_read_only`` opens one (never
    written; ``DatabaseError`` if it cannot be)."""
    from .database import connect_read_only

    return connect_read_only(path)


def core_free() -> bool:
    """Whether a second thread would find a core of its own now: two cores or more, and a
    load average (runnable threads over the last minute) that leaves one of them free.

    On two cores shared with a dozen other jobs the worker made the export slower, not
    faster (docs/performance.md, ninth pass): its thread and the main one wait for each
    other's turn on the GIL while the system runs someone else.
    """
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average here (Windows)
        return cores >= 2
    return cores >= 2 and load < cores - 0.5


class SideReader:
    """A worker thread and its own connection, inside a read transaction on the export's
    snapshot: :meth:`submit` runs a query there while the caller goes on."""

    def __init__(self, pool: ThreadPoolExecutor, second: sqlite3.Connection) -> None:
        self._pool, self._second = pool, second

    def submit(self, query: Callable[[sqlite3.Connection, list[int]], T], keys: list[int]) -> Future[T]:
        """``query(connection, keys)`` in the worker; ``result()`` raises what it raised."""
        return self._pool.submit(query, self._second, keys)


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _begin(conn: sqlite3.Connection) -> int:
    """Begin a read transaction and take its snapshot (a deferred ``BEGIN`` takes it at
    the first read; the pragma reads the file's header): the ``data_version`` it sees."""
    conn.execute("BEGIN")
    return _data_version(conn)


def _close(conn: sqlite3.Connection) -> None:
    """End the worker's read transaction (nothing to keep: it wrote nothing) and close its
    connection, without hiding the error the export may be leaving with."""
    with suppress(sqlite3.Error):
        if conn.in_transaction:
            conn.execute("COMMIT")
    conn.close()


@contextmanager
def export_snapshot(conn: sqlite3.Connection, *, ahead: bool = True) -> Iterator[SideReader | None]:
    """One read transaction around an export on ``conn`` (unless the caller holds one
    already), and, if ``ahead`` and it can share that snapshot, a :class:`SideReader`
    (None when it cannot: the module's docstring says when). On leaving, the worker's
    connection is closed in its thread, and the transaction this began is ended."""
    own = not conn.in_transaction
    path = getattr(conn, "path", None) if isinstance(conn, TrackerConnection) and not conn.read_only else None
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-sides") if own and ahead and path else None
    second: sqlite3.Connection | None = None
    if own:
        conn.execute("BEGIN")
    try:
        reader = None
        if pool is not None and path is not None:
            second = _second(pool, Path(path))
            reader = _same_snapshot(pool, conn, second)
        yield reader
    finally:
        try:
            if pool is not None:
                try:
                    if second is not None:
                        pool.submit(_close, second).result()
                finally:
                    pool.shutdown()
        finally:
            if own:
                conn.execute("COMMIT")


def _second(pool: ThreadPoolExecutor, path: Path) -> sqlite3.Connection | None:
    """The worker's connection, opened in its thread; None if the file cannot be opened again."""
    try:
        return pool.submit(open_second, path).result()
    except (DatabaseError, sqlite3.Error):
        return None


def _same_snapshot(
    pool: ThreadPoolExecutor, conn: sqlite3.Connection, second: sqlite3.Connection | None
) -> SideReader | None:
    """A reader on ``second`` if its snapshot is ``conn``'s (``conn`` in a transaction that
    has read nothing yet), else None."""
    if second is None:
        return None
    before = pool.submit(_data_version, second).result()
    conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the export's snapshot is taken
    if pool.submit(_begin, second).result() != before:
        return None  # another connection committed in between: the snapshots may differ
    return SideReader(pool, second)
