"""bench/probe_hot.py's duplicates probe runs against the command's own code paths as they are today
(it had imported a printer that had moved, and failed before printing a figure); its figures are not checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from make_bench_db import build  # noqa: E402


def test_the_duplicates_probe_measures_every_path(tmp_path: Path) -> None:
    path = tmp_path / "bench.db"
    build(path, 1500, seed=7)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "probe_hot.py"),
            "duplicates",
            "--db",
            str(path),
            "--since",
            "2000-01-01",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for fragment in ("pairs among", "find (scan_duplicate_blocks)", "--json output (current)", "table output now"):
        assert fragment in done.stdout
