"""Where the time of stats, export, import and duplicates goes, and what a candidate fix saves.

Usage: python bench/probe_hot.py {stats,export,import,duplicates} --db FILE [options]

Each probe runs the library's current code and a prototype of a fix in the same process,
on the same file, in turn (A B A B), and prints CPU seconds (``time.process_time``, which
the other jobs of a shared machine disturb less than the wall clock) and their ratio.
Prototypes live in ``bench/probe_prototypes.py``, outside ``src/``: they monkeypatch or re-implement one
hot path with the same output, which each probe checks (byte-identical CSV, equal query results, equal
import summaries). Findings from these runs are written up for issue 17.

* ``stats``: the CPU of every statement ``build_stats`` runs (recorded as it ran), then
  the cube's ``GROUP BY`` variants.
* ``export``: the export query alone, the bare ``SELECT *`` of ``sqlite-utils rows``,
  and a prototype that pre-aggregates weapons, tags, sources and links into temporary
  tables joined by id instead of four correlated subqueries per row.
* ``import``: a CSV (``--csv``, e.g. an export cut to N rows) into a new database (or a
  copy of ``--into``), current against the row checks as they were before their fast path
  (``tests/_import_reference.py``, the oracle of ``tests/test_import_fast.py``) with the
  default garbage-collector thresholds; ``--profile`` prints the CPU profile of the current path.
* ``duplicates``: the cost per pair of finding them, of the current table output (Rich,
  ``store.get`` per incident) and of plain lines with one query per batch of pairs.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import csv
import io
import json
import os
import pstats
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from probe_prototypes import export_prototype_sql, patch_before, plain_pairs_cached  # noqa: E402
from recording import recorded  # noqa: E402

from incident_tracker.store import Filters, IncidentStore  # noqa: E402


def cpu(func: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds of one call, and its result."""
    began = time.process_time()
    result = func()
    return time.process_time() - began, result


def paired(named: dict[str, Callable[[], Any]], runs: int) -> dict[str, float]:
    """Each function ``runs`` times in turn; median CPU seconds of each, printed with the ratio to the first."""
    times: dict[str, list[float]] = {name: [] for name in named}
    for _ in range(runs):
        for name, func in named.items():
            times[name].append(cpu(func)[0])
    medians = {name: statistics.median(values) for name, values in times.items()}
    first = next(iter(medians.values()))
    for name, value in medians.items():
        print(f"  {name:48s} cpu {value:7.3f} s  {value / first:5.2f}×", flush=True)
    return medians


# --- stats ---------------------------------------------------------------------------


def probe_stats(db: Path, runs: int) -> None:
    from incident_tracker.report import build_stats
    from incident_tracker.report.figures import FIGURE_COLUMNS
    from incident_tracker.store.filters import LINKED_DUPLICATE_SQL

    store = IncidentStore.open(db, create=False)
    paths = {
        "from the summary tables": recorded(store, lambda: build_stats(store, Filters()).to_dict()),
        "grouping the incidents (summaries=False, as with a filter)": recorded(
            store, lambda: build_stats(store, Filters(), summaries=False).to_dict()
        ),
    }
    store.close()
    conn = sqlite3.connect(db)
    for path, statements in paths.items():
        print(f"stats: CPU per statement of build_stats (everything), {path}")
        total = 0.0
        for sql, params in statements:
            seconds, _ = cpu(lambda sql=sql, params=params: conn.execute(sql, params).fetchall())
            total += seconds
            if seconds >= 0.01:
                print(f"  {seconds:7.3f} s  {' '.join(sql.split())[:110]}")
        print(f"  {total:7.3f} s  in all")
    names = ["country", "admin1", "event_type", "sub_event_type", "attribution", "victim_nationality"]
    keys = ", ".join(f"coalesce(i.{n}, '') AS {n}" for n in names)
    where = f"+i.deleted_at IS NULL AND NOT {LINKED_DUPLICATE_SQL}"
    measures = f"{FIGURE_COLUMNS}, count(i.latitude) AS located"
    variants = {
        "cube GROUP BY 1..6 (current)": f"SELECT {keys}, {measures} FROM incidents AS i WHERE {where} "
        "GROUP BY 1, 2, 3, 4, 5, 6",
        "cube GROUP BY raw columns": f"SELECT {keys}, {measures} FROM incidents AS i WHERE {where} "
        f"GROUP BY {', '.join('i.' + n for n in names)}",
        "the same scan, no GROUP BY (floor)": f"SELECT {measures} FROM incidents AS i WHERE {where}",
    }
    print("stats: the cube's one pass")
    paired({name: lambda sql=sql: conn.execute(sql).fetchall() for name, sql in variants.items()}, runs)


