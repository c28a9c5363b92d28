"""What the benches that time old code against new share: the two ``src`` folders, the children's
environment, one child's CPU, and a digest showing both printed the same.

Each run is a child process (``PYTHONPATH`` set to one ``src`` folder) whose user + system CPU comes
from ``os.wait4``: on two cores shared with other jobs, wall time says little. ``PYTHONDONTWRITEBYTECODE``
is dropped from the children's environment so both codes run from bytecode, as an installed package does.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def add_old_new(parser: argparse.ArgumentParser) -> None:
    """The ``--old`` and ``--new`` source folders (the new one defaults to this checkout's)."""
    parser.add_argument("--old", type=Path, required=True, help="the src folder of the old code")
    parser.add_argument("--new", type=Path, default=ROOT / "src", help="the src folder of the new code")


def child_environment() -> dict[str, str]:
    """This process's environment for the children, without ``PYTHONDONTWRITEBYTECODE``."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run(
    command: list[str], env: dict[str, str], stdout: Path | None, *, quiet: bool = False
) -> tuple[float, float, int]:
    """CPU seconds and wall seconds of one child, and its peak memory in MB; its standard output goes
    to ``stdout`` (discarded if None), its standard error to ours unless ``quiet``."""
    with contextlib.ExitStack() as opened:
        sink = opened.enter_context(stdout.open("wb")) if stdout else subprocess.DEVNULL
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.DEVNULL if quiet else None)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    if status:
        raise SystemExit(f"{' '.join(command)} failed (status {status})")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss // 1024


def digest(path: Path) -> str:
    """The file's SHA-256 (first 16 hex digits), read in chunks: to show old and new wrote the same."""
    sha = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()[:16]
