"""``tracker show`` of an incident with a long note: time against the note's size, as a ratio.

Usage: python bench/show_long_note.py [--small 500000] [--large 5000000] [--runs 2]

In one process, against a temporary database: one incident with a note of ``--small``
characters (the baseline) and one with a note ten times longer, in short lines as pasted
text has them. Each ``show`` is run in-process (``CliRunner``), best of ``--runs``; the
report gives both times and their ratio. Linear layout gives a ratio near the size ratio
(10: measured 10.2, 0.4 s against 4.3 s of CPU); the quadratic line splitting Rich does on
one long segment, before ``LinearText``, gave 21.8 (0.5 s against 10.3 s; 10 MB took 100 s).
Compare ratios, not seconds: the machine is shared. Times are CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from typer.testing import CliRunner  # noqa: E402

from incident_tracker.cli import app  # noqa: E402

LINE = "A pasted line of a long note, as an analyst keeps it.\n"


def note(size: int) -> str:
    return (LINE * (size // len(LINE) + 1))[:size]


def best_show_seconds(runner: CliRunner, incident: int, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        result = runner.invoke(app, ["show", str(incident)])
        best = min(best, time.process_time() - start)
        if result.exit_code != 0:
            raise SystemExit(result.output)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=500_000)
    parser.add_argument("--large", type=int, default=5_000_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TRACKER_DB"] = str(Path(folder) / "notes.db")
        runner = CliRunner()
        for size in (args.small, args.large):
            added = runner.invoke(
                app,
                ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--notes", note(size), "-y"],
            )
            if added.exit_code != 0:
                raise SystemExit(added.output)
        small = best_show_seconds(runner, 1, args.runs)
        large = best_show_seconds(runner, 2, args.runs)
    print(f"show, note of {args.small:,} characters: {small:.3f} s (baseline)")
    print(f"show, note of {args.large:,} characters: {large:.3f} s")
    print(f"ratio {large / small:.1f} for a size ratio of {args.large / args.small:.1f} (linear: about the same)")


if __name__ == "__main__":
    main()
