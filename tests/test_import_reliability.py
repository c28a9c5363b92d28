"""``tracker import`` under stress: killed mid-way, on a full disk, fed hostile cells.

(An import alongside four processes adding is in ``test_concurrency.py``.) The same
machinery as the other reliability tests (``tests/_workers.py``): real processes on real
files. docs/reliability.md has the figures.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _workers import tracker
from conftest import installed_tracker
from test_concurrency import bulk_csv as _bulk_csv
from test_crash import WORKERS, Forks, _copy, state
from test_hostile_input import check_run, examples, hostile

BIG = 2000


@pytest.mark.slow
def test_sigkill_during_a_large_import_keeps_all_or_none(example_db, disk_path, run):
    big = _bulk_csv(disk_path / "export", BIG)
    run("list")
    before = state(example_db)
    done = _copy(example_db, disk_path / "runs", "done.db")
    report = json.loads(
        subprocess.run(
            [sys.executable, WORKERS, "killed-at", "0", "import", str(big)],
            env={**os.environ, "TRACKER_DB": str(done)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert report["exit"] == 0, report
    commit_at = report["commit_at"]
    after = state(done)
    assert len(after["incidents"]) == len(before["incidents"]) + BIG
    points = [1, 2, commit_at // 3, commit_at // 2, 2 * commit_at // 3, commit_at - 1, commit_at]
    print(f"import of {BIG}: {commit_at - 1} statements, then COMMIT; kill points {points}")
    with Forks() as forks:  # each kill point a real process, forked from one that imported the CLI
        for point in points:
            db = _copy(example_db, disk_path / "runs", f"kill-{point}.db")
            killed = forks.run(db, "killed-at", str(point), "import", str(big))
            assert killed.returncode == -signal.SIGKILL, (point, killed.stdout, killed.stderr)
            got = state(db)
            assert got["incidents"] == before["incidents"], f"killed at statement {point} of {commit_at}"
            assert got["sources"] == before["sources"] and got["fts"] == before["fts"]


@pytest.mark.slow
def test_a_disk_that_fills_up_during_an_import(example_db, tmp_path, run, file_digest):
    import resource

    big = _bulk_csv(tmp_path / "export", BIG)
    run("list")
    before = file_digest(example_db)
    limit = example_db.stat().st_size + 200_000

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [installed_tracker(), "import", str(big)],
        env={**os.environ, "TRACKER_DB": str(example_db)},
        capture_output=True,
        text=True,
        preexec_fn=small_disk,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert file_digest(example_db) == before


@pytest.fixture
def one_row(example_db, tmp_path) -> tuple[list[str], list[str], Path]:
    """The header and first row of an export of the example database, and a copy of it to import into."""
    out = tmp_path / "one.csv"
    code, _, err = tracker(["--db", str(example_db), "export", "-o", str(out), "--sort", "id"])
    assert code == 0, err
    with out.open(newline="", encoding="utf-8") as handle:
        header, row, *_ = list(csv.reader(handle))
    return header, row, example_db


@pytest.mark.slow
@examples(300)
@given(data=st.data(), value=hostile)
def test_import_with_any_value_in_any_cell(one_row, tmp_path, data, value):
    header, row, db = one_row
    column = data.draw(st.sampled_from(header), label="column")
    cells = list(row)
    cells[header.index(column)] = value
    if data.draw(st.booleans(), label="as a new incident"):
        cells[header.index("uid")] = ""
        cells[header.index("id")] = ""
    path = tmp_path / "hostile.csv"
    with path.open("w", newline="", encoding="utf-8", errors="surrogatepass") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerow(cells)
    check_run(db, ["import", str(path)])


def test_a_refused_or_dry_run_import_leaves_a_rollback_journal_file_byte_for_byte(tmp_path, run, file_digest):
    """The shipped database, an old one or a backup is not in WAL mode: a write that does
    not happen must not switch it (the switch waits for a committed write)."""
    db = tmp_path / "incidents.db"
    shutil.copy(Path(__file__).resolve().parent.parent / "incidents.db", db)
    good = tmp_path / "good.csv"
    run("--db", str(db), "export", "-o", str(good))
    bad = tmp_path / "bad.csv"
    bad.write_text(good.read_text(encoding="utf-8").replace("2025-11-24", "2025-02-30", 1), encoding="utf-8")
    before = file_digest(db)
    run("--db", str(db), "import", str(good), "--dry-run")
    result = run("--db", str(db), "import", str(bad), expect=2)
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1, result.stderr
    run("--db", str(db), "edit", "1", "--killed", "-1", expect=2)
    assert file_digest(db) == before
    assert db.read_bytes()[18:20] == b"\x01\x01"
    run("--db", str(db), "edit", "1", "--notes", "checked", "--reason", "test")
    assert db.read_bytes()[18:20] == b"\x02\x02"  # a write that happened: WAL from now on
