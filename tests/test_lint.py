"""The code stays ruff-clean and type-checks (mypy --strict), as the house style asks.

mypy keeps its cache in the machine's shared test folder (tests/conftest.py), not in the
checkout: a fresh clone's first session then takes ~0.5 s of CPU for mypy instead of ~15 s
(typeshed and every library it reads, checked from nothing). The cache cannot hide an
error: each module's entry is used only if its source has the same hash (and mypy the
same version and options), so a changed file in any checkout is checked again.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from conftest import shared_test_dir

ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_clean():
    result = _run("ruff", "check", "src", "tests", "bench", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr
    result = _run("ruff", "format", "--check", "src", "tests", "bench", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict():
    result = _run("mypy", "--cache-dir", str(shared_test_dir() / f"mypy-{version('mypy')}"))
    assert result.returncode == 0, result.stdout + result.stderr
