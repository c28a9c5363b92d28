"""A process killed (SIGKILL) in the middle of a write leaves all of it or none of it.

Real processes, really killed: ``tests/_workers.py killed-at K …`` runs a command and
sends itself SIGKILL just as the K-th SQL statement of its write transaction is about
to run, for every statement of an ``edit``, and at spread-out statements of a
1,000-incident write in one transaction; other runs are killed at random moments.
After each kill the file must pass ``PRAGMA integrity_check`` and the FTS index's own
check, and hold exactly the state before or exactly the state after the write.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKERS = str(ROOT / "tests" / "_workers.py")
STRESS = int(os.environ.get("TRACKER_STRESS") or 1)

EDIT = ["edit", "1", "--killed", "9", "--weapon", "drone", "--weapon", "firearms", "--tag", "revised"]
EDIT += ["--description", "rewritten after the second report", "--reason", "crash test", "--json"]
BULK = 1000
VOLATILE = {"uid", "created_at", "updated_at"}


def _worker(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRACKER_DB": str(db)}
    return subprocess.run(
        [sys.executable, WORKERS, *args], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
    )


class Forks:
    """``tests/_workers.py serve``: workers forked from one process that imported the CLI
    once; :meth:`run` is :func:`_worker` without Python's start-up for each kill point.
    Use as a context manager (the server ends with it)."""

    def __enter__(self) -> Forks:
        self.server = subprocess.Popen(
            [sys.executable, WORKERS, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        return self

    def run(self, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
        assert self.server.stdin is not None and self.server.stdout is not None
        request = {"args": list(args), "env": {**os.environ, "TRACKER_DB": str(db)}}
        self.server.stdin.write(json.dumps(request) + "\n")
        self.server.stdin.flush()
        answer = json.loads(self.server.stdout.readline())
        return subprocess.CompletedProcess(args, answer["returncode"], answer["stdout"], answer["stderr"])

    def __exit__(self, *_: object) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        self.server.wait(timeout=30)


def state(db: Path) -> dict[str, Any]:
    """Everything an edit or an add touches, minus the clock; after checking the file is sound."""
    conn = sqlite3.connect(db)  # opening recovers from the killed writer's -wal, as tracker would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO incidents_fts (incidents_fts) VALUES ('integrity-check')")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(incidents)") if r[1] not in VOLATILE]
        return {
            "incidents": conn.execute(f"SELECT {', '.join(columns)} FROM incidents ORDER BY id").fetchall(),
            "history": conn.execute(
                "SELECT id, incident_id, action, field, old_value, new_value, reason FROM history ORDER BY id"
            ).fetchall(),
            "weapons": conn.execute("SELECT * FROM incident_weapons ORDER BY rowid").fetchall(),
            "tags": conn.execute("SELECT * FROM incident_tags ORDER BY rowid").fetchall(),
            "sources": conn.execute("SELECT id, incident_id, outlet, note FROM sources ORDER BY id").fetchall(),
            "fts": conn.execute("SELECT rowid, * FROM incidents_fts ORDER BY rowid").fetchall(),
        }
    finally:
        conn.close()


def _copy(template: Path, folder: Path, name: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    shutil.copy(template, path)
    return path


@pytest.mark.slow
def test_sigkill_at_every_statement_of_an_edit(example_db, disk_path, run):
    run("list")  # the fixture's database, closed: one whole file in WAL mode
    before = state(example_db)
    done = _copy(example_db, disk_path / "runs", "done.db")
    report = json.loads(_worker(done, "killed-at", "0", *EDIT).stdout)
    assert report["exit"] == 0, report
    after = state(done)
    assert after != before
    commit_at = report["commit_at"]
    assert commit_at > 10  # the edit is many statements: row, lists, history, search index
    print(f"edit: {commit_at - 1} statements, then COMMIT: {commit_at + 1} kill points")
    with Forks() as forks:  # each kill point a real process, forked from one that imported the CLI
        forked = json.loads(
            forks.run(_copy(example_db, disk_path / "runs", "forked.db"), "killed-at", "0", *EDIT).stdout
        )
        assert forked["commit_at"] == commit_at  # a forked worker makes the same statements
        for point in range(1, commit_at + 2):
            db = _copy(example_db, disk_path / "runs", f"kill-{point}.db")
            killed = forks.run(db, "killed-at", str(point), *EDIT)
            assert killed.returncode == -signal.SIGKILL, (point, killed.stdout, killed.stderr)
            expected = before if point <= commit_at else after  # killed at the COMMIT itself: not committed
            assert state(db) == expected, f"killed at statement {point} of {commit_at}"
            # and the tool carries on with the file
            result = run("--db", str(db), "show", "1", "--json")
            assert json.loads(result.stdout)["killed"] == (9 if point > commit_at else 3)


@pytest.mark.slow
def test_sigkill_during_a_big_write_keeps_all_or_none(example_db, disk_path, run):
    run("list")
    before = state(example_db)
    done = _copy(example_db, disk_path / "runs", "done.db")
    report = json.loads(_worker(done, "killed-at", "0", "bulk", str(BULK)).stdout)
    commit_at = report["commit_at"]
    after = state(done)
    assert len(after["incidents"]) == len(before["incidents"]) + BULK
    points = [1, 2, commit_at // 3, commit_at // 2, 2 * commit_at // 3, commit_at - 1, commit_at, commit_at + 1]
    with Forks() as forks:
        for point in points:
            db = _copy(example_db, disk_path / "runs", f"kill-{point}.db")
            killed = forks.run(db, "killed-at", str(point), "bulk", str(BULK))
            assert killed.returncode == -signal.SIGKILL, (point, killed.stderr)
            got = state(db)
            expected = before if point <= commit_at else after
            assert got["incidents"] == expected["incidents"], f"killed at statement {point} of {commit_at}"
            assert got["sources"] == expected["sources"] and got["fts"] == expected["fts"]
    # Killed at moments nobody chose: during start-up, the write, the commit's fsync, or after.
    chooser = random.Random(7)
    counts = []
    for attempt in range(3 * STRESS):
        db = _copy(example_db, disk_path / "runs", f"random-{attempt}.db")
        process = subprocess.Popen(
            [sys.executable, WORKERS, "bulk", str(BULK)],
            env={**os.environ, "TRACKER_DB": str(db)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chooser.uniform(0.2, 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        got = state(db)
        assert len(got["incidents"]) in (len(before["incidents"]), len(after["incidents"]))
        counts.append(len(got["incidents"]))
    # Print what the random kills found, for docs/reliability.md (pytest -s shows it).
    print(f"random kills: {counts}")
