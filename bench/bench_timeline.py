"""Timeline (and stats) on a million incidents, as ratios to a count with the same filter.

Usage: python bench/bench_timeline.py [--db bench/out/incidents-1m.db] [--runs 5]
                                     [--analyze | --no-stats]

The database is made by bench/make_bench_db.py when missing (about 4 minutes). For each
scenario we time, best of N in one process (the minimum is the least disturbed by other
load on a shared machine):

- baseline: ``SELECT count(*) FROM incidents AS i WHERE <the same filter>``
  (``IncidentStore.count``), the least any report over those incidents must do;
- timeline: ``build_timeline`` plus its JSON document, everything but process start-up.

Then the whole command, as a user runs it (fresh process each time), against
``tracker list --limit 1 --json`` with the same filter: same start-up, same database.
``--analyze`` runs ANALYZE on the database first (statistics for SQLite's planner),
``--no-stats`` removes them (a database under 10,000 incidents has none; the generator's has them). Both change the
benchmark file only. (Opening the file applies pending migrations, as every command does.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from make_bench_db import DEFAULT_OUT, build  # noqa: E402

from incident_tracker.report import build_stats, build_timeline  # noqa: E402
from incident_tracker.store import Filters, IncidentStore  # noqa: E402

#: (label, filters, options for build_timeline, the same filters as tracker arguments)
SCENARIOS: list[tuple[str, Filters, dict[str, str], list[str]]] = [
    (
        "TJ since 2025-01-01 (auto: month)",
        Filters(countries=["TJ"], since="2025-01-01"),
        {},
        ["--country", "TJ", "--since", "2025-01-01"],
    ),
    (
        "TJ since 2025-09-01, week (weekly brief)",
        Filters(countries=["TJ"], since="2025-09-01"),
        {"group": "week"},
        ["--country", "TJ", "--since", "2025-09-01"],
    ),
    (
        "TJ+AF since 2025-01-01, month, --by country",
        Filters(countries=["TJ", "AF"], since="2025-01-01"),
        {"group": "month", "by": "country"},
        ["--country", "TJ", "--country", "AF", "--since", "2025-01-01"],
    ),
    (
        "Battles in June 2025, day",
        Filters(event_type="Battles", since="2025-06-01", until="2025-06-30"),
        {"group": "day"},
        ["--type", "Battles", "--since", "2025-06-01", "--until", "2025-06-30"],
    ),
    (
        "claimed since 2024-01-01, month",
        Filters(attributions=["claimed"], since="2024-01-01"),
        {"group": "month"},
        ["--attribution", "claimed", "--since", "2024-01-01"],
    ),
    (
        "all countries since 2025-01-01 (auto)",
        Filters(since="2025-01-01"),
        {},
        ["--since", "2025-01-01"],
    ),
    (
        "TJ, all ten years, month",
        Filters(countries=["TJ"]),
        {"group": "month"},
        ["--country", "TJ", "--group", "month"],
    ),
    ("no filter at all, year (1M rows)", Filters(), {"group": "year"}, ["--group", "year"]),
]


def best_of(runs: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--analyze", action="store_true", help="Run ANALYZE on the database first.")
    parser.add_argument("--no-stats", action="store_true", help="Drop the planner statistics first.")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, 1_000_000)
    store = IncidentStore.open(args.db, create=False)
    if args.no_stats:
        store.conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    if args.analyze:
        store.conn.execute("ANALYZE")
    store.close()
    store = IncidentStore.open(args.db, create=False)  # a fresh connection sees the new statistics
    master = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master")}
    total = store.count(Filters())
    print(
        f"{args.db}: {total:,} incidents; planner statistics: {'yes' if 'sqlite_stat1' in master else 'no'}; "
        f"span index: {'yes' if 'idx_incidents_event_date_end' in master else 'no'}; best of {args.runs}"
    )
    print(f"{'scenario':46s} {'rows':>8s} {'count(*)':>9s} {'timeline':>9s} {'ratio':>6s}  periods")
    for label, filters, options, _ in SCENARIOS:
        rows = store.count(filters)
        baseline = best_of(args.runs, lambda f=filters: store.count(f))
        timeline = build_timeline(store, filters, **options)  # type: ignore[arg-type]
        seconds = best_of(
            args.runs,
            lambda f=filters, o=options: json.dumps(build_timeline(store, f, **o).to_dict()),  # type: ignore[arg-type]
        )
        print(
            f"{label:46s} {rows:8,d} {baseline * 1000:7.0f}ms {seconds * 1000:7.0f}ms {seconds / baseline:5.1f}x"
            f"  {len(timeline.periods)} by {timeline.group.value}"
        )
    stats_filter = SCENARIOS[0][1]
    baseline = best_of(args.runs, lambda: store.count(stats_filter))
    seconds = best_of(args.runs, lambda: build_stats(store, stats_filter))
    print(
        f"{'stats, ' + SCENARIOS[0][0]:46s} {store.count(stats_filter):8,d} {baseline * 1000:7.0f}ms "
        f"{seconds * 1000:7.0f}ms {seconds / baseline:5.1f}x"
    )
    store.close()

    tracker = shutil.which("tracker", path=str(Path(sys.executable).parent)) or "tracker"
    env = {**os.environ, "TRACKER_DB": str(args.db)}
    runs = max(3, args.runs // 2)
    print(f"\nWhole command, fresh process each time (best of {runs}):")
    print(f"{'tracker timeline … --format json':46s} {'list -n1':>9s} {'timeline':>9s} {'ratio':>6s}")
    for label, _, options, filter_args in SCENARIOS[:3]:

        def command(*extra: str, filter_args: list[str] = filter_args) -> None:
            subprocess.run([tracker, *extra, *filter_args], env=env, stdout=subprocess.DEVNULL, check=True)

        timeline_args = [arg for name, value in options.items() for arg in (f"--{name}", value)]
        baseline = best_of(runs, lambda c=command: c("list", "--limit", "1", "--json"))
        seconds = best_of(runs, lambda c=command, a=timeline_args: c("timeline", *a, "--format", "json"))
        print(f"{label:46s} {baseline * 1000:7.0f}ms {seconds * 1000:7.0f}ms {seconds / baseline:5.1f}x")


if __name__ == "__main__":
    main()
