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


#: Process B: its import into a new file is about to fail (a bad row) when process A adds an incident to the same
#: file (run here, as B starts reading): two commands started together on a file that was not there.
_ANOTHER_WRITES_MEANWHILE = """
import os, subprocess, sys
import incident_tracker.exchange as exchange
_real_import = exchange.import_file

def _import_file(store, *args, **kwargs):
    subprocess.run([sys.executable, "-m", "incident_tracker", "add", "--date", "2025-11-24", "--country", "TJ",
                    "--type", "battles", "--no-input"], check=True)
    return _real_import(store, *args, **kwargs)

exchange.import_file = _import_file
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def test_a_failed_import_keeps_a_new_file_another_process_wrote_to(tmp_path: Path) -> None:
    """`tracker import bad.csv` into a file that was not there removes the database it made when the import fails.
    It removed it by name: another process's incident, added meanwhile and said `Added incident 1`, went with it.
    Now the file is removed only if this process made it and nobody else has committed to it since
    (``store.new_file``): kept, and the line says so. Alone, the failed import still leaves no file."""
    import os

    bad = tmp_path / "bad.csv"
    bad.write_text("event_date,country,event_type\n2025-11-24,TJ,battles\nnot a date,TJ,battles\n", encoding="utf-8")
    db = tmp_path / "new.db"
    env = {**os.environ, "TRACKER_DB": str(db)}
    done = subprocess.run(
        [sys.executable, "-c", _ANOTHER_WRITES_MEANWHILE, "import", str(bad)],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "Added incident 1" in done.stdout + done.stderr
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .endswith(
            f"The new database {db} was kept: another process wrote to it meanwhile. Or import the others with "
            "--skip-invalid."
        )
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (1,)
    alone = tmp_path / "alone.db"
    done = subprocess.run(
        [sys.executable, "-m", "incident_tracker", "import", str(bad)],
        capture_output=True, text=True, env={**env, "TRACKER_DB": str(alone)}, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and not alone.exists(), done.stderr
    assert done.stderr.strip().endswith(
        f"The new database {alone} was not kept. Or import the others with --skip-invalid."
    )
