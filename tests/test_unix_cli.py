"""Issue 16: the CLI behaves like a good Unix tool and reads well at 80 columns.

Real processes of the installed ``tracker`` with real pipes, on a copy of the shipped
incidents.db: what a pipe gets is what the terminal shows (without colour); only --json
and --format choose machine output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tracker() -> str:
    found = shutil.which("tracker", path=str(Path(sys.executable).parent))
    assert found, "the tracker console script is not installed: pip install -e ."
    return found


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    copy = tmp_path / "incidents.db"
    shutil.copy(ROOT / "incidents.db", copy)
    return copy


def _piped(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed tracker with stdout a pipe, colour allowed (NO_COLOR unset), 80 columns."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TRACKER_TERMINAL")}
    environment.update({"COLUMNS": "80", "TERM": "xterm-256color", **(env or {})})
    return subprocess.run(
        [_tracker(), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("args", "shows"),
    [
        (["list"], "2025-11-24"),
        (["timeline"], "incident"),
        (["stats"], "Killed"),
        (["show", "1"], "Incident 1"),
        (["history", "1"], "History"),
        (["actors", "list"], "incidents"),
    ],
)
def test_piped_output_is_what_the_terminal_shows_without_colour(shipped, args, shows):
    result = _piped(shipped, *args)
    assert result.returncode == 0, result.stderr
    assert shows in result.stdout
    assert not _is_json(result.stdout), f"{args} switched to JSON in a pipe"
    assert "\x1b[" not in result.stdout  # no colour in a pipe, even without NO_COLOR


@pytest.mark.parametrize(
    "args", [["list", "--json"], ["timeline", "--json"], ["stats", "--json"], ["actors", "list", "--json"]]
)
def test_json_is_asked_for(shipped, args):
    result = _piped(shipped, *args)
    assert result.returncode == 0, result.stderr
    assert _is_json(result.stdout)


def test_grep_finds_a_place_in_the_piped_list(shipped):
    listed = _piped(shipped, "list").stdout
    found = subprocess.run(["grep", "Shamsid"], input=listed, capture_output=True, text=True, check=False)
    assert found.returncode == 0 and "2025-11-24" in found.stdout


def test_width_follows_columns(shipped):
    narrow = _piped(shipped, "list", env={"COLUMNS": "60"}).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_each_command_accepts_only_the_formats_it_writes(run):
    assert "is not one of 'table', 'json', 'jsonl', 'csv'" in run("list", "--format", "md", expect=2).stderr
    assert "is not one of 'table', 'md', 'json'" in run("stats", "--format", "csv", expect=2).stderr
