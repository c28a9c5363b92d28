"""Start-up cost of everyday commands, as ratios to a bare interpreter in the same run.

Usage: python bench/bench_startup.py [--runs 15] [--cpu]

Each command runs as a fresh process (as a user runs it); we take the best of N
wall-clock times, since the minimum is the least disturbed by other load on a shared
machine, and report each against `python -c pass` measured in the same run. ``--cpu``:
the best of N CPU times (user + system of the child) instead, for a machine so loaded
that even the best wall time is mostly waiting (suite29b measured at a load of 20-30).
To compare with another checkout's code, run it with ``PYTHONPATH=<that checkout>/src``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def best_of(command: list[str], runs: int, env: dict[str, str], *, cpu: bool = False) -> float:
    """The least wall time of ``runs`` runs, or the least CPU time of the child (``cpu``)."""
    clock = _children_cpu if cpu else time.perf_counter
    best = float("inf")
    for _ in range(runs):
        start = clock()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        best = min(best, clock() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cpu", action="store_true", help="CPU time of each process, not its wall time")
    args = parser.parse_args()
    tracker = shutil.which("tracker", path=str(Path(sys.executable).parent)) or "tracker"
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "incidents.db"
        shutil.copy(ROOT / "incidents.db", db)
        env = {**os.environ, "TRACKER_DB": str(db)}
        baseline = best_of([sys.executable, "-c", "pass"], args.runs, env, cpu=args.cpu)
        cases = {
            "python -c 'import typer'": [sys.executable, "-c", "import typer"],
            "tracker --help": [tracker, "--help"],
            "tracker list --json (shipped db)": [tracker, "list", "--json"],
            "tracker list --format table": [tracker, "list", "--format", "table"],
            "tracker show 1 --json": [tracker, "show", "1", "--json"],
            "tracker places list": [tracker, "places", "list"],
        }
        what = "CPU" if args.cpu else "wall"
        print(f"baseline python -c pass: {baseline * 1000:.0f} ms of {what} (best of {args.runs})")
        for label, command in cases.items():
            seconds = best_of(command, args.runs, env, cpu=args.cpu)
            print(f"{label:40s} {seconds * 1000:6.0f} ms  {seconds / baseline:5.1f}x baseline")


if __name__ == "__main__":
    main()
