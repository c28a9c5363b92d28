"""Import and export throughput and peak memory, next to sqlite-utils on the same data.

Usage: python bench/bench_io.py [--rows 1000000] [--db PATH] [--runs 1] [--keep] [--work DIR]

The database is made by bench/make_bench_db.py when missing (``bench/out/incidents-<rows>.db``),
or given with ``--db``. Every measurement is a fresh process, as a user runs it, timed
wall-clock; its peak resident memory comes from ``os.wait4`` (the rusage of that one
child). Best of ``--runs``. In the same run, on the same data:

- export csv:   ``tracker export --sort id -o x.csv``          vs ``sqlite-utils rows DB incidents --csv``
- the same, against ``sqlite-utils query DB "<our export SQL>" --csv``: the same content (the
  lists, sources and links ``rows`` leaves out), so the cost of our bytes is set apart
- export jsonl: ``tracker export -f jsonl --sort id -o x.jsonl`` vs ``sqlite-utils rows DB incidents --nl``
- import csv:   ``tracker import x.csv`` into a new database    vs ``sqlite-utils insert NEW incidents x.csv --csv``

Both imports read the file our export wrote. Ours validates every row as ``tracker add``
does, and writes weapons, tags, history and the search index; sqlite-utils creates one
table of text columns. Ratios are ours ÷ theirs for time (below 1 = faster) and memory.
Files go to ``bench/out/io/`` (git-ignored; ``--work`` names another folder) and are removed unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_bench_db import build  # noqa: E402

BIN = Path(sys.executable).parent
TRACKER = str(BIN / "tracker")
SQLITE_UTILS = str(BIN / "sqlite-utils")


def measure(argv: list[str], stdout: Path | None = None) -> tuple[float, float]:
    """Run ``argv`` once; (wall seconds, peak RSS in MB) of that process."""
    sink = stdout.open("wb") if stdout else subprocess.DEVNULL
    try:
        began = time.perf_counter()
        process = subprocess.Popen(argv, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout:
            sink.close()  # type: ignore[union-attr]
    if process.returncode != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}): {error}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def best(runs: int, argv: list[str], stdout: Path | None = None, before: Path | None = None) -> tuple[float, float]:
    results = []
    for _ in range(runs):
        if before is not None:
            before.unlink(missing_ok=True)
        results.append(measure(argv, stdout))
    return min(t for t, _ in results), max(m for _, m in results)


def count(db: Path, table: str = "incidents", where: str = "") -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="Reuse this database (its row count wins over --rows).")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="Keep the exported files and imported databases.")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "out" / "io", help="Folder for those files.")
    args = parser.parse_args()

    db = args.db or ROOT / "bench" / "out" / f"incidents-{args.rows}.db"
    if not db.exists() or (args.db is None and count(db) != args.rows):
        build(db, args.rows)
    # Export leaves out deleted incidents, so both imports hold (and the rates count) the live ones.
    rows = count(db, where="WHERE deleted_at IS NULL")
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    ours_csv, theirs_csv = work / "ours.csv", work / "theirs.csv"
    ours_jsonl, theirs_jsonl = work / "ours.jsonl", work / "theirs.jsonl"
    ours_db, theirs_db = work / "imported-ours.db", work / "imported-theirs.db"

    print(f"{rows:,} incidents in {db}; best of {args.runs}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}")
    table: list[tuple[str, tuple[float, float], tuple[float, float]]] = []
    table.append(
        (
            "export csv",
            best(args.runs, [TRACKER, "--db", str(db), "export", "--sort", "id", "-o", str(ours_csv), "--force"]),
            best(args.runs, [SQLITE_UTILS, "rows", str(db), "incidents", "--csv"], stdout=theirs_csv),
        )
    )
    from incident_tracker.store.records import FLAT_SELECT, select_records

    export_sql, params = select_records(FLAT_SELECT, None, "id", None)
    if params:
        raise SystemExit("the export SQL without filters should take no parameters")
    table.append(
        (
            "export csv, same SQL",
            table[0][1],
            best(args.runs, [SQLITE_UTILS, "query", str(db), export_sql, "--csv"], stdout=work / "same.csv"),
        )
    )
    table.append(
        (
            "export jsonl",
            best(
                args.runs,
                [TRACKER, "--db", str(db), "export", "-f", "jsonl", "--sort", "id", "-o", str(ours_jsonl), "--force"],
            ),
            best(args.runs, [SQLITE_UTILS, "rows", str(db), "incidents", "--nl"], stdout=theirs_jsonl),
        )
    )
    table.append(
        (
            "import csv",
            best(args.runs, [TRACKER, "--db", str(ours_db), "import", str(ours_csv)], before=ours_db),
            best(
                args.runs,
                [SQLITE_UTILS, "insert", str(theirs_db), "incidents", str(ours_csv), "--csv"],
                before=theirs_db,
            ),
        )
    )
    if count(ours_db) != rows or count(theirs_db) != rows:
        raise SystemExit(f"row counts differ after import: {count(ours_db)} / {count(theirs_db)} / {rows} exported")

    print(f"{'':22}{'tracker':>22}{'sqlite-utils':>22}{'time ratio':>12}  peak RSS ours/theirs")
    for label, (ours_s, ours_mb), (theirs_s, theirs_mb) in table:
        print(
            f"{label:22}{ours_s:7.1f} s {rows / ours_s:>8,.0f}/s"
            f"{theirs_s:7.1f} s {rows / theirs_s:>8,.0f}/s"
            f"{ours_s / theirs_s:>11.2f}x{ours_mb:>6.0f}/{theirs_mb:.0f} MB"
        )
    print("same SQL: sqlite-utils query of our export's own SQL (the same content as ours)")
    sizes = {p.name: p.stat().st_size / 1e6 for p in (ours_csv, theirs_csv, ours_jsonl, theirs_jsonl)}
    print("file sizes (MB): " + ", ".join(f"{name} {size:.0f}" for name, size in sizes.items()))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
