"""The code stays ruff-clean and type-checks (mypy --strict), as the house style asks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
