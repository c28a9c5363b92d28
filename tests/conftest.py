"""Shared fixtures: every test gets its own database file and cache folder.

Tests drive the real CLI through ``typer.testing.CliRunner`` against real SQLite
files in temporary folders; nothing touches the user's files or the network.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from incident_tracker.cli import app

#: The two incidents of ../shared/examples/news-afghan-tajik-talks.txt, as an analyst types them.
ARTICLE_URL = "https://interbellumnews.com/afghan-and-tajik-foreign-ministers-hold-first-talks-since-2021"
EXAMPLE_ADDS: list[list[str]] = [
    [
        "add", "--date", "2025-11-24", "--place", "near the Esteqlol border crossing", "--country", "TJ",
        "--geo-precision", "near", "--type", "Explosions/Remote violence", "--sub-type", "Air/drone strike",
        "--weapon", "drone", "--weapon", "grenade", "--weapon", "firearms", "--target", "business",
        "--victims", "Chinese workers", "--victim-nationality", "CN", "--civilian-targeting",
        "--killed", "3", "--attribution", "alleged", "--origin", "Badakhshan, Afghanistan",
        "--attributed-by", "Tajik authorities",
        "--description", "Grenade-dropping drone and small-arms fire on a Chinese work camp.",
        "--source", ARTICLE_URL, "--outlet", "Inter Bellum News", "--published", "2025-12-02",
        "--source-original", "Tajik authorities", "--no-input",
    ],
    [
        "add", "--date", "2025-11-30", "--country", "Tajikistan", "--type", "Violence against civilians",
        "--sub-type", "Attack", "--weapon", "unknown", "--target", "business", "--victims", "Chinese workers",
        "--victim-nationality", "CN", "--civilian-targeting", "--killed", "2", "--attribution", "unattributed",
        "--description", "Second attack on Chinese workers in Tajikistan; no group has claimed it.",
        "--source", ARTICLE_URL, "--outlet", "Inter Bellum News", "--published", "2025-12-02", "--no-input",
    ],
]


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A fresh database path per test, a shared cache folder, no colour, no debug."""
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "incidents.db"))
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("TRACKER_DEBUG", raising=False)
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
    for args in EXAMPLE_ADDS:
        run(*args)
    run("link", "1", "2", "--kind", "related")
    return db_path


@pytest.fixture
def file_digest() -> Callable[[Path], str]:
    """SHA-256 of a file, to show a failed command left it byte-for-byte unchanged."""

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return digest
