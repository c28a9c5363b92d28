"""The gazetteer build in CPU seconds, the code here against another copy of the code, alternated.

    python bench/bench_gazetteer_build.py [--rounds 3] [--against SRC] [--modes two,one]

Each build is a fresh process building into an empty file with an empty cache folder
(so no GeoNames country files are merged). It prints the wall clock, the CPU of the
building process, and the CPU of the processes it started (the second half's reader).
The machine is shared: only figures from the same run, alternated, compare. ``--against``
names the ``src`` folder of other code (``git archive COMMIT src | tar -x -C OLD``
gives ``OLD/src``): it is built in one process, as it was before the split, and the
files both write are compared with :mod:`gazetteer_digest`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from gazetteer_digest import digest

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import inspect, json, os, resource, sys, time
from pathlib import Path
from incident_tracker.geo import build as b
options = {}
if sys.argv[2] != "old":
    options["parallel"] = sys.argv[2] == "two"
started = time.perf_counter()
b.build(Path(sys.argv[1]), **options)
wall = time.perf_counter() - started
me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "first": me.ru_utime + me.ru_stime,
                  "second": children.ru_utime + children.ru_stime, "load": os.getloadavg()[0]}))
"""


def run(src: Path, mode: str, target: Path, cache: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src), "TRACKER_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    target.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", CHILD, str(target), mode], env=env, check=True, capture_output=True)
    result: dict[str, float] = json.loads(out.stdout.decode().strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, help="the src folder of the code to compare with")
    parser.add_argument("--modes", default="two,one", help="two (processes), one, or both")
    args = parser.parse_args()
    runs: list[tuple[str, Path, str]] = []
    if args.against:
        runs.append(("before", args.against.resolve(), "old"))
    runs += [(f"{mode} process{'es' if mode == 'two' else ''}", ROOT / "src", mode) for mode in args.modes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cache"
        cache.mkdir()
        files = {}
        for round_ in range(1, args.rounds + 1):
            for label, src, mode in runs:
                target = Path(folder) / f"{mode}.sqlite"
                r = run(src, mode, target, cache)
                print(
                    f"round {round_} {label:<13} wall {r['wall']:5.1f} s  CPU first {r['first']:4.1f} s  "
                    f"second {r['second']:4.1f} s  all {r['first'] + r['second']:4.1f} s  load {r['load']:.1f}",
                    flush=True,
                )
                files[label] = target
        digests = {label: digest(path) for label, path in files.items()}
        same = all(d == next(iter(digests.values())) for d in digests.values())
        print("the files are the same, table by table" if same else f"THE FILES DIFFER: {digests}")


if __name__ == "__main__":
    main()
