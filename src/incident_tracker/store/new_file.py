"""A database a command has just made, removed again when the command leaves it empty: only while no other
process has written to it.

``tracker import`` into a file that does not exist yet, a dry run, and ``extract --add`` remove the database
they made when their write fails or adds nothing, so no empty file is left to trip over. "Made" was judged
by the path not existing before the open, and the file was removed by name: a second process that made or
filled the same new file meanwhile (two imports started together, an ``add`` while a big import reads) lost
what it had committed, and had said so (probe23: `Added incident 1`, then the file gone). Now the file is
removed only when this store's own connection made its schema, and no other connection has committed to it
since (SQLite's ``data_version``), judged and removed under the write lock.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from .incidents import IncidentStore

#: The stores that made their file's schema, with the ``data_version`` their connection saw then.
_MADE: WeakKeyDictionary[IncidentStore, int] = WeakKeyDictionary()


def _data_version(conn: sqlite3.Connection) -> int:
    """SQLite's count of commits made by other connections to the file (this one's own do not change it)."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def note_if_made_here(store: IncidentStore) -> None:
    """Right after opening a path that was not there: remember whether this store's connection made the schema
    (its inserts count in ``total_changes``; a file another process made meanwhile was only read)."""
    if store.conn.total_changes > 0:
        _MADE[store] = _data_version(store.conn)


def remove_if_untouched(store: IncidentStore, path: Path) -> bool:
    """Close ``store`` and remove ``path`` (with its ``-wal`` and ``-shm``) when this store made it and nobody
    else has committed to it since; whether it was removed. A file another process wrote to is kept."""
    made = _MADE.pop(store, None)
    conn = store.conn
    removed = False
    try:
        if made is not None and not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")  # no commit can come between the look and the removal
            if _data_version(conn) == made:
                for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    leftover.unlink(missing_ok=True)
                removed = True
    except sqlite3.Error:  # busy past the timeout: another process is writing to it, so it is kept
        pass
    finally:
        with suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.rollback()
        store.close()
    return removed
