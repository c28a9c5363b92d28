"""Warm lookup time per string, old tree against new, alternated rounds in one run.

    python bench/lookup_speed.py OLD_SRC NEW_SRC [--rounds 3] [--callgrind]

``OLD_SRC`` and ``NEW_SRC`` are two ``src`` folders (the old one from ``git archive``). Each
round runs one child process per tree, old then new, that resolves every string of
``bench/answer_digest.py`` (the real set's both splits, the accuracy list, the unknown list)
once to warm up, then times each string's median of 5 lookups: the round reports the median
over the strings (as ``real_places.median_ms_per_string``) and the mean, in ms, and the CPU
seconds of one pass over all strings. The machine is shared: the rounds alternate, so that
a busy spell hurts both trees alike; compare the ratios, not the absolute figures.

``--callgrind`` adds instruction counts (``valgrind --tool=callgrind``), steady under load:
for each tree, the instructions of the setup with one warm-up pass, and of the same with one
more pass; the difference is the instructions of resolving every string once, warm.
Both trees use the gazetteer of ``TRACKER_CACHE_DIR`` (the same file: the build is not compared),
unless ``--old-cache DIR`` / ``--new-cache DIR`` give a tree its own: needed when the two trees'
packs differ, since each tree brings a shared gazetteer up to its own pack before it runs, and the
other tree's next run (and its instruction count) would pay that again.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent

CHILD = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from answer_digest import strings
from incident_tracker.errors import ValidationError
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import Gazetteer, default_path
from incident_tracker.geo.locate import locate

resolver = Resolver(gazetteer=Gazetteer.open(default_path()))
rows = strings()

def one(text, named):
    try:
        locate(text, resolver=resolver, named=named)
    except ValidationError:
        pass

for _, text, named in rows:
    one(text, named)
mode = sys.argv[2]
if mode == "time":
    start = time.process_time()
    for _, text, named in rows:
        one(text, named)
    cpu = time.process_time() - start
    per = []
    for _, text, named in rows:
        timings = []
        for _ in range(5):
            t = time.perf_counter()
            one(text, named)
            timings.append(time.perf_counter() - t)
        per.append(statistics.median(timings))
    ms = [t * 1000 for t in per]
    print(json.dumps({"median_ms": statistics.median(ms), "mean_ms": statistics.mean(ms), "cpu_s": cpu}))
elif mode == "pass":
    for _, text, named in rows:
        one(text, named)
"""


def _environment(src: Path, cache: Path | None) -> dict[str, str]:
    """The child's environment: the tree on ``PYTHONPATH``, and its own gazetteer folder if given."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    if cache is not None:
        env["TRACKER_CACHE_DIR"] = str(cache)
    return env


def child(src: Path, mode: str, cache: Path | None = None) -> dict[str, float]:
    env = _environment(src, cache)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(BENCH), mode], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def instructions(src: Path, mode: str, cache: Path | None = None) -> int:
    """Instructions (Ir) of one child under callgrind (string hashing fixed, so that two runs differ
    only by what they do)."""
    env = {**_environment(src, cache), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-c",
                CHILD,
                str(BENCH),
                mode,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        match = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
        if match is None:
            raise RuntimeError("no instruction total in the callgrind output")
        return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--old-cache", type=Path, help="the old tree's own gazetteer folder (TRACKER_CACHE_DIR)")
    parser.add_argument("--new-cache", type=Path, help="the new tree's own gazetteer folder (TRACKER_CACHE_DIR)")
    args = parser.parse_args()
    caches = {"old": args.old_cache, "new": args.new_cache}
    runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    for number in range(1, args.rounds + 1):
        for label, src in (("old", args.old), ("new", args.new)):
            result = child(src, "time", caches[label])
            runs[label].append(result)
            print(
                f"round {number} {label}: median {result['median_ms']:.3f} ms, mean {result['mean_ms']:.3f} ms "
                f"per string; one pass {result['cpu_s']:.2f} CPU s",
                flush=True,
            )
    for key, unit in (("median_ms", "ms median"), ("mean_ms", "ms mean"), ("cpu_s", "CPU s a pass")):
        old = statistics.median(r[key] for r in runs["old"])
        new = statistics.median(r[key] for r in runs["new"])
        print(f"{unit}: old {old:.3f} → new {new:.3f} (new/old {new / old:.2f}, medians of {args.rounds} rounds)")
    if args.callgrind:
        counts = {}
        for label, src in (("old", args.old), ("new", args.new)):
            cache = caches[label]
            counts[label] = instructions(src, "pass", cache) - instructions(src, "warm", cache)
            print(f"callgrind {label}: {counts[label] / 1e6:,.0f} M instructions for one warm pass", flush=True)
        print(f"instructions new/old {counts['new'] / counts['old']:.3f}")


if __name__ == "__main__":
    main()
