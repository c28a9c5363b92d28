"""Start-up cost of everyday commands, as ratios to a bare interpreter in the same run.

Usage: python bench/bench_startup.py [--runs 15]

Each command runs as a fresh process (as a user runs it); we take the best of N
wall-clock times, since the minimum is the least disturbed by other load on a shared
machine, and report each against `python -c pass` measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best_of(command: list[str], runs: int, env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    tracker = shutil.which("tracker", path=str(Path(sys.executable).parent)) or "tracker"
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "incidents.db"
        shutil.copy(ROOT / "incidents.db", db)
        env = {**os.environ, "TRACKER_DB": str(db)}
        baseline = best_of([sys.executable, "-c", "pass"], args.runs, env)
        cases = {
            "python -c 'import typer'": [sys.executable, "-c", "import typer"],
            "tracker --help": [tracker, "--help"],
            "tracker list --json (shipped db)": [tracker, "list", "--json"],
            "tracker list --format table": [tracker, "list", "--format", "table"],
            "tracker show 1 --json": [tracker, "show", "1", "--json"],
        }
        print(f"baseline python -c pass: {baseline * 1000:.0f} ms (best of {args.runs})")
        for label, command in cases.items():
            seconds = best_of(command, args.runs, env)
            print(f"{label:40s} {seconds * 1000:6.0f} ms  {seconds / baseline:5.1f}x baseline")


if __name__ == "__main__":
    main()