# --- export --------------------------------------------------------------------------


def probe_export(db: Path, runs: int) -> None:
    from incident_tracker.exchange.export import export_records, write_csv
    from incident_tracker.store.records import FLAT_SELECT as _FLAT_SELECT
    from incident_tracker.store.records import select_records as _select

    store = IncidentStore.open(db, create=False)
    conn = store.conn
    prepare, select = export_prototype_sql()
    folder = Path(tempfile.mkdtemp(prefix="probe-export-"))
    ours, proto = folder / "current.csv", folder / "prototype.csv"

    def count(sql: str) -> int:
        return sum(1 for _ in conn.execute(sql))

    def current() -> int:
        with ours.open("w", newline="", encoding="utf-8") as out:
            return export_records(store, out).count

    def prototype() -> int:
        for statement in prepare:
            conn.execute(statement)
        sql, params = _select(select, None, "date", None)
        with proto.open("w", newline="", encoding="utf-8") as out:
            cursor = conn.execute(sql, params)
            written = write_csv([d[0] for d in cursor.description], iter(cursor), out)
        for statement in prepare[:4]:
            conn.execute(statement)
        return written

    def like_sqlite_utils() -> None:
        with (folder / "theirs.csv").open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            cursor = conn.execute("SELECT * FROM incidents")
            writer.writerow([d[0] for d in cursor.description])
            for row in cursor:
                writer.writerow(row)

    print("export: the query alone")
    paired(
        {
            "export SQL (four correlated subqueries a row)": lambda: count(
                _select(_FLAT_SELECT, None, "date", None)[0]
            ),
            "SELECT * FROM incidents (sqlite-utils rows)": lambda: count("SELECT * FROM incidents"),
        },
        runs,
    )
    print("export: whole, to a file")
    paired(
        {
            "sqlite-utils rows --csv, in process": like_sqlite_utils,
            "export_records (current)": current,
            "prototype: temp tables joined by id": prototype,
        },
        runs,
    )
    print(f"  identical output: {ours.read_bytes() == proto.read_bytes()}")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


# --- import --------------------------------------------------------------------------


def probe_import(source: Path, runs: int, profile: bool, into: Path | None) -> None:
    from incident_tracker.exchange.importer import import_file

    folder = Path(tempfile.mkdtemp(prefix="probe-import-"))
    target = folder / "import.db"
    summaries: dict[str, Any] = {}

    def run(name: str, patched: bool) -> float:
        """One import into a fresh target; CPU seconds of the import alone (not the copy)."""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if into is not None:
            with sqlite3.connect(into) as src, sqlite3.connect(target) as dst:
                src.backup(dst)
        store = IncidentStore.open(target)
        undo = patch_before() if patched else None
        try:
            seconds, summary = cpu(lambda: import_file(store, source).as_dict())
            summaries[name] = summary
        finally:
            if undo:
                undo()
            store.close()
        return seconds

    if profile:
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(run, "profile", False)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    rows = sum(1 for _ in csv.reader(source.open(newline="", encoding="utf-8"))) - 1
    print(f"import: {rows:,} rows {'into a copy of ' + str(into) if into else 'into a new database'}")
    names = {"before: the checks of tests/_import_reference.py": True, "now (import_file)": False}
    times: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(runs):
        for name, patched in names.items():
            times[name].append(run(name, patched))
    medians = {name: statistics.median(values) for name, values in times.items()}
    first = next(iter(medians.values()))
    for name, value in medians.items():
        print(f"  {name:48s} cpu {value:7.3f} s  {value / first:5.2f}×", flush=True)
    for name, seconds in medians.items():
        print(f"  {name:48s} {rows / seconds:9,.0f} rows per CPU second")
    print(f"  same summary: {len({json.dumps(s, sort_keys=True, default=str) for s in summaries.values() if s}) == 1}")
    sqlite_utils_cpu(source, into, folder)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


