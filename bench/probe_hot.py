"""Where the time of stats, export, import and duplicates goes, and what a candidate fix saves.

Usage: python bench/probe_hot.py {stats,export,import,duplicates} --db FILE [options]

Each probe runs the library's current code and a prototype of a fix in the same process,
on the same file, in turn (A B A B), and prints CPU seconds (``time.process_time``, which
the other jobs of a shared machine disturb less than the wall clock) and their ratio.
Prototypes live here, outside ``src/``: they monkeypatch or re-implement one hot path with
the same output, which each probe checks (byte-identical CSV, equal query results, equal
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


def _escape(column: str) -> str:
    return f"replace(replace({column}, '\\', '\\\\'), ';', '\\;')"


def export_prototype_sql() -> tuple[list[str], str]:
    """The statements that fill the temporary tables, and the export SELECT joining them."""
    from incident_tracker.models import INCIDENT_FIELDS
    from incident_tracker.store.incidents import SOURCE_FIELDS

    source = ", ".join(f"'{f}', s.{f}" for f in SOURCE_FIELDS)
    prepare = [
        *(f"DROP TABLE IF EXISTS temp.x_{t}" for t in ("weapons", "tags", "sources", "links")),
        *(
            f"CREATE TABLE temp.x_{t} (incident_id INTEGER PRIMARY KEY, cell TEXT)"
            for t in ("weapons", "tags", "sources", "links")
        ),
        f"INSERT INTO temp.x_weapons SELECT incident_id, group_concat({_escape('weapon')}, '; ') "
        "FROM (SELECT incident_id, weapon FROM incident_weapons ORDER BY incident_id, rowid) GROUP BY incident_id",
        f"INSERT INTO temp.x_tags SELECT incident_id, group_concat({_escape('tag')}, '; ') "
        "FROM (SELECT incident_id, tag FROM incident_tags ORDER BY incident_id, rowid) GROUP BY incident_id",
        f"INSERT INTO temp.x_sources SELECT incident_id, json_group_array(json_object({source})) "
        "FROM (SELECT * FROM sources ORDER BY incident_id, id) AS s GROUP BY incident_id",
        "INSERT INTO temp.x_links SELECT me, "
        "group_concat(kind || ':' || (SELECT uid FROM incidents WHERE id = other), '; ') "
        "FROM (SELECT incident_id AS me, other_id AS other, kind, id FROM links UNION ALL "
        "SELECT other_id, incident_id, CASE kind WHEN 'duplicate_of' THEN 'duplicated_by' ELSE kind END, id FROM links "
        "ORDER BY 1, 4) GROUP BY me",
    ]
    columns = ", ".join(
        "xw.cell AS weapons"
        if c == "weapons"
        else "xt.cell AS tags"
        if c == "tags"
        else "CASE i.civilian_targeting WHEN 1 THEN 'true' WHEN 0 THEN 'false' END AS civilian_targeting"
        if c == "civilian_targeting"
        else "i." + c
        for c in INCIDENT_FIELDS
    )
    select = (
        f"SELECT {columns}, xs.cell AS sources, xl.cell AS links FROM incidents AS i "
        "LEFT JOIN temp.x_weapons AS xw ON xw.incident_id = i.id LEFT JOIN temp.x_tags AS xt ON xt.incident_id = i.id "
        "LEFT JOIN temp.x_sources AS xs ON xs.incident_id = i.id LEFT JOIN temp.x_links AS xl ON xl.incident_id = i.id"
    )
    return prepare, select


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


def patch_before() -> Callable[[], None]:
    """Install the import's row checks as they were before its fast path (issue 17): the
    oracle of ``tests/test_import_fast.py`` (``tests/_import_reference.py``: ``row_to_values``
    per row, ``parse_sources`` then ``check_source``, ``normalize_record`` and ``check_record``
    without remembered answers, ``_stamp`` without them), and the default garbage collector
    thresholds. Returns the function that takes them out again."""
    import contextlib

    import incident_tracker.exchange.importer as importer
    import incident_tracker.exchange.readers as readers
    import incident_tracker.store.records as records
    from incident_tracker.exchange.columns import row_to_values

    sys.path.insert(0, str(ROOT / "tests"))
    import _import_reference as ref

    def converter(header: list[str], *, safe: bool = True) -> Callable[[list[str]], dict[str, Any]]:
        return lambda cells: ref.row_to_values(dict(zip(header, cells, strict=True)), safe=safe)

    def sources(value: Any, check: Callable[[dict[str, Any]], dict[str, Any]]) -> list[dict[str, Any]]:
        return [ref.check_source(source) for source in ref.parse_sources(value)]

    class GeneralOnly(importer.RowPlan):  # the plan of a CSV header answers no row: all go the general way
        def __init__(self, header: list[str], *, safe: bool = True) -> None:
            super().__init__(header, safe=safe)
            self.convert = converter(header, safe=safe)

        def parse(self, cells: list[str]) -> None:
            return None

    saved = {
        (readers, "row_converter"): readers.row_converter,
        (importer, "RowPlan"): importer.RowPlan,
        (importer, "checked_sources"): importer.checked_sources,
        (importer, "normalize_record"): importer.normalize_record,
        (importer, "checked_stamp"): importer.checked_stamp,
        (importer, "_fewer_collections"): importer._fewer_collections,
        (records, "check_record"): records.check_record,
    }
    replacements = {
        (readers, "row_converter"): converter,
        (importer, "RowPlan"): GeneralOnly,
        (importer, "checked_sources"): sources,
        (importer, "normalize_record"): ref.normalize_record,
        (importer, "checked_stamp"): ref._stamp,
        (importer, "_fewer_collections"): contextlib.nullcontext,
        (records, "check_record"): ref.check_record,
    }
    assert row_to_values is not None  # the general function the fast converter replaced
    for (module, name), value in replacements.items():
        setattr(module, name, value)

    def undo() -> None:
        for (module, name), value in saved.items():
            setattr(module, name, value)

    return undo


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

_PAIR_COLUMNS = (
    "id, event_date, event_date_end, date_precision, location, place, country, killed, killed_low, killed_high"
)
_PAIR_NAMES = tuple(c.strip() for c in _PAIR_COLUMNS.split(","))


def plain_pairs(pairs: list[Any], store: IncidentStore, out: io.StringIO) -> None:
    """Prototype output for a file or pipe: one query per batch, one fixed-width line per incident."""
    from incident_tracker import models
    from incident_tracker.cli.render import place_label

    for start in range(0, len(pairs), 50):
        batch = pairs[start : start + 50]
        wanted = list({i for p in batch for i in (p.first, p.second) if i is not None})
        cursor = store.conn.execute(
            f"SELECT {_PAIR_COLUMNS} FROM incidents WHERE id IN ({', '.join('?' * len(wanted))})", wanted
        )
        names = [d[0] for d in cursor.description]
        records = {row[0]: dict(zip(names, row, strict=True)) for row in cursor}
        for pair in batch:
            for index, incident_id in enumerate((pair.first, pair.second)):
                r = records[incident_id]
                first = index == 0
                date = models.format_event_date(r["event_date"], r["event_date_end"], r["date_precision"])
                out.write(
                    f"{r['id']:>8}  {date:<12}  "
                    f"{place_label(r):<24}  {models.format_toll(r['killed'], r['killed_low'], r['killed_high']):>6}  "
                    f"{f'{pair.score:.2f}' if first else '':>5}  {'; '.join(pair.reasons) if first else ''}\n"
                )
            out.write("\n")


def plain_pairs_cached(pairs: list[Any], store: IncidentStore, out: io.StringIO) -> None:
    """As :func:`plain_pairs`, but each incident's line is formatted once and reused: in a dense
    file an incident is in ~17 pairs (1M bench), and its rows are read only when first met."""
    from incident_tracker import models
    from incident_tracker.cli.render import place_label

    lines: dict[int, str] = {}
    for start in range(0, len(pairs), 50):
        batch = pairs[start : start + 50]
        wanted = list({i for p in batch for i in (p.first, p.second) if i is not None and i not in lines})
        if wanted:
            marks = ", ".join("?" * len(wanted))
            cursor = store.conn.execute(f"SELECT {_PAIR_COLUMNS} FROM incidents WHERE id IN ({marks})", wanted)
            for row in cursor:
                r = dict(zip(_PAIR_NAMES, row, strict=True))
                date = models.format_event_date(r["event_date"], r["event_date_end"], r["date_precision"])
                toll = models.format_toll(r["killed"], r["killed_low"], r["killed_high"])
                lines[r["id"]] = f"{r['id']:>8}  {date:<12}  {place_label(r):<24}  {toll:>6}  "
            if len(lines) > 200_000:  # bounded memory: pairs come in date order, old incidents do not return
                lines = {i: lines[i] for i in {i for p in batch for i in (p.first, p.second)} if i in lines}
        write = out.write
        for pair in batch:
            write(f"{lines[pair.first]}{pair.score:>5.2f}  {'; '.join(pair.reasons)}\n{lines[pair.second]}\n\n")


def probe_duplicates(db: Path, since: str) -> None:
    from incident_tracker.cli.extract import _print_pairs
    from incident_tracker.store.duplicates import iter_duplicate_pairs

    store = IncidentStore.open(db, create=False)
    filters = Filters(since=since)
    seconds, pairs = cpu(lambda: list(iter_duplicate_pairs(store.conn, filters=filters)))
    n = max(1, len(pairs))
    print(f"duplicates since {since}: {len(pairs):,} pairs among {store.count(filters):,} incidents")
    print(f"  find (iter_duplicate_pairs)            {seconds / n * 1e6:9.1f} µs a pair")

    def output(as_json: bool) -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            _print_pairs(iter(pairs), as_json, store)

    seconds, _ = cpu(lambda: output(True))
    print(f"  --json output (current)                {seconds / n * 1e6:9.1f} µs a pair")
    seconds, _ = cpu(lambda: [store.get(i) for p in pairs for i in (p.first, p.second)])
    print(f"  store.get of both incidents (current)  {seconds / n * 1e6:9.1f} µs a pair")
    seconds, _ = cpu(lambda: output(False))
    print(f"  table output now (cli/duplicate_table)  {seconds / n * 1e6:9.1f} µs a pair")
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
