"""bench/run.py runs end to end at a small size and prints every row (its figures are not checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import growth  # noqa: E402


@pytest.mark.slow
def test_bench_smoke_prints_every_row() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke"],
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
        assert all(cells[2:4]) and "not run" not in row, f"{case.key}: a size without a figure: {row}"
