"""What the stats summary tables (m012) save a read of everything and cost each write.

Usage: python bench/bench_stats_summary.py --db COPY.db [--ops 300] [--runs 3]

Run it on a copy of a benchmark file (``make_bench_db.py``): opening it applies m012 if
it is pending (timed and printed), which writes to the file; everything after is rolled
back. In one process, CPU seconds (``time.process_time``), alternated and medians of
``--runs``:

- ``build_stats`` of everything from the summary tables against the pass over the
  incidents (``summaries=False``, what any filtered stats does), checked equal;
- ``--ops`` adds, edits of a toll and the country, edits of the weapons and deletions,
  each inside one transaction rolled back afterwards (no fsync, the same file each time),
  with the six summary triggers dropped and kept: what the triggers add to each write;
- a bulk write's per-batch summary statements (:func:`stats_summary.add_batch`) over the
  newest 10,000 incidents in batches of 5,000.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from incident_tracker.report import build_stats  # noqa: E402
from incident_tracker.store import Filters, IncidentStore, stats_summary  # noqa: E402
from incident_tracker.store.database import transaction  # noqa: E402


class _Abandon(Exception):
    """Raised to roll a measured transaction back."""


def _cpu(func: Callable[[], Any]) -> float:
    start = time.process_time()
    func()
    return time.process_time() - start


def _rolled_back(store: IncidentStore, func: Callable[[], dict[str, float]]) -> dict[str, float]:
    """Run ``func`` inside a transaction that is always rolled back; its timings."""
    try:
        with transaction(store.conn):
            raise _Abandon(func())
    except _Abandon as done:
        return dict(done.args[0])


def writes(store: IncidentStore, ops: int, keep_triggers: bool) -> dict[str, float]:
    """CPU per add, edit, weapons edit and delete, with or without the summary triggers."""
    conn = store.conn
    top = conn.execute("SELECT max(id) FROM incidents WHERE deleted_at IS NULL").fetchone()[0]
    rng = random.Random(2)
    targets = [rng.randint(1, top) for _ in range(ops)]
    triggers = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%stats%'")
    ]

    def run() -> dict[str, float]:
        if not keep_triggers:
            for name in triggers:
                conn.execute(f"DROP TRIGGER {name}")
        ids: list[int] = []
        record = {
            "event_date": "2025-11-24",
            "event_type": "Battles",
            "country": "TJ",
            "admin1": "Khatlon",
            "killed": 3,
            "killed_high": 5,
            "perpetrator": "Taliban",
            "weapons": ["drone", "mortar"],
        }
        out = {"add": _cpu(lambda: ids.extend(store.add(dict(record), locate=False) for _ in range(ops)))}
        out["edit"] = _cpu(
            lambda: [
                store.edit(t, {"killed": (k % 7) or None, "killed_low": None, "killed_high": None, "country": "AF"})
                for k, t in enumerate(targets)
            ]
        )
        out["edit weapons"] = _cpu(
            lambda: [
                store.edit(t, {"weapons": ["rocket"] if k % 2 else ["drone", "ied"]}) for k, t in enumerate(targets)
            ]
        )
        out["delete"] = _cpu(lambda: [store.delete(i, reason="bench") for i in ids])
        return {name: seconds / ops for name, seconds in out.items()}

    return _rolled_back(store, run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="A copy of a benchmark database (it is migrated).")
    parser.add_argument("--ops", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    wall, cpu = time.perf_counter(), time.process_time()
    store = IncidentStore.open(args.db, create=False)
    print(f"open (and m012 if pending): {time.process_time() - cpu:.2f} s CPU, {time.perf_counter() - wall:.2f} s wall")

    ours = build_stats(store, Filters()).to_dict()
    scan = build_stats(store, Filters(), summaries=False).to_dict()
    assert json.dumps(ours) == json.dumps(scan), "the summary path and the pass disagree"
    reads: dict[str, list[float]] = {"summaries": [], "pass": []}
    for _ in range(args.runs):
        reads["summaries"].append(_cpu(lambda: build_stats(store, Filters()).to_dict()))
        reads["pass"].append(_cpu(lambda: build_stats(store, Filters(), summaries=False).to_dict()))
    print(
        f"build_stats (everything): from the summaries {statistics.median(reads['summaries']):.3f} s CPU, "
        f"the pass over the incidents {statistics.median(reads['pass']):.3f} s (same result)"
    )

    per_op: dict[bool, list[dict[str, float]]] = {False: [], True: []}
    for _ in range(args.runs):
        for keep in (False, True):
            per_op[keep].append(writes(store, args.ops, keep))
    for name in per_op[True][0]:
        without = statistics.median(r[name] for r in per_op[False]) * 1000
        with_them = statistics.median(r[name] for r in per_op[True]) * 1000
        print(
            f"{name:13s}: {without:.3f} ms CPU without the triggers, {with_them:.3f} ms with "
            f"({with_them - without:+.3f})"
        )

    last = store.conn.execute("SELECT max(id) FROM incidents").fetchone()[0]
    first = max(1, last - 9_999)

    def batches() -> dict[str, float]:
        def add() -> None:
            for start in range(first, last + 1, 5000):
                stats_summary.add_batch(store.conn, start, min(start + 4999, last))

        return {"bulk": _cpu(add)}

    bulk = statistics.median(_rolled_back(store, batches)["bulk"] for _ in range(args.runs))
    rows = last - first + 1
    print(f"bulk: the summary statements for {rows:,} rows {bulk:.3f} s CPU ({bulk / rows * 1e6:.1f} µs a row)")
    store.close()


if __name__ == "__main__":
    main()
