"""CPU of opening a tracker database (``store.database.connect``), old code against new.

Usage: python bench/open_cost.py --old OLD_SRC [--new NEW_SRC] [--opens 300] [--rounds 5]

conc31 moved the header check of every open from Python's ``open()``/``close()`` (whose close dropped
this process's SQLite locks on the file) to a look through SQLite itself (a second, immutable
connection); this says what that costs an open. Each round runs a child per code, old then new, so
that a change of load falls on both; a child opens and closes one tracker file (made by the new code,
in WAL mode, the two incidents of a ``tracker add`` apiece) ``--opens`` times and prints its own CPU
per open (``time.process_time``: on two cores shared with other jobs, wall time says little).
Printed: each code's median microseconds per open, and the ratio new ÷ old.

The old code: ``git -C REPO archive COMMIT src | tar -x -C OLD`` then ``--old OLD/src``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from old_new import add_old_new, child_environment

#: A child: open and close the file ``opens`` times after one warm-up open; print CPU seconds per open.
CHILD = """
import sys, time
from incident_tracker.store.database import connect
db, opens = sys.argv[1], int(sys.argv[2])
connect(db, create=False).close()
start = time.process_time()
for _ in range(opens):
    connect(db, create=False).close()
print((time.process_time() - start) / opens)
"""

#: Two incidents, written by the new code before the rounds.
RECORD = {"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"}


def _per_open(src: Path, db: Path, opens: int) -> float:
    env = {**child_environment(), "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(opens)], env=env, capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_old_new(parser)
    parser.add_argument("--opens", type=int, default=300, help="opens per child (default 300)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of old then new (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        make = "from incident_tracker.store.incidents import IncidentStore as S\n"
        make += f"with S.open({str(db)!r}) as s:\n    s.add({RECORD!r})\n    s.add({RECORD!r})\n"
        subprocess.run([sys.executable, "-c", make], env={**os.environ, "PYTHONPATH": str(args.new)}, check=True)
        old: list[float] = []
        new: list[float] = []
        for _ in range(args.rounds):
            old.append(_per_open(args.old, db, args.opens))
            new.append(_per_open(args.new, db, args.opens))
    old_us, new_us = statistics.median(old) * 1e6, statistics.median(new) * 1e6
    print(f"opens per child: {args.opens}, rounds: {args.rounds}")
    print(f"old: {old_us:.0f} µs per open (rounds: {', '.join(f'{v * 1e6:.0f}' for v in old)})")
    print(f"new: {new_us:.0f} µs per open (rounds: {', '.join(f'{v * 1e6:.0f}' for v in new)})")
    print(f"new ÷ old: {new_us / old_us:.2f}")


if __name__ == "__main__":
    main()
