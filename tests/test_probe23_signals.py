"""probe22's and conc31's leftovers (probe23): a signal during an output's rename into place, and Ctrl-C between
the writes of a command that makes several.

The child of each test sends itself the signal from inside the call under test, through libc's ``raise`` (ctypes),
so that it is pending when that call returns, as a signal that came during it would be. Each failed against main's
``src`` before this branch (docs/reliability.md, the seventh pass)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import add_a_battle, signals_at_start

Run = Callable[..., Result]

#: ``os.replace`` renames, then raises SIGTERM in the process when the file renamed into place is ``$RENAMED``:
#: the signal is pending as the rename returns, as one that came during it.
_SIGNAL_AT_RENAME = """
import ctypes, os
_raise = getattr(ctypes.CDLL(None), "raise")
_real_replace = os.replace

def _replace(source, target, *args, **kwargs):
    _real_replace(source, target, *args, **kwargs)
    if os.path.basename(os.fspath(target)) == os.environ["RENAMED"]:
        _raise(int(_signal.SIGTERM))

os.replace = _replace
import sys
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


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_signal_during_the_rename_into_place_does_not_contradict_it(
    run: Run, db_path: Path, tmp_path: Path, command: str
) -> None:
    """Before: the file in place, and exit 143 with `Error: Terminated (SIGTERM): stopped.`. Now the rename runs with
    the signals held back (``cli.interrupts.last_rename``) and the command is said done before they are let through:
    exit 0, the command's own line, the file whole."""
    add_a_battle(run)
    target = tmp_path / ("out.csv" if command == "export" else "copy.db")
    args = ["export", "-o", str(target)] if command == "export" else ["backup", str(target)]
    done = _run(_SIGNAL_AT_RENAME, db_path, *args, RENAMED=target.name)
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr and "Terminated" not in done.stderr, done.stderr
    assert ("Wrote 1 incident" if command == "export" else "Backed up 1 incident") in done.stderr + done.stdout
    if command == "export":
        assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    else:
        with sqlite3.connect(target) as conn:
            assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (1,)
