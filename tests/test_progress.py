"""Long work shows a Rich progress bar on stderr when it is a terminal, and nothing when it is not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from conftest import copy_of_built

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


@pytest.fixture
def unlocated(run, db_path: Path) -> Path:
    """Incidents with a place as reported and no coordinates, for 'geocode --missing': built once a session, then
    copied (``conftest.copy_of_built``, probe24)."""

    def build(_: Path) -> None:
        for number, place in enumerate(("Khorugh", "Vanj", "Rushon"), start=1):
            run("add", "-d", "2025-11-24", "-c", "TJ", "-t", "battles", "--place", place, "--no-input")
            run("edit", str(number), "--clear", "coordinates")

    return copy_of_built("progress unlocated", db_path, build)


def test_geocode_missing_shows_a_bar_on_a_terminal(unlocated, tracker_script):
    env = {**os.environ, "TRACKER_DB": str(unlocated), "COLUMNS": "100"}
    child = pexpect.spawn(tracker_script, ["geocode", "--missing", "--dry-run"], env=env, encoding="utf-8", timeout=30)
    child.expect("Geocoding incidents")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before


def test_geocode_missing_prints_no_bar_into_a_pipe(unlocated, tracker_script):
    env = {**os.environ, "TRACKER_DB": str(unlocated)}
    result = subprocess.run(
        [tracker_script, "geocode", "--missing", "--dry-run"], env=env, capture_output=True, text=True, check=True
    )
    assert "Geocoding incidents" not in result.stderr and "\x1b[" not in result.stderr
    assert "Would locate incident 1: Khorugh" in result.stderr


def test_duplicates_streams_pairs_with_a_bar_on_a_terminal(run, db_path: Path, tracker_script):
    for day in ("2025-11-24", "2025-11-25"):
        run("add", "-d", day, "-c", "TJ", "-t", "battles", "--killed", "2", "--no-input")
    env = {**os.environ, "TRACKER_DB": str(db_path), "COLUMNS": "100"}
    child = pexpect.spawn(tracker_script, ["duplicates"], env=env, encoding="utf-8", timeout=30)
    child.expect("Looking for duplicates")
    child.expect(r"0\.\d\d\s+1 day apart")  # the pair's table, above the bar
    child.expect("1 likely duplicate pair")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    # The bar on the terminal, the pairs into a file: every pair lands in the file.
    out = db_path.parent / "pairs.txt"
    shell = pexpect.spawn("/bin/sh", ["-c", f"'{tracker_script}' duplicates > '{out}'"], env=env, encoding="utf-8")
    shell.expect(pexpect.EOF)
    shell.close()
    assert shell.exitstatus == 0, shell.before
    assert "1 day apart" in out.read_text() and "Looking for duplicates" not in out.read_text()
    piped = subprocess.run([tracker_script, "duplicates"], env=env, capture_output=True, text=True, check=True)
    assert "1 day apart" in piped.stdout and "Looking for duplicates" not in piped.stderr
