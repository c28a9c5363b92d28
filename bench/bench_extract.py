"""How long ``extract_drafts`` takes per article, warm, against a baseline from the same run.

Usage: python bench/bench_extract.py [--runs 5]

Every report of tests/fixtures/extract-real (both splits: only the time is measured,
not what is read) is extracted ``--runs`` times with the offline gazetteer, after one
warm-up pass that builds the gazetteer and fills its caches. Printed: the median and the
slowest article per run (the goal is under 1 s), and the same articles' sentence
splitting alone as the baseline — the least any reading of them must pay — with the
ratio between the two.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_extract import REAL, article_text  # noqa: E402

from incident_tracker.extract import extract_drafts, gazetteer_locator  # noqa: E402
from incident_tracker.extract.sentences import split_sentences  # noqa: E402


def _articles() -> list[tuple[str, str, dt.date]]:
    found = []
    for spec_path in sorted(REAL.glob("*.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        text = article_text(spec_path.with_suffix(".txt"))
        found.append((spec_path.stem, text, dt.date.fromisoformat(spec["published"])))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    articles = _articles()
    locate = gazetteer_locator(ROOT / "no-such-file.db")
    for _, text, published in articles:  # warm-up: gazetteer built, caches filled
        extract_drafts(text, published, locate=locate)
    times: dict[str, list[float]] = {name: [] for name, _, _ in articles}
    baseline: list[float] = []
    for _ in range(args.runs):
        for name, text, published in articles:
            start = time.perf_counter()
            extract_drafts(text, published, locate=locate)
            times[name].append(time.perf_counter() - start)
            start = time.perf_counter()
            split_sentences(text)
            baseline.append(time.perf_counter() - start)
    medians = {name: statistics.median(values) for name, values in times.items()}
    overall = statistics.median(medians.values())
    slowest = max(medians, key=lambda name: medians[name])
    base = statistics.median(baseline)
    print(f"{len(articles)} articles, {args.runs} runs, warm")
    print(
        f"extract_drafts per article: median {overall * 1000:.1f} ms, "
        f"slowest {medians[slowest] * 1000:.1f} ms ({slowest})"
    )
    print(f"baseline (sentence splitting only): median {base * 1000:.2f} ms; ratio {overall / base:.0f}x")
    print("goal: under 1000 ms per article warm:", "met" if medians[slowest] < 1.0 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
