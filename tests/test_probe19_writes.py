"""The third hostile pass (probe19): a write that fails says so alone, and what the tool reads from its settings
and its database file is refused in one line when it is nonsense. Real files, the real CLI (``CliRunner``)."""

from __future__ import annotations

import json
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


def test_a_tile_url_cannot_close_the_html_maps_script(run: Callable[..., Result], tmp_path: Path) -> None:
    """Before: `map --format html --tiles '…{z}/{x}/{y}.png</script><script>alert(1)</script>'` wrote the URL into
    the page's script as it was: its `</script>` ended the script and the next one ran when the map was opened (a
    setting from a shared config file, a page handed on). The URL is still the map's, with "<" escaped."""
    run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--lat", "37.49", "--lon", "71.55")
    tiles = "https://tiles.example/{z}/{x}/{y}.png</script><script>alert(1)</script>"
    out = tmp_path / "map.html"
    run("map", "--format", "html", "--tiles", tiles, "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert page.count("</script>") == 1
    config = page.split("var config = ", 1)[1].split(";\n", 1)[0]
    assert json.loads(config)["tiles"] == tiles
