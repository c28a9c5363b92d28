"""CPU seconds of the duplicates sweep, or of the whole command, old code and new in turn.

Usage: python bench/duplicates_cpu.py DB --old OLD_SRC [--new NEW_SRC] [--rounds 2]
       [--mode sweep|table|json] [--since DATE]

Each run is a child process (``PYTHONPATH`` set to one ``src`` folder) whose user + system
CPU comes from ``os.wait4``: on two cores shared with other jobs, wall time says little.
The runs alternate (old, new, old, new …) so that a change of load falls on both.

``sweep`` reads every pair from :func:`scan_duplicate_batches` and hashes what a writer
reads of them (ids, score and distance to the last bit, gap, rows); ``table`` and ``json``
run ``python -m incident_tracker --db DB duplicates [--json]`` with its output hashed here
(not in the child). Equal digests between old and new mean the same pairs in the same order.

The old code: ``git -C REPO archive COMMIT | tar -x -C /tmp/old`` then ``--old /tmp/old/src``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from old_new import add_old_new, child_environment, digest, run

SWEEP = """
import hashlib, sqlite3, sys
from incident_tracker.store import Filters
from incident_tracker.store.duplicates import scan_duplicate_batches
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
filters = Filters(since=sys.argv[2]) if sys.argv[2] else Filters()
digest, count = hashlib.sha256(), 0
for batch in scan_duplicate_batches(conn, filters=filters):
    count += len(batch)
    if sys.argv[3] == "hash":
        digest.update(repr([(p[0], p[1], p[2].hex(), p[3], p[4] and p[4].hex()) for p in batch]).encode())
print(count, digest.hexdigest()[:16])
"""


def measure(src: Path, args: argparse.Namespace, output: Path) -> tuple[float, str]:
    """CPU seconds of one child, and a digest of what it printed (kept in ``output``)."""
    env = {**child_environment(), "PYTHONPATH": str(src)}
    if args.mode == "sweep":
        command = [sys.executable, "-c", SWEEP, str(args.db), args.since or "", "hash" if args.hash else "count"]
    else:
        command = [sys.executable, "-m", "incident_tracker", "--db", str(args.db), "duplicates"]
        command += ["--json"] if args.mode == "json" else []
        command += ["--since", args.since] if args.since else []
    seconds, _wall, peak = run(command, env, output)
    return seconds, f"{digest(output)} ({output.stat().st_size:,} bytes), peak {peak} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    add_old_new(parser)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--mode", choices=["sweep", "table", "json"], default="sweep")
    parser.add_argument("--since", help="only incidents from this date")
    parser.add_argument("--hash", action="store_true", help="sweep: hash every pair (costs the child CPU)")
    args = parser.parse_args()
    times: dict[str, list[float]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory(prefix="duplicates-cpu-") as folder:  # what one child printed, while hashed
        output = Path(folder) / "printed"
        for round_ in range(1, args.rounds + 1):
            digests = []
            for name, src in (("old", args.old), ("new", args.new)):
                seconds, printed = measure(src, args, output)
                times[name].append(seconds)
                digests.append(printed.split()[0])
                print(f"round {round_} {name}: {seconds:7.2f} s CPU  {printed}", flush=True)
            if digests[0] != digests[1]:  # a faster sweep that finds other pairs is no gain
                raise SystemExit(f"round {round_}: the old and new outputs differ")
    pairs = [f"{old / new:.2f}" for old, new in zip(times["old"], times["new"], strict=True)]
    print(f"old/new by round: {', '.join(pairs)}; min/min {min(times['old']) / min(times['new']):.2f}")


if __name__ == "__main__":
    main()
