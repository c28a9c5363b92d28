"""CPU seconds of ``tracker export`` (CSV), old code, new code and sqlite-utils in turn.

Usage: python bench/export_cpu.py DB --old OLD_SRC [--new NEW_SRC] [--rounds 3] [--out DIR]

Each run is a child process whose user + system CPU comes from ``os.wait4``: on two cores
shared with other jobs, wall time says little. A round runs the old export, the new one
(``python -m incident_tracker --db DB export -o FILE``, ``PYTHONPATH`` set to one ``src``
folder) and ``sqlite-utils rows DB incidents --csv > FILE``, so that a change of load falls
on all three; each round's two exports are hashed (SHA-256 of the whole file) and must be
equal. The load average is printed with each run. Issue 17's goal: new ÷ sqlite-utils ≤ 1.2
at a million incidents. Bytecode caching is on in the children, as an installed package has
it (``PYTHONDONTWRITEBYTECODE`` is dropped from their environment).

The old code: ``git -C REPO archive COMMIT | tar -x -C /tmp/old`` then ``--old /tmp/old/src``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQLITE_UTILS = str(Path(sys.executable).parent / "sqlite-utils")


def run(command: list[str], env: dict[str, str], stdout: Path | None) -> tuple[float, int]:
    """CPU seconds of one child, and its peak memory in MB."""
    sink = stdout.open("wb") if stdout else subprocess.DEVNULL
    try:
        child = subprocess.Popen(command, env=env, stdout=sink)
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        if stdout:
            sink.close()  # type: ignore[union-attr]
    if status:
        raise SystemExit(f"{command} failed ({status})")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--old", type=Path, required=True, help="the src folder of the old code")
    parser.add_argument("--new", type=Path, default=ROOT / "src", help="the src folder of the new code")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, help="folder for the files (a temporary one if not given)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="export-cpu-"))
    base = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {"old": [], "new": [], "sqlite-utils": []}
    for round_ in range(1, args.rounds + 1):
        digests = []
        for name in times:
            target = out / f"{name}.csv"
            if name == "sqlite-utils":
                command = [SQLITE_UTILS, "rows", str(args.db), "incidents", "--csv"]
                seconds, peak = run(command, base, target)
                found = ""
            else:
                env = {**base, "PYTHONPATH": str(args.old if name == "old" else args.new)}
                command = [sys.executable, "-m", "incident_tracker", "--db", str(args.db), "export", "-o", str(target)]
                seconds, peak = run(command, env, None)
                found = digest(target)
                digests.append(found)
            times[name].append(seconds)
            load = os.getloadavg()[0]
            line = f"round {round_} {name:12s} {seconds:7.2f} s CPU  peak {peak} MB  load {load:.1f}  {found}"
            print(line, flush=True)
        if digests[0] != digests[1]:
            raise SystemExit(f"round {round_}: the old and new exports differ")
    su = times["sqlite-utils"]
    for name in ("old", "new"):
        ratios = ", ".join(f"{mine / theirs:.2f}" for mine, theirs in zip(times[name], su, strict=True))
        print(f"{name} ÷ sqlite-utils by round: {ratios}; min ÷ min {min(times[name]) / min(su):.2f}")
    ratios = ", ".join(f"{new / old:.2f}" for old, new in zip(times["old"], times["new"], strict=True))
    print(f"new ÷ old by round: {ratios}; summed {sum(times['new']) / sum(times['old']):.2f}")


if __name__ == "__main__":
    main()
