"""The third hostile pass (probe19): a write that fails says so alone, and what the tool reads from its settings
and its database file is refused in one line when it is nonsense. Real files, the real CLI (``CliRunner``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result


def test_places_add_under_a_held_lock_says_only_the_error(
    run: Callable[..., Result], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """probe18 left it: the geocoding note ("No gazetteer place within 100 km …") came before the busy error, two
    lines, the first read as a success. The note is said only once the place is written."""
    run("places", "add", "Somewhere", "--lat", "37.6", "--lon", "71.4", "--country", "TJ", "--admin1", "GBAO")
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "0.2")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        failed = run("places", "add", "Far at sea", "--lat", "-40", "--lon", "-140", expect=1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert failed.stderr.strip().count("\n") == 0, failed.stderr
    assert failed.stderr.startswith("Error: ") and "busy" in failed.stderr
    assert failed.stdout == ""
    added = run("places", "add", "Far at sea", "--lat", "-40", "--lon", "-140")
    assert "100 km" in added.stderr.splitlines()[0]  # the note still said, once the place is written
    assert added.stderr.splitlines()[-1].startswith("Added place 2")
