"""What probe18–20 did not reach (probe21): standard streams closed when the command starts, and an output that
fails after the command's write was committed. Real processes: a closed descriptor cannot be had in-process.

Each failed against main's ``src`` before this branch (docs/reliability.md, the fifth pass)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import installed_tracker

ADD = ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input"]


def _tracker(db: Path, args: list[str], redirect: str) -> subprocess.CompletedProcess[str]:
    """``tracker --db DB ARGS`` with a shell's ``redirect`` (``>&-``, ``2>&-``, ``>/dev/full``)."""
    return subprocess.run(
        ["sh", "-c", f'exec "$@" {redirect}', "sh", installed_tracker(), "--db", str(db), *args],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip


def _count(db: Path) -> int:
    return int(sqlite3.connect(db).execute("SELECT count(*) FROM incidents").fetchone()[0])


def test_an_export_with_standard_error_closed_is_written(tmp_path: Path) -> None:
    """Before: `export -o out.csv 2>&-` ended 1 with no file (`'NoneType' object has no attribute 'isatty'`, said
    nowhere): a closed standard error is now /dev/null, the messages dropped as the user asked."""
    db, out = tmp_path / "x.db", tmp_path / "out.csv"
    assert _tracker(db, ADD, "").returncode == 0
    done = _tracker(db, ["export", "-o", str(out)], "2>&-")
    assert done.returncode == 0 and out.read_text(encoding="utf-8").count("\n") == 2


def test_a_list_with_standard_output_closed_says_so_in_one_line(tmp_path: Path) -> None:
    """Before: `list >&-` said `Error: Unexpected AttributeError: 'NoneType' object has no attribute 'flush'`."""
    db = tmp_path / "x.db"
    assert _tracker(db, ADD, "").returncode == 0
    for args in (["list"], ["export", "-f", "csv"]):
        done = _tracker(db, args, ">&-")
        assert done.returncode == 1, done.stderr
        said = "Error: Cannot read or write the output: standard output is closed. Nothing more was written.\n"
        assert done.stderr == said


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_an_add_whose_id_cannot_be_printed_is_not_a_failure(tmp_path: Path) -> None:
    """Before: `add … > /dev/full` added the incident, then said `Error: Cannot read or write the output: No space
    left on device.` (1): a script retried it, and the record had it twice. Now the change is said to stand."""
    db = tmp_path / "x.db"
    assert _tracker(db, ADD, "").returncode == 0
    done = _tracker(db, ADD, ">/dev/full")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == (
        "Warning: Cannot write the output: No space left on device. The change was made; only this output is missing."
    )
    assert _count(db) == 2
    listed = _tracker(db, ["list"], ">/dev/full")  # a read that failed still fails
    assert listed.returncode == 1 and listed.stderr.startswith("Error: Cannot read or write the output")
