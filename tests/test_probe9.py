"""Session 16's hostile probe of output paths (probe9): files that exist, full disks,
a new database that could not be made, non-UTF-8 place files. Each test failed before
its fix; docs/reliability.md has the table."""

from __future__ import annotations

import csv
import os
import resource
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from conftest import installed_tracker

Run = Callable[..., Result]


def _size_limit(limit: int) -> Callable[[], None]:
    """In the child: no file may grow past ``limit`` bytes, which is how a full disk looks
    to a writer (the kernel refuses the write; Python ignores the SIGXFSZ)."""

    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


def _tracker(db: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [installed_tracker(), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        preexec_fn=_size_limit(limit) if limit is not None else None,
        check=False,
        timeout=120,
    )


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
    finally:
        conn.close()


def test_a_rejects_file_the_disk_refuses_undoes_the_import(example_db, tmp_path):
    """The rejects file's last rows reached the disk only after the import had committed, so a
    full disk then said 'Nothing was written' (exit 1) of an import whose rows were in the
    database. Now they are on the disk before the commit, and a refusal undoes the import."""
    source = tmp_path / "corrections.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event_date", "country", "event_type", "description"])
        writer.writerow(["2025-11-01", "TJ", "battles", "a good row"])
        writer.writerow(["no date", "TJ", "battles", "y" * 1_999_000])  # written straight through
        writer.writerow(["no date", "TJ", "battles", "z" * 2_000])  # kept in the buffer to the end
    before = _count(example_db)
    rejects = tmp_path / "rejected.csv"
    result = _tracker(example_db, "import", str(source), "--skip-invalid", "--rejects", str(rejects), limit=2_000_000)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"Error: Cannot write {rejects}: File too large. Nothing was written.\n"
    assert _count(example_db) == before  # the error is the truth: nothing was imported
    assert not rejects.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".rejected")] == []
