"""conc31's and probe22's leftovers (probe23): the answer cache's open, and an old database upgraded inside a
command's write. Each failed against main's ``src`` before this branch (docs/reliability.md, the seventh pass)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from incident_tracker.store.geocache import open_cache, take_turn

#: Another process asks for the write lock with no wait, and says whether it got it.
_TRY_TO_WRITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
try:
    conn.execute("BEGIN IMMEDIATE")
    print("granted")
except sqlite3.OperationalError as error:
    print("refused:", error)
"""


def _another_process_may_write(path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", _TRY_TO_WRITE, str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout.strip()


def test_a_second_cache_keeps_the_first_ones_write_lock(tmp_path: Path) -> None:
    """Before: ``open_cache`` opened the file (``O_NOFOLLOW``) and closed that descriptor once SQLite had opened
    it, which dropped every POSIX lock of the process on the file: a first cache inside ``take_turn``'s
    ``BEGIN IMMEDIATE`` (its wait between two requests) lost its write lock to a second cache's open, and
    another process was granted it (two processes could ask the server at once). Now the file is looked at,
    never opened, by us: the other process is refused."""
    path = tmp_path / "cache.sqlite"
    first = open_cache(path)
    assert take_turn(first, 0) is None
    first.execute("BEGIN IMMEDIATE")
    first.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('last_request', 1)")
    assert _another_process_may_write(path).startswith("refused")
    second = open_cache(path)
    assert _another_process_may_write(path).startswith("refused")
    first.rollback()
    second.close()
    first.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (0,)
