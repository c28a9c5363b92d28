"""probe24's leftovers (probe25): a signal as a new file's schema commits, and a new file removed by another
process while this one waits to write to it.

The child signals itself from inside SQLite as the database file's first COMMIT starts (libc's ``raise`` as the
connection's statement trace, as tests/test_probe23_signals.py does), so that the signal is pending as the COMMIT
returns. Only the connection to the database file is traced: ``add`` on a missing file first migrates an in-memory
database, whose COMMIT is not the file's."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import signals_at_start

#: SIGTERM (``$SIGNAL``) raised inside SQLite as the first COMMIT of the connection to ``$TRACKER_DB`` starts.
_SIGNAL_AT_THE_FILES_FIRST_COMMIT = """
import ctypes, os, sqlite3, sys
_commits = []

class _AtFirstCommit:
    @classmethod
    def from_param(cls, sql):
        if sql.strip().upper() != "COMMIT":
            return 0
        _commits.append(sql)
        return int(getattr(_signal, os.environ["SIGNAL"])) if len(_commits) == 1 else 0

_raise = getattr(ctypes.CDLL(None), "raise")
_raise.argtypes, _raise.restype = [_AtFirstCommit], ctypes.c_int
_connect = sqlite3.connect

def _traced(database, *args, **kwargs):
    conn = _connect(database, *args, **kwargs)
    if os.path.basename(os.fspath(database)) == os.path.basename(os.environ["TRACKER_DB"]):
        conn.set_trace_callback(_raise)
    return conn

sqlite3.connect = _traced
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def _run(code: str, db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", signals_at_start() + code, *args],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env={**os.environ, "TRACKER_DB": str(db), **env},
        timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(("signal", "exit_code", "said"), [("SIGTERM", 143, "Terminated (SIGTERM)")])
@pytest.mark.parametrize("exists", [False, True], ids=["missing", "empty"])
def test_a_signal_as_a_new_files_schema_commits_says_the_file_was_made(
    tmp_path: Path, signal: str, exit_code: int, said: str, exists: bool
) -> None:
    """`add` into a file that is not there (or is empty): its schema is one transaction, committed before the
    command's write. A signal as that COMMIT returns leaves a tracker database with no incident, and the command
    stops before its write. Before: `stopped. No write to the database was under way: nothing in it is half done.`,
    true, but the file the command made went unsaid (probe24's leftover); now the line says it stands."""
    db = tmp_path / "new.db"
    if exists:
        db.touch()
    done = _run(
        _SIGNAL_AT_THE_FILES_FIRST_COMMIT, db, "add", "--date", "2025-11-25", "--country", "TJ", "--type", "battles",
        "--no-input", SIGNAL=signal,
    )  # fmt: skip
    assert done.returncode == exit_code, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"Error: {said}: stopped after {db} was made a new, empty tracker database (it stands); the command did "
        "nothing else: run it again."
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
