"""CPU and wall seconds of ``tracker import`` (CSV): old code, new code and sqlite-utils in turn.

Usage: python bench/import_cpu.py FILE.csv --old OLD_SRC [--new NEW_SRC] [--into DB] [--rounds 3]
       [--no-baseline] [--out DIR]

Each run is a child process whose user + system CPU (every thread's) comes from ``os.wait4``;
its wall time is measured too (issue 17's goals are rows per second of the clock; on a
loaded machine the wall says more about the other jobs). A round runs the old import, the
new one (``python -m incident_tracker --db DB import FILE``, ``PYTHONPATH`` set to one
``src`` folder) and ``sqlite-utils insert DB incidents_su FILE --csv``, so that a change of
load falls on all of them. Without ``--into`` each run imports into a new file; with it,
into a fresh copy of that database (copied before the clock starts; sqlite-utils writes a
new table ``incidents_su`` there). The load average is printed with each run. The files of
each round's last runs stay in ``--out`` for ``bench/same_tables.py``. Bytecode caching is
on in the children, as an installed package has it (``PYTHONDONTWRITEBYTECODE`` is
dropped from their environment).

The old code: ``git -C REPO archive COMMIT | tar -x -C /tmp/old`` then ``--old /tmp/old/src``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from old_new import add_old_new, child_environment, run

SQLITE_UTILS = str(Path(sys.executable).parent / "sqlite-utils")


def rows_in(path: Path) -> int:
    """Data rows of a CSV file (records, not lines: a quoted cell may hold a newline)."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def fresh(target: Path, into: Path | None) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if into is not None:
        shutil.copyfile(into, target)
        os.sync()  # the copy on disk before the clock starts: its writeback would fall on the run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    add_old_new(parser)
    parser.add_argument("--into", type=Path, help="a database to import into (a fresh copy each run)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-baseline", action="store_true", help="leave sqlite-utils out")
    parser.add_argument("--out", type=Path, help="folder for the databases (a temporary one if not given)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="import-cpu-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = rows_in(args.file)
    base = child_environment()
    names = ["old", "new"] + ([] if args.no_baseline else ["sqlite-utils"])
    times: dict[str, list[float]] = {name: [] for name in names}
    walls: dict[str, list[float]] = {name: [] for name in names}
    print(f"{args.file}: {rows:,} rows into {args.into or 'a new file'}", flush=True)
    for round_ in range(1, args.rounds + 1):
        for name in names:
            target = out / f"{name}.db"
            fresh(target, args.into)
            if name == "sqlite-utils":
                command = [SQLITE_UTILS, "insert", str(target), "incidents_su", str(args.file), "--csv"]
                env = base
            else:
                env = {**base, "PYTHONPATH": str(args.old if name == "old" else args.new)}
                command = [sys.executable, "-m", "incident_tracker", "--db", str(target), "import", str(args.file)]
            load = os.getloadavg()[0]
            seconds, wall, peak = run(command, env, None)
            times[name].append(seconds)
            walls[name].append(wall)
            print(
                f"round {round_} {name:12s} {seconds:7.2f} s CPU ({rows / seconds:7,.0f} rows per CPU s) "
                f"{wall:7.2f} s wall ({rows / wall:7,.0f} rows/s)  peak {peak} MB  load {load:.1f}",
                flush=True,
            )
    for kind, measured in (("CPU", times), ("wall", walls)):
        for name in names[1:]:
            ratios = ", ".join(f"{mine / old:.2f}" for mine, old in zip(measured[name], measured["old"], strict=True))
            print(f"{kind}: {name} ÷ old by round: {ratios}; summed {sum(measured[name]) / sum(measured['old']):.2f}")


if __name__ == "__main__":
    main()
