"""probe21's leftover (probe22): a signal that comes while a command's last write commits.

A write's COMMIT runs in SQLite's C code; a signal that came during it was raised by Python at the first bytecode
after it, before the command could say it was done (``cli.interrupts.command_finished``): the incident committed,
and the command ended ``Error: Terminated (SIGTERM): stopped. A write that had not finished was rolled back`` (143).

The child here sends itself SIGTERM from inside SQLite, as the COMMIT statement starts: the statement trace of
each connection is libc's ``raise`` (through ctypes, so that no Python code runs between the signal and the
COMMIT), given SIGTERM for ``COMMIT`` and 0 (no signal) for every other statement. Every COMMIT is signalled, so a
command whose last write were not its only one would show it. Failed against main's ``src`` (docs/reliability.md,
the sixth pass)."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import add_a_battle, signals_at_start

Run = Callable[..., Result]

#: The statement trace of every tracker connection: SIGTERM raised in the thread as each COMMIT starts.
_SIGNAL_AT_COMMIT = """
import ctypes
from incident_tracker.store import transactions

class _AtCommit:
    @classmethod
    def from_param(cls, sql):
        return int(_signal.SIGTERM) if sql.strip().upper() == "COMMIT" else 0

_raise = getattr(ctypes.CDLL(None), "raise")
_raise.argtypes, _raise.restype = [_AtCommit], ctypes.c_int
_opened = transactions.TrackerConnection.__init__

def _traced(self, *args, **kwargs):
    _opened(self, *args, **kwargs)
    self.set_trace_callback(_raise)

transactions.TrackerConnection.__init__ = _traced
import sys
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def _run_signalled(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRACKER_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-c", signals_at_start() + _SIGNAL_AT_COMMIT, *args],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


#: Each command's arguments, what must be in place before it, and a query that is 1 once its write is in the file.
_ONE_WRITE: dict[str, tuple[list[list[str]], list[str], str]] = {
    "add": ([], ["add", "--date", "2025-11-25", "--country", "TJ", "--type", "battles", "--no-input"],
            "SELECT count(*) = 2 FROM incidents"),
    "edit": ([], ["edit", "1", "--killed", "4", "--reason", "a second report"],
             "SELECT killed = 4 FROM incidents WHERE id = 1"),
    "delete": ([], ["delete", "1", "--reason", "a duplicate"],
               "SELECT deleted_at IS NOT NULL FROM incidents WHERE id = 1"),
    "restore": ([["delete", "1", "--reason", "a duplicate"]], ["restore", "1"],
                "SELECT deleted_at IS NULL FROM incidents WHERE id = 1"),
    "link": ([["add", "--date", "2025-11-25", "--country", "TJ", "--type", "battles", "--no-input"]],
             ["link", "1", "2"], "SELECT count(*) = 1 FROM links"),
    "source add": ([], ["source", "add", "1", "https://example.org/a", "--outlet", "An Outlet"],
                   "SELECT count(*) = 1 FROM sources"),
    "actors add": ([], ["actors", "add", "A Group Nobody Seeded"],
                   "SELECT count(*) = 1 FROM actors WHERE name = 'A Group Nobody Seeded'"),
}  # fmt: skip


@pytest.mark.parametrize("command", [*_ONE_WRITE, "import"])
def test_a_signal_during_the_last_commit_does_not_contradict_it(
    run: Run, db_path: Path, tmp_path: Path, command: str
) -> None:
    """Before: exit 143, `… A write that had not finished was rolled back`, and the write in the file. Now the
    signals are held back (``signal.pthread_sigmask``) while that COMMIT runs and dropped once it has: exit 0, the
    command's own output, the write in the file."""
    add_a_battle(run)
    if command == "import":
        run("export", "-o", str(tmp_path / "all.csv"))
        with (tmp_path / "all.csv").open(newline="", encoding="utf-8") as file:
            row = next(csv.DictReader(file))
        with (tmp_path / "more.csv").open("w", newline="", encoding="utf-8") as file:
            writer = csv.DictWriter(file, fieldnames=["event_date", "country", "event_type"])
            writer.writeheader()
            writer.writerow({"event_date": "2025-11-26", "country": row["country"], "event_type": row["event_type"]})
        before: list[list[str]] = []
        args, written = ["import", str(tmp_path / "more.csv")], "SELECT count(*) = 2 FROM incidents"
    else:
        before, args, written = _ONE_WRITE[command]
    for step in before:
        run(*step)
    done = _run_signalled(db_path, *args)
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr and "Terminated" not in done.stderr, done.stderr
    assert _rows(db_path, written) == [(1,)]


def test_a_signal_during_a_commit_that_is_no_write_of_the_command_still_stops(run: Run, db_path: Path) -> None:
    """The signals are held back only around the commit a command says is its last write: a read's own commit
    (``list`` ends its read transaction) is not held, so the command stops there, in one line, exit 143."""
    add_a_battle(run)
    done = _run_signalled(db_path, "list", "--json")
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert done.stderr.count("\n") == 1 and "Terminated (SIGTERM)" in done.stderr, done.stderr
    assert "No write to the database was under way" in done.stderr
