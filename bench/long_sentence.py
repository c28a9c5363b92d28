"""How the reader's time grows with the length of one sentence, this tree against another, in one run.

    python bench/long_sentence.py                                   # 5,000 10,000 20,000 characters
    python bench/long_sentence.py --old /tmp/old/src --lengths 5000 10000 20000 --only-new 40000 200000

Why: one sentence of N characters of "A border guard was killed in Khorog on Monday and …" cost about N² (probe17:
10,000 characters 11 s, 40,000 80 s), since many readings search the text before or after each date, toll or place
the sentence holds. probe18 reads a sentence longer than 2,000 characters in pieces (``extract.sentences``). Each
length is read by ``extract_drafts`` (no locator) in a fresh process, the other tree's first (``--old``: a ``src``
folder, e.g. ``git archive main src | tar -x -C /tmp/old``), then this tree's, so a change of load falls on both.
Printed: the wall time of each, and the ratio of each time to the one of the length before it (about 2 for a reading
linear in the length, about 4 for one that grows with its square).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAUSE = "A border guard was killed in Khorog on Monday and "
READ = f"""
import datetime as dt, sys, time
from incident_tracker.extract import extract_drafts
n = int(sys.argv[1])
text = ({CLAUSE!r} * (n // {len(CLAUSE)} + 1))[:n].rstrip() + "."
started = time.perf_counter()
extract_drafts(text, dt.date(2025, 11, 25))
print(time.perf_counter() - started)
"""


def _seconds(src: Path, length: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", READ, str(length)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="another tree's src folder, read first at each length")
    parser.add_argument("--lengths", type=int, nargs="+", default=[5000, 10000, 20000])
    parser.add_argument("--only-new", type=int, nargs="*", default=[], help="lengths read by this tree only")
    options = parser.parse_args()
    trees = [("old", options.old)] if options.old else []
    trees.append(("new", ROOT / "src"))
    before: dict[str, float] = {}
    for length in [*options.lengths, *options.only_new]:
        for name, src in trees:
            if name == "old" and length in options.only_new:
                continue
            spent = _seconds(src, length)
            ratio = f"  x{spent / before[name]:.1f} from the length before" if name in before else ""
            print(f"{name} {length:>8,} characters {spent:8.2f} s{ratio}", flush=True)
            before[name] = spent


if __name__ == "__main__":
    main()
