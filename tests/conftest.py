"""Shared fixtures: every test gets its own database file and cache folder.

Tests drive the real CLI through ``typer.testing.CliRunner`` against real SQLite
files in temporary folders; nothing touches the user's files or the network.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from incident_tracker.cli import app

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_example_db import example_commands  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A fresh database path per test, a shared cache folder, no config file, no colour, no debug."""
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "incidents.db"))
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("TRACKER_DEBUG", raising=False)
    monkeypatch.setenv("TRACKER_CONFIG", str(tmp_path / "config.toml"))  # never the user's own file
    for name in (
        "TRACKER_COUNTRY",
        "TRACKER_FORMAT",
        "TRACKER_ONLINE_GEOCODER",
        "TRACKER_USER_AGENT",
        "TRACKER_TERMINAL",
        "TRACKER_TZ",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "incidents.db"


@pytest.fixture
def run() -> Callable[..., Result]:
    """Invoke the CLI as a user would; stdout and stderr stay apart."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, expect: int | None = 0) -> Result:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, (
                f"exit {result.exit_code} != {expect}\nstdout: {result.stdout}\nstderr: {result.stderr}"
            )
        return result

    return invoke


@pytest.fixture
def run_json(run: Callable[..., Result]) -> Callable[..., Any]:
    def invoke(*args: str) -> Any:
        return json.loads(run(*args).stdout)

    return invoke


@pytest.fixture
def example_db(run: Callable[..., Result], db_path: Path) -> Path:
    """A database holding the article's two incidents, linked as related."""
    for args in example_commands():
        run(*args)
    return db_path


@pytest.fixture
def file_digest() -> Callable[[Path], str]:
    """SHA-256 of a file, to show a failed command left it byte-for-byte unchanged."""

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return digest


@pytest.fixture
def spawn() -> Callable[..., Any]:
    """Start the installed ``tracker`` on a real pty (pexpect) with ``args`` on database ``db``."""
    import pexpect

    def start(args: list[str], db: Path, *, columns: int = 120) -> pexpect.spawn:
        tracker = shutil.which("tracker", path=str(Path(sys.executable).parent))
        assert tracker, "the tracker console script is not installed: pip install -e ."
        env = {**os.environ, "TRACKER_DB": str(db), "NO_COLOR": "1", "COLUMNS": str(columns)}
        return pexpect.spawn(tracker, args, env=env, encoding="utf-8", timeout=20)

    return start
