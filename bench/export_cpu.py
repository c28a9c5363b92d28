"""CPU and wall seconds of ``tracker export`` (CSV), old code, new code and sqlite-utils in turn.

Usage: python bench/export_cpu.py DB --old OLD_SRC [--new NEW_SRC] [--rounds 3] [--out DIR]

Each run is a child process whose user + system CPU comes from ``os.wait4``: on two cores
shared with other jobs, wall time says little. A round runs the old export, the new one
(``python -m incident_tracker --db DB export -o FILE``, ``PYTHONPATH`` set to one ``src``
folder) and ``sqlite-utils rows DB incidents --csv > FILE``, so that a change of load falls
on all three; each round's two exports are hashed (SHA-256 of the whole file) and must be
equal. The load average is printed with each run. Wall time is measured too (a user waits
for the wall time; on a loaded machine it says more about the other jobs than about the
export). On a loaded machine, count instructions as well: ``valgrind --tool=callgrind``
of the same commands (docs/performance.md, tenth pass: export). Issue 17's goal: new ÷ sqlite-utils ≤ 1.2
at a million incidents. Bytecode caching is on in the children, as an installed package has
it (``PYTHONDONTWRITEBYTECODE`` is dropped from their environment).

The old code: ``git -C REPO archive COMMIT | tar -x -C /tmp/old`` then ``--old /tmp/old/src``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from old_new import add_old_new, child_environment, digest, run

SQLITE_UTILS = str(Path(sys.executable).parent / "sqlite-utils")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    add_old_new(parser)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, help="folder for the files (a temporary one if not given)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="export-cpu-"))
    base = child_environment()
    times: dict[str, list[float]] = {"old": [], "new": [], "sqlite-utils": []}
    walls: dict[str, list[float]] = {name: [] for name in times}
    for round_ in range(1, args.rounds + 1):
        digests = []
        for name in times:
            target = out / f"{name}.csv"
            target.unlink(missing_ok=True)  # the new code replaces a file only with --force, the old has none
            if name == "sqlite-utils":
                command = [SQLITE_UTILS, "rows", str(args.db), "incidents", "--csv"]
                seconds, wall, peak = run(command, base, target)
                found = ""
            else:
                env = {**base, "PYTHONPATH": str(args.old if name == "old" else args.new)}
                command = [sys.executable, "-m", "incident_tracker", "--db", str(args.db), "export", "-o", str(target)]
                seconds, wall, peak = run(command, env, None)
                found = digest(target)
                digests.append(found)
            times[name].append(seconds)
            walls[name].append(wall)
            load = os.getloadavg()[0]
            line = f"round {round_} {name:12s} {seconds:7.2f} s CPU {wall:7.2f} s wall  peak {peak} MB"
            line += f"  load {load:.1f}  {found}"
            print(line, flush=True)
        if digests[0] != digests[1]:
            raise SystemExit(f"round {round_}: the old and new exports differ")
    for kind, measured in (("CPU", times), ("wall", walls)):
        su = measured["sqlite-utils"]
        for name in ("old", "new"):
            ratios = ", ".join(f"{mine / theirs:.2f}" for mine, theirs in zip(measured[name], su, strict=True))
            print(f"{kind}: {name} ÷ sqlite-utils by round: {ratios}; min ÷ min {min(measured[name]) / min(su):.2f}")
        ratios = ", ".join(f"{new / old:.2f}" for old, new in zip(measured["old"], measured["new"], strict=True))
        print(f"{kind}: new ÷ old by round: {ratios}; summed {sum(measured['new']) / sum(measured['old']):.2f}")


if __name__ == "__main__":
    main()
