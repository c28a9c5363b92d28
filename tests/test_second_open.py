"""A second store opened on a file this process already holds keeps the first one's locks (conc31).

On POSIX, closing *any* descriptor of a file drops every lock the process holds on it, SQLite's
own included. Opening a store read the file's first bytes with Python's ``open()``/``close()``, so a
library user's second store (or one a thread) let other processes past the first store's locks:
in a rollback journal another process took the write lock the first held; in WAL another process's
close deleted the ``-wal`` and ``-shm`` the first still wrote to, and its next write went to a log no
one else could see. Real connections and real processes, no mock; each test ~0.1 s.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from incident_tracker.store.database import connect
from incident_tracker.store.incidents import IncidentStore

#: Another process: takes the write lock without waiting, says whether it got it.
_TAKE_WRITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
try:
    conn.execute("BEGIN IMMEDIATE")
except sqlite3.OperationalError as exc:
    print("refused:", exc)
else:
    print("granted")
    conn.execute("ROLLBACK")
"""

#: Another process: opens the file, counts its incidents, closes (the last connection's close
#: folds the log and deletes ``-wal`` and ``-shm`` when it can take the file's exclusive lock).
_COUNT = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=5, isolation_level=None)
print(conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
conn.close()
"""


def _other(script: str, path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _new_database(path: Path, journal_mode: str) -> None:
    connect(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.close()


def test_a_second_open_keeps_the_first_ones_write_lock_on_a_rollback_journal_file(disk_path):
    """Before: `granted` — the second open's header read let another process take the write lock mid-write."""
    db = disk_path / "a.db"
    _new_database(db, "DELETE")
    first = connect(db)
    first.execute("BEGIN IMMEDIATE")
    first.execute("PRAGMA user_version = 7")  # a write, in the first's transaction
    assert _other(_TAKE_WRITE_LOCK, db).startswith("refused: database is locked")
    second = connect(db)
    try:
        assert _other(_TAKE_WRITE_LOCK, db).startswith("refused: database is locked")
        first.execute("COMMIT")
    finally:
        second.close()
        first.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone() == (7,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_second_store_keeps_the_first_ones_write_ahead_log(disk_path):
    """Before: another process's close deleted the first store's `-wal` and `-shm` (False), and the first's
    next incident went to the deleted log: other processes counted 1 of 2."""
    db = disk_path / "w.db"
    _new_database(db, "WAL")
    record = {"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"}
    with IncidentStore.open(db) as first:
        first.add(record)
        with IncidentStore.open(db) as second:
            assert second.count() == 1
            assert _other(_COUNT, db) == "1"
            assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
            first.add(record)
            assert _other(_COUNT, db) == "2"
    assert _other(_COUNT, db) == "2"