def _child_cpu(command: list[str]) -> float:
    """CPU seconds (user + system) of one child process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def sqlite_utils_cpu(source: Path, into: Path | None, folder: Path) -> None:
    """Whole processes, same run: ``tracker import`` against ``sqlite-utils insert --csv``
    (into its own table of the same file: it has no checks, indexes, history or FTS)."""
    rows = sum(1 for _ in csv.reader(source.open(newline="", encoding="utf-8"))) - 1
    target = folder / "whole.db"
    bin_dir = Path(sys.executable).parent
    commands = {
        "tracker import (whole process)": [str(bin_dir / "tracker"), "--db", str(target), "import", str(source)],
        "sqlite-utils insert --csv (whole process)": [
            str(bin_dir / "sqlite-utils"), "insert", str(target), "imported", str(source), "--csv",
        ],
    }  # fmt: skip
    for name, command in commands.items():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if into is not None:
            with sqlite3.connect(into) as src, sqlite3.connect(target) as dst:
                src.backup(dst)
        elif "tracker" in name:
            IncidentStore.open(target).close()
        seconds = _child_cpu(command)
        print(f"  {name:48s} cpu {seconds:7.3f} s  {rows / seconds:9,.0f} rows per CPU second")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


# --- duplicates ----------------------------------------------------------------------


def probe_duplicates(db: Path, since: str) -> None:
    """The command's own paths as it runs them now (the sweep's blocks for the table, its
    lists of pairs for ``--json``), then the prototype, which works on :class:`Match` pairs."""
    from incident_tracker.cli.duplicate_table import print_pair_blocks
    from incident_tracker.cli.duplicates import _print_pairs
    from incident_tracker.store.duplicates import DEFAULT_DAYS, iter_duplicate_pairs, scan_duplicate_blocks

    store = IncidentStore.open(db, create=False)
    filters = Filters(since=since)
    seconds, blocks = cpu(lambda: list(scan_duplicate_blocks(store, filters=filters)))
    batches = [batch for block in blocks for batch in block.lists()]
    n = max(1, sum(len(batch) for batch in batches))
    print(f"duplicates since {since}: {n:,} pairs among {store.count(filters):,} incidents")
    print(f"  find (scan_duplicate_blocks)           {seconds / n * 1e6:9.1f} µs a pair")

    def quietly(write: Callable[[], object]) -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            write()

    seconds, _ = cpu(lambda: quietly(lambda: _print_pairs(iter(batches), True, store, DEFAULT_DAYS)))
    print(f"  --json output (current)                {seconds / n * 1e6:9.1f} µs a pair")
    seconds, _ = cpu(lambda: quietly(lambda: print_pair_blocks(iter(blocks), store, DEFAULT_DAYS)))
    print(f"  table output now (cli/duplicate_table)  {seconds / n * 1e6:9.1f} µs a pair")
    pairs = list(iter_duplicate_pairs(store.conn, filters=filters))
    seconds, _ = cpu(lambda: [store.get(i) for p in pairs for i in (p.first, p.second)])
    print(f"  store.get of both incidents            {seconds / n * 1e6:9.1f} µs a pair")
    seconds, _ = cpu(lambda: plain_pairs_cached(pairs, store, io.StringIO()))
    print(f"  prototype plain lines, each incident formatted once {seconds / n * 1e6:6.1f} µs a pair")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=["stats", "export", "import", "duplicates"])
    parser.add_argument("--db", type=Path, help="A bench database (bench/make_bench_db.py, bench/growth.py).")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--csv", type=Path, help="import: the file to import (e.g. an export cut to N rows).")
    parser.add_argument("--into", type=Path, help="import: copy this database and import into the copy.")
    parser.add_argument("--profile", action="store_true", help="import: print the CPU profile of the current path.")
    parser.add_argument(
        "--since", default="2025-06-01", help="duplicates: only pairs from this date (bounds the Rich part)."
    )
    args = parser.parse_args()
    os.environ.setdefault("TRACKER_CACHE_DIR", str(Path(tempfile.gettempdir()) / "probe-hot-cache"))
    if args.probe == "import":
        if not args.csv:
            parser.error("import needs --csv FILE")
        probe_import(args.csv, args.runs, args.profile, args.into)
        return
    if not args.db:
        parser.error(f"{args.probe} needs --db FILE")
    {
        "stats": lambda: probe_stats(args.db, args.runs),
        "export": lambda: probe_export(args.db, args.runs),
        "duplicates": lambda: probe_duplicates(args.db, args.since),
    }[args.probe]()


if __name__ == "__main__":
    main()
