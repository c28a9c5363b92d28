"""How the reader's time grows with the length of one sentence, this tree against another, in one run.

    python bench/long_sentence.py                                   # 5,000 10,000 20,000 characters
    python bench/long_sentence.py --old /tmp/old/src --lengths 5000 10000 20000 --only-new 40000 200000
    python bench/long_sentence.py --cli --lengths 20000 200000     # through `tracker extract`, beside a news article

Why: one sentence of N characters of "A border guard was killed in Khorog on Monday and …" cost about N² (probe17:
10,000 characters 11 s, 40,000 80 s), since many readings search the text before or after each date, toll or place
the sentence holds. probe18 reads a sentence longer than 2,000 characters in pieces (``extract.sentences``). Each
length is read by ``extract_drafts`` (no locator) in a fresh process, the other tree's first (``--old``: a ``src``
folder, e.g. ``git archive main src | tar -x -C /tmp/old``), then this tree's, so a change of load falls on both.
Printed: the wall time of each, and the ratio of each time to the one of the length before it (about 2 for a reading
linear in the length, about 4 for one that grows with its square).

``--cli`` (probe19) runs the whole command instead, ``tracker extract FILE --published 2025-11-25`` in a fresh
process (start-up, the article's checks, the reader, the locator, the drafts printed), and first reads a normal news
article the same way (``--article``, by default the project's first one, 3,678 characters): each length is printed
with its ratio to that article's time, and its time per 1,000 characters beside the article's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
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


NORMAL_ARTICLE = ROOT / "tests" / "fixtures" / "news-afghan-tajik-talks.txt"


def _text(length: int) -> str:
    return (CLAUSE * (length // len(CLAUSE) + 1))[:length].rstrip() + "."


def _cli_seconds(src: Path, article: Path) -> float:
    """The wall time of ``tracker extract article`` in a fresh process of the tree ``src`` (nothing written)."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PYTHONPATH": str(src), "TRACKER_DB": str(Path(folder) / "none.db")}
        command = [sys.executable, "-m", "incident_tracker", "extract", str(article), "--published", "2025-11-25"]
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        spent = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{article}: exit {done.returncode}: {done.stderr.strip()}")
    return spent


def _cli(src: Path, lengths: list[int], article: Path) -> None:
    normal = _cli_seconds(src, article)
    size = len(article.read_text(encoding="utf-8"))
    print(f"a news article {size:>8,} characters {normal:8.2f} s  {normal / size * 1000:.3f} s per 1,000", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for length in lengths:
            path = Path(folder) / f"one-sentence-{length}.txt"
            path.write_text(_text(length), encoding="utf-8")
            spent = _cli_seconds(src, path)
            print(
                f"one sentence {length:>8,} characters {spent:8.2f} s  {spent / length * 1000:.3f} s per 1,000"
                f"  x{spent / normal:.1f} the article's time",
                flush=True,
            )


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
    parser.add_argument("--cli", action="store_true", help="time `tracker extract` of a file, beside a news article")
    parser.add_argument("--article", type=Path, default=NORMAL_ARTICLE, help="the normal article --cli compares with")
    options = parser.parse_args()
    if options.cli:
        _cli(ROOT / "src", [*options.lengths, *options.only_new], options.article)
        return
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
