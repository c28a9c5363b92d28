"""bench/run.py runs end to end at a small size and prints every row (its figures are not checked);
the growth table, which the smoke run fills at one size, is checked at two on measures made here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import growth  # noqa: E402


@pytest.mark.slow
def test_bench_smoke_prints_every_row(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke"],
        env={**os.environ, "TMPDIR": str(tmp_path)},  # its files in the session's folder (in memory where it can be)
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    for section in ("write", "start-up", "queries", "export", "memory"):
        assert f"| **{section}** |" in out
    for fragment in ("add_many", "`tracker --help`", "full-text search", "`tracker timeline`", "sqlite-utils rows"):
        assert fragment in out
    assert "## Growth: every command at each size" in out
    growth_rows = [line for line in out.splitlines() if line.startswith("| `tracker")]
    for case in growth.CASES:
        row = next(line for line in growth_rows if line.startswith(f"| {case.command} |"))
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[2] and "not run" not in row, f"{case.key}: no figure: {row}"
        assert "(" in cells[2] and "×)" in cells[2], f"{case.key}: not a measure against its baseline: {row}"


def test_growth_table_at_two_sizes_gives_each_command_its_growth() -> None:
    """The column the smoke run (one size) leaves out: time ratio ÷ size ratio, from the
    second largest size to the largest; for the import into the database, the time ratio."""
    small, large = growth.SizeResult(1000, 1000, "1 1 1"), growth.SizeResult(4000, 4000, "2 2 2")
    for step, case in enumerate(growth.CASES):
        small.measures[case.key] = growth.Measure(0.5 + step, 0.25, 1)
        large.measures[case.key] = growth.Measure((0.5 + step) * 8, 1.0, 1)  # 8× the time for 4× the data
    large.measures["import"] = growth.Measure(2.0, 1.0, 1, rate=2000.0, base_rate=4000.0)
    del large.measures["export"]
    lines = growth.table([small, large]).splitlines()
    assert lines[0].split("|")[-3].strip() == "growth 1k→4k ÷ data's"
    rows = {case.key: next(line for line in lines if line.startswith(f"| {case.command} |")) for case in growth.CASES}
    cells = {key: [cell.strip() for cell in row.strip("|").split("|")] for key, row in rows.items()}
    assert cells["list"][2:5] == ["500 ms vs 250 ms (2.00×)", "4.00 s vs 1.00 s (4.00×)", "2.00×"]
    assert cells["timeline"][4] == "2.00×"
    assert cells["import"][3] == "2,000/s vs 4,000/s (2.00×)"
    assert cells["export"][3:5] == ["not run at this size", ""]
    assert cells["import_into"][4] == "8.00× (time ratio: the same rows each time)"
    assert growth.growth_exponent([large], "list") is None
