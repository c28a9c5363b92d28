"""What a long ``tracker list`` table costs, against the same rows as CSV, measured in one run.

    python bench/list_table.py DB                     # 1,000 and 5,000 rows, 160 columns, 3 rounds
    python bench/list_table.py DB --rows 2000 --columns 100 --rounds 5 --profile

Why: probe17 found a table of 50,000 incidents taking two to three minutes to draw (about 0.85 ms a row of CPU),
93 % of it inside Rich's layout, and left a fast list to a session of its own. This is the yardstick such a change
is measured by: the same command line drawn as a table (``list -n N``) and written as CSV (``list -n N --csv``,
the baseline: the same query, records and cells without the layout), alternately, in this process (CliRunner,
``NO_COLOR``, ``COLUMNS`` set), each the best CPU time (``time.process_time``) of ``--rounds``. Printed per size:
the table's and the CSV's time, the table's time a row, and the ratio table / CSV. A machine's load moves both; the
ratio is the figure to compare across runs. ``--profile`` also splits one table run by where its time goes
(cProfile, by file: Rich, ``report.table_fit``, ``report.text``, the rest).

DB: a database of at least the largest size's incidents, e.g. ``python bench/make_bench_db.py --rows 50000 --out
bench/out/bench50k.db``. Nothing is written to it.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from typer.testing import CliRunner  # noqa: E402

from incident_tracker.cli import app  # noqa: E402


def _run(database: Path, rows: int, csv: bool) -> float:
    """CPU seconds of one ``tracker list`` of ``rows`` rows (as a table, or as CSV)."""
    args = ["--db", str(database), "list", "-n", str(rows)] + (["--csv"] if csv else [])
    started = time.process_time()
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    spent = time.process_time() - started
    if result.exit_code != 0:
        raise SystemExit(f"tracker {' '.join(args)} failed: {result.stderr}")
    return spent


def _profile(database: Path, rows: int) -> None:
    """Where one table run spends its time, by the file its functions live in (own time)."""
    profiler = cProfile.Profile(time.process_time)  # CPU time: a loaded machine's waits are not the table's
    profiler.enable()
    CliRunner().invoke(app, ["--db", str(database), "list", "-n", str(rows)], catch_exceptions=False)
    profiler.disable()
    stats = pstats.Stats(profiler)
    parts: dict[str, float] = {}
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if f"{os.sep}rich{os.sep}" in filename:
            part = "rich"
        elif filename.endswith("table_fit.py"):
            part = "report.table_fit"
        elif filename.endswith(f"report{os.sep}text.py"):
            part = "report.text"
        else:
            part = "the rest"
        parts[part] = parts.get(part, 0.0) + own
    total = sum(parts.values()) or 1.0
    print(f"profile of a table of {rows:,} rows ({total:.2f} s of CPU under cProfile, own time by file):")
    for part, spent in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"  {part:18} {spent:7.2f} s  {spent / total:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--columns", type=int, default=160)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    options = parser.parse_args()
    os.environ["COLUMNS"] = str(options.columns)
    os.environ["NO_COLOR"] = "1"
    print(f"tracker list on {options.database}, {options.columns} columns, best CPU time of {options.rounds}")
    print(f"{'rows':>7} {'table s':>9} {'csv s':>8} {'ms/row':>7} {'table/csv':>9}")
    for rows in options.rows:
        table, csv = [], []
        for _ in range(options.rounds):  # alternately, so that a change of load falls on both
            table.append(_run(options.database, rows, csv=False))
            csv.append(_run(options.database, rows, csv=True))
        best_table, best_csv = min(table), min(csv)
        print(
            f"{rows:7,} {best_table:9.3f} {best_csv:8.3f} {best_table / rows * 1000:7.3f} {best_table / best_csv:9.1f}"
        )
    if options.profile:
        _profile(options.database, options.rows[-1])


if __name__ == "__main__":
    main()
