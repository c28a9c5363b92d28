"""CPU of the reading commands, old code against new, to price a check every record passes when read.

Usage: python bench/read_check_cost.py DB --old OLD_SRC [--new NEW_SRC] [--old-db OLD_DB] [--rounds 3] [--only NAME ...]

probe14 made every stored value pass a check when it is read (``models/stored_values.py``, and its
SQL twin ``store/stored_guards.py``); this says what that costs each reading command a user runs on
a whole database: ``list -n 0``, ``export`` as CSV and as JSON, ``timeline`` and ``stats``. Each run
is a child process (``python -m incident_tracker --db DB ...`` with ``PYTHONPATH`` set to one
``src`` folder) whose user + system CPU comes from ``os.wait4``: on two cores shared with other jobs,
wall time says little. A round runs every command with the old code then the new, so that a change
of load falls on both (``--only 'export json'`` runs some of them: ``list -n 0`` draws its 20,000-row
table for 20 s or more, where the check is a few hundredths); the outputs of the two must be byte for
byte equal (a check that changed what a command prints would not be a cost but a bug). Printed: each
command's median CPU seconds, old and new, and the ratio new ÷ old.

The old code: ``git -C REPO archive COMMIT src | tar -x -C OLD`` then ``--old OLD/src``. The
database: ``python bench/make_bench_db.py --rows 20000 --out FILE``. Where the new code brings a migration the old
one does not know (the old refuses a file written by a newer version), give the old code its own copy made before
it, ``--old-db``, and let the new code upgrade DB once before the run (any command of it): both then read the same
incidents, each at its own schema.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from old_new import add_old_new, child_environment, digest, run

#: The reading commands measured, by the name printed for each.
COMMANDS = {
    "list -n 0": ["list", "-n", "0"],
    "export csv": ["export", "-f", "csv"],
    "export json": ["export", "-f", "json"],
    "timeline": ["timeline"],
    "stats": ["stats"],
    # A filter sends stats past the summary tables, through the figures' SQL over every incident (probe16).
    "stats --since": ["stats", "--since", "1900-01-01"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    add_old_new(parser)
    parser.add_argument("--old-db", type=Path, help="the copy of DB the old code reads (default: DB itself)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="+", choices=list(COMMANDS), help="the commands to run (all if not given)")
    args = parser.parse_args()
    commands = {label: COMMANDS[label] for label in args.only or COMMANDS}
    folders = {"old": args.old.resolve(), "new": args.new.resolve()}
    databases = {"old": args.old_db or args.db, "new": args.db}
    base = child_environment()
    seconds: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="read-check-") as scratch:
        for round_ in range(1, args.rounds + 1):
            for label, arguments in commands.items():
                digests = {}
                for code, folder in folders.items():
                    env = {**base, "PYTHONPATH": str(folder), "TRACKER_CACHE_DIR": scratch}
                    output = Path(scratch) / f"{code}.out"
                    command = [sys.executable, "-m", "incident_tracker", "--db", str(databases[code]), *arguments]
                    seconds.setdefault((label, code), []).append(run(command, env, output, quiet=True)[0])
                    digests[code] = digest(output)
                if digests["old"] != digests["new"]:
                    raise SystemExit(f"{label}: old and new printed different output ({digests})")
            print(f"round {round_} done (load {os.getloadavg()[0]:.1f})", file=sys.stderr)
    print(f"{'command':<12} {'old s':>7} {'new s':>7} {'new/old':>8}")
    for label in commands:
        old, new = (statistics.median(seconds[(label, code)]) for code in ("old", "new"))
        print(f"{label:<12} {old:7.3f} {new:7.3f} {new / old:8.3f}")


if __name__ == "__main__":
    main()
