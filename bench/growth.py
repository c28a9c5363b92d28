"""How each command's time grows with the data: every command at several sizes, each next
to a baseline measured in the same run on the same file.

Usage: python bench/growth.py [--sizes 10000 100000 1000000] [--data DIR] [--runs 3] [--fixed-places]

``bench/run.py`` runs this as its ``growth`` section; on its own it prints the same table.
The databases are ``DIR/bench-scaled-<size>.db`` (``bench-scaled-10k.db``, ``bench-scaled-1m.db``…;
with ``--fixed-places`` the earlier shape, ``DIR/bench-<size>.db``), made by
``bench/make_bench_db.py`` when missing and reused when present (they take minutes to
build at a million rows). The default folder, ``bench/out/``, is git-ignored; keep them
outside the worktree to share them between checkouts.

Commands are whole processes, as a user runs them. Short ones run ``--runs`` times in
turn with their baseline (A B A B …, medians); those that take seconds at a size run once.
The results also go to ``bench/out/growth.json``, from which ``bench/growth_chart.py``
draws the log-log chart in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from make_bench_db import build  # noqa: E402
from recording import REPLAY_CHILD, recorded  # noqa: E402

from incident_tracker.store import Filters, IncidentStore  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
BIN = Path(sys.executable).parent
TRACKER = shutil.which("tracker", path=str(BIN)) or "tracker"
SQLITE_UTILS = shutil.which("sqlite-utils", path=str(BIN)) or "sqlite-utils"
DEFAULT_DATA = ROOT / "bench" / "out"
DEFAULT_JSON = ROOT / "bench" / "out" / "growth.json"
#: Runs longer than this (seconds, first run) are not repeated.
REPEAT_BELOW = 3.0
#: New incidents imported into the database of each size (made from another seed).
EXTRA_ROWS = 10_000
#: The import of a whole export into a new database runs up to this size only: at a
#: million rows ``sqlite-utils insert`` alone takes 3–4 minutes (rows/s, which is what the
#: goal is about, is known well enough from 100,000).
IMPORT_UP_TO = 100_000


@dataclass
class Case:
    """One command of the table, and what it is compared with."""

    key: str
    command: str
    baseline: str
    goal: str = ""


CASES = [
    Case("list", "`tracker list -n 50 --json`", "python + sqlite3, the same SQL, JSON out"),
    Case(
        "search",
        "`tracker list --search drone -n 50 --json`",
        "python + sqlite3, the same SQL, JSON out",
        "≤ plain list + the query",
    ),
    Case("timeline", "`tracker timeline --format json` (everything)", "python + sqlite3, the same SQL, JSON out"),
    Case(
        "stats",
        "`tracker stats --format json` (everything: from the summary tables)",
        "python + sqlite3, the SQL of the stats pass that groups the incidents (as with a filter)",
        "≤ 2 s at 1M",
    ),
    Case(
        "duplicates",
        "`tracker duplicates` (pairs found: below)",
        "python + sqlite3 reading the incidents it compares",
        "≤ 60 s at 1M; growth ≤ 1.5× the data's",
    ),
    Case("export", "`tracker export -f csv -o FILE`", "`sqlite-utils rows DB incidents --csv`", "≤ 1.2×"),
    Case(
        "import",
        "`tracker import FILE.csv` into a new database (rows/s)",
        "`sqlite-utils insert NEW incidents FILE.csv --csv`",
        "≥ 25k rows/s, faster than sqlite-utils",
    ),
    Case(
        "import_into",
        f"`tracker import` of {EXTRA_ROWS:,} new incidents (fewer below that size) into the database (rows/s)",
        "the same file into a new database",
        "≥ 10k rows/s at 1M",
    ),
]


@dataclass
class Measure:
    ours: float
    base: float
    runs: int
    rate: float | None = None  # rows per second, for the imports
    base_rate: float | None = None

    @property
    def ratio(self) -> float:
        return self.ours / self.base if self.base else float("nan")


@dataclass
class SizeResult:
    size: int
    incidents: int
    load: str
    measures: dict[str, Measure] = field(default_factory=dict)
    pairs: int = 0  # what tracker duplicates found


def label(size: int) -> str:
    """10000 → 10k, 1000000 → 1m (the file names shared between checkouts)."""
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}m"
    if size % 1000 == 0:
        return f"{size // 1000}k"
    return str(size)


def database_path(data: Path, size: int, name: str = "bench", fixed: bool = False) -> Path:
    """Where :func:`database` keeps the database of ``size`` incidents."""
    return data / f"{name}{'' if fixed or name != 'bench' else '-scaled'}-{label(size)}.db"


def database(data: Path, size: int, seed: int, name: str = "bench", fixed: bool = False) -> Path:
    """The benchmark database of ``size`` incidents, built if missing or not whole.

    Named by the generator's shape: ``bench-scaled-1m.db`` (the default: places grow with
    the rows, every incident located), ``bench-1m.db`` (``fixed``: the 20,000 places of the
    runs before December 2026, whose files keep that name)."""
    path = database_path(data, size, name, fixed)
    if path.exists():
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            count = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
            conn.close()
            if count == size:
                return path
        except sqlite3.Error:
            pass
    partial = path.with_name(path.name + f".building-{os.getpid()}")
    build(partial, size, seed, fixed=fixed)
    os.replace(partial, path)
    return path


#: The standard error of the last command run (the duplicates count is read from it).
LAST_STDERR = [""]


def run_once(command: list[str], out: Path | None = None) -> float:
    sink = out.open("wb") if out else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        done = subprocess.run(command, env=ENV, stdout=sink, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - start
    finally:
        if out:
            sink.close()  # type: ignore[union-attr]
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    LAST_STDERR[0] = done.stderr.decode(errors="replace")
    return seconds


def timed_pair(ours: list[str], base: list[str], runs: int) -> Measure:
    """Both commands once; if both are short, ``runs`` more times in turn, medians."""
    first = [run_once(ours), run_once(base)]
    if max(first) >= REPEAT_BELOW or runs <= 1:
        return Measure(first[0], first[1], 1)
    ours_times, base_times = [], []
    for _ in range(runs):
        ours_times.append(run_once(ours))
        base_times.append(run_once(base))
    return Measure(statistics.median(ours_times), statistics.median(base_times), runs)


def replaying(db: Path, statements: list[tuple[str, list[Any]]], folder: Path, name: str) -> list[str]:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(statements))
    return [sys.executable, "-c", REPLAY_CHILD, str(db), str(path)]


def record(db: Path, func: Callable[[IncidentStore], Any]) -> list[tuple[str, list[Any]]]:
    store = IncidentStore.open(db, create=False)
    try:
        return recorded(store, lambda: func(store))
    finally:
        store.close()


def measure_size(db: Path, size: int, runs: int, extra_csv: Path, work: Path) -> SizeResult:
    from incident_tracker.report import build_stats, build_timeline
    from incident_tracker.store.duplicates import _ALIASED

    conn = sqlite3.connect(db)
    incidents = conn.execute("SELECT count(*) FROM incidents WHERE deleted_at IS NULL").fetchone()[0]
    conn.close()
    result = SizeResult(size, incidents, " ".join(f"{x:.2f}" for x in os.getloadavg()))
    tracker = [TRACKER, "--db", str(db)]

    def note(key: str, measure: Measure) -> None:
        result.measures[key] = measure
        print(f"  {label(size)} {key}: {measure.ours:.3f} s against {measure.base:.3f} s", file=sys.stderr, flush=True)

    listed = record(db, lambda s: list(s.query(Filters(), limit=50)))
    note("list", timed_pair([*tracker, "list", "-n", "50", "--json"], replaying(db, listed, work, "list"), runs))
    found = record(db, lambda s: list(s.query(Filters(search="drone"), limit=50)))
    note(
        "search",
        timed_pair(
            [*tracker, "list", "--search", "drone", "-n", "50", "--json"], replaying(db, found, work, "search"), runs
        ),
    )
    timeline = record(db, lambda s: build_timeline(s, Filters()).to_dict())
    note(
        "timeline",
        timed_pair([*tracker, "timeline", "--format", "json"], replaying(db, timeline, work, "timeline"), runs),
    )
    # The baseline is the pass over the incidents that stats without its summary tables
    # makes (and makes with any filter): replaying the summary path's own SQL would time
    # a read of a few thousand summary rows against itself.
    stats = record(db, lambda s: build_stats(s, Filters(), summaries=False).to_dict())
    note("stats", timed_pair([*tracker, "stats", "--format", "json"], replaying(db, stats, work, "stats"), runs))
    sweep = [(f"SELECT {_ALIASED} FROM incidents AS i WHERE +i.deleted_at IS NULL ORDER BY i.event_date, i.id", [])]
    duplicates = [*tracker, "duplicates"]
    first = run_once(duplicates)
    found = LAST_STDERR[0].split(" likely duplicate", 1)[0].strip().rsplit(None, 1)[-1]
    result.pairs = int(found.replace(",", "")) if found.replace(",", "").isdigit() else 0
    base = run_once(replaying(db, sweep, work, "sweep"))
    note(
        "duplicates",
        Measure(first, base, 1)
        if first >= REPEAT_BELOW
        else timed_pair(duplicates, replaying(db, sweep, work, "sweep"), runs),
    )

    ours_csv, theirs_csv = work / "ours.csv", work / "theirs.csv"
    ours_csv.unlink(missing_ok=True)  # an export replaces a file only with --force
    export = Measure(
        run_once([*tracker, "export", "-f", "csv", "-o", str(ours_csv)]),
        run_once([SQLITE_UTILS, "rows", str(db), "incidents", "--csv"], theirs_csv),
        1,
    )
    note("export", export)
    theirs_csv.unlink()
    ours_db, theirs_db = work / "imported-ours.db", work / "imported-theirs.db"
    if size <= IMPORT_UP_TO:
        ours = run_once([TRACKER, "--db", str(ours_db), "import", str(ours_csv)])
        theirs = run_once([SQLITE_UTILS, "insert", str(theirs_db), "incidents", str(ours_csv), "--csv"])
        exported = incidents  # export leaves deleted incidents out
        note("import", Measure(ours, theirs, 1, exported / ours, exported / theirs))
    for path in (ours_csv, ours_db, theirs_db):
        path.unlink(missing_ok=True)

    copy, fresh = work / "copy.db", work / "fresh.db"
    shutil.copyfile(db, copy)
    into = run_once([TRACKER, "--db", str(copy), "import", str(extra_csv)])
    alone = run_once([TRACKER, "--db", str(fresh), "import", str(extra_csv)])
    extra = sqlite3.connect(fresh).execute("SELECT count(*) FROM incidents").fetchone()[0]
    note("import_into", Measure(into, alone, 1, extra / into, extra / alone))
    for path in (copy, fresh):
        path.unlink(missing_ok=True)
    return result


def extra_file(data: Path, work: Path, seed: int, rows: int) -> Path:
    """A CSV of ``rows`` new incidents (another seed, new uids) to import into each database."""
    source = database(data, rows, seed + 100, name="bench-extra")
    out = work / "extra.csv"
    out.unlink(missing_ok=True)  # an export replaces a file only with --force
    run_once([TRACKER, "--db", str(source), "export", "-f", "csv", "-o", str(out)])
    return out


def run(sizes: list[int], data: Path, runs: int, seed: int = 7, fixed: bool = False) -> list[SizeResult]:
    data.mkdir(parents=True, exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory(dir=data) as folder:
        work = Path(folder)
        extra = extra_file(data, work, seed, min(EXTRA_ROWS, *sizes))
        for size in sizes:
            db = database(data, size, seed, fixed=fixed)
            print(f"growth: {label(size)} ({db})", file=sys.stderr, flush=True)
            results.append(measure_size(db, size, runs, extra, work))
    return results


# --- the table ------------------------------------------------------------------------------


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s" if value < 10 else f"{value:.0f} s"


def _cell(measure: Measure | None) -> str:
    if measure is None:
        return "not run at this size"
    if measure.rate is not None and measure.base_rate is not None:
        return f"{measure.rate:,.0f}/s vs {measure.base_rate:,.0f}/s ({measure.ratio:.2f}×)"
    return f"{_seconds(measure.ours)} vs {_seconds(measure.base)} ({measure.ratio:.2f}×)"


def growth_exponent(results: list[SizeResult], key: str, which: str = "ours") -> float | None:
    """How much faster than the data the time grows from the second largest size to the largest:
    (time ratio) ÷ (size ratio); 1.0 is linear."""
    if len(results) < 2:
        return None
    small, large = results[-2].measures.get(key), results[-1].measures.get(key)
    if small is None or large is None:
        return None
    time_ratio = getattr(large, which) / getattr(small, which)
    return time_ratio / (results[-1].incidents / results[-2].incidents)


def table(results: list[SizeResult]) -> str:
    sizes = [label(r.size) for r in results]
    head = ["command", "baseline", *(f"{s}: ours vs baseline (ratio)" for s in sizes)]
    if len(results) > 1:
        head.append(f"growth {sizes[-2]}→{sizes[-1]} ÷ data's")
    head.append("goal")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for case in CASES:
        cells = [case.command, case.baseline, *(_cell(r.measures.get(case.key)) for r in results)]
        if len(results) > 1:
            exponent = growth_exponent(results, case.key)
            if exponent is not None and case.key == "import_into":  # the same rows at every size
                exponent *= results[-1].incidents / results[-2].incidents
                cells.append(f"{exponent:.2f}× (time ratio: the same rows each time)")
            else:
                cells.append("" if exponent is None else f"{exponent:.2f}×")
        cells.append(case.goal)
        lines.append("| " + " | ".join(cells) + " |")
    loads = "; ".join(f"{label(r.size)}: {r.load}" for r in results)
    lines.append("")
    lines.append(
        "Pairs `tracker duplicates` found: "
        + "; ".join(f"{label(r.size)}: {r.pairs:,} ({r.pairs / max(r.incidents, 1):.1f} per incident)" for r in results)
        + "."
    )
    lines.append(f"Load average (1, 5, 15 min) as each size began: {loads}.")
    return "\n".join(lines) + "\n"


def save(results: list[SizeResult], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "cases": [asdict(c) for c in CASES],
        "results": [
            {
                **{k: v for k, v in asdict(r).items() if k != "measures"},
                "measures": {key: {**asdict(m), "ratio": m.ratio} for key, m in r.measures.items()},
            }
            for r in results
        ],
    }
    path.write_text(json.dumps(payload, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Folder of the bench-<size>.db files.")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    parser.add_argument(
        "--fixed-places", action="store_true", help="the generator's earlier shape (bench-<size>.db, 20,000 places)"
    )
    args = parser.parse_args()
    results = run(sorted(args.sizes), args.data, args.runs, args.seed, fixed=args.fixed_places)
    save(results, args.json)
    print(table(results))


if __name__ == "__main__":
    main()
