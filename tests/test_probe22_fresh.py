"""What probe18–21 did not reach (probe22): standard input closed when a command starts.

A job started with its standard input closed (``tracker … <&-``; some schedulers and daemons start jobs so)
leaves Python's ``sys.stdin`` None. ``add`` (asking whether it may prompt), ``extract`` and ``import -``
ended in ``Error: Unexpected AttributeError: 'NoneType' object has no attribute 'isatty'`` (or ``'buffer'``),
exit 1. Each test failed against main's ``src`` (docs/reliability.md, the sixth pass)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

_APP = "import sys\nfrom incident_tracker.cli import app\nsys.argv[0] = 'tracker'\napp()\n"


def _stdin_closed(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``tracker ARGS <&-``: the child's descriptor 0 closed before Python starts."""
    env = {**os.environ, "TRACKER_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-c", _APP, *args], capture_output=True, text=True, env=env, timeout=120,
        preexec_fn=lambda: os.close(0),
    )  # fmt: skip


def test_add_with_standard_input_closed_adds_without_asking(tmp_path: Path) -> None:
    """Before: `Unexpected AttributeError: 'NoneType' object has no attribute 'isatty'` (1), nothing added. Now a
    closed standard input is no terminal: nothing is asked, the incident is added."""
    db = tmp_path / "incidents.db"
    done = _stdin_closed(db, "add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles")
    assert done.returncode == 0, done.stderr
    assert "Unexpected" not in done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (1,)


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "-", "--published", "2025-12-01", "--add", "--yes", "--outlet", "An Outlet"],
        ["import", "-", "-f", "csv"],
    ],
    ids=["extract", "import"],
)
def test_reading_a_closed_standard_input_is_refused_in_one_line(tmp_path: Path, args: list[str]) -> None:
    """Before: `Unexpected AttributeError: 'NoneType' object has no attribute 'buffer'` (1). Now one line that says
    what is wrong, exit 2, and no database made."""
    db = tmp_path / "incidents.db"
    done = _stdin_closed(db, *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "Error: Standard input is closed: give the file's name, or pipe it in ('< file')."
    ], done.stderr
    assert not db.exists()
