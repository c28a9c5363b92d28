"""Python operations the duplicates sweep executes per pair: a measure the load of a shared
machine does not move.

Usage: python bench/duplicates_ops.py DB [--since DATE] [--by-function]

CPU seconds on two cores shared with other jobs moved by ±25 % from run to run while this
was written (load 5-10), more than the changes being compared. The number of bytecode
operations the interpreter runs (counted with ``sys.settrace``, about 100 times slower
than a plain run, so use a window of a few weeks: ``--since``) is the same on every run.
It is not time (an operation that allocates costs more than one that compares), so a
change is confirmed by CPU seconds on the whole file as well (docs/performance.md).

Since the sixth pass most of the sweep's work is in NumPy (``store/duplicate_arrays.py``),
which no trace sees: the count then measures only the Python part (rows in, tuples out),
and ``bench/duplicates_cpu.py`` (CPU seconds, old and new alternated) is the measure.

To compare with other code, run the same file with that code first on the path:
``PYTHONPATH=/tmp/old/src python bench/duplicates_ops.py DB --since 2025-12-10``.
"""

from __future__ import annotations

import argparse
import collections
import sqlite3
import sys
from pathlib import Path
from types import FrameType
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--since", help="only incidents from this date (tracing is slow)")
    parser.add_argument("--by-function", action="store_true", help="operations per pair of each function")
    args = parser.parse_args()

    import incident_tracker
    from incident_tracker.store import Filters
    from incident_tracker.store.duplicates import scan_duplicate_pairs

    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    filters = Filters(since=args.since) if args.since else Filters()
    counts: collections.Counter[str] = collections.Counter()

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            counts[frame.f_code.co_name] += 1
        return tracer

    sys.settrace(tracer)
    pairs = sum(1 for _ in scan_duplicate_pairs(conn, filters=filters))
    sys.settrace(None)
    total = sum(counts.values())
    print(f"{incident_tracker.__file__}: {pairs:,} pairs, {total:,} operations, {total / max(pairs, 1):.1f} a pair")
    if args.by_function:
        for name, count in counts.most_common(15):
            print(f"  {name:32s} {count / max(pairs, 1):9.1f} a pair  {count / total:6.1%}")


if __name__ == "__main__":
    main()
