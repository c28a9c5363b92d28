"""Files that are not what they seem: a clear one-line error, and nothing half-written.

Read-only files and folders are made real: with chmod when the tests run as a normal
user, and (since root may write anything chmod forbids) with a read-only bind mount in
a private mount namespace (``unshare -m``) when they run as root.
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import installed_tracker

ROOT = Path(__file__).resolve().parent.parent
ADD = ["add", "--date", "2025-12-02", "--country", "TJ", "--type", "battles", "--no-input"]


def _journal_mode(path: Path) -> str:
    """From the header (bytes 18-19 are 2 in WAL mode), without opening the database."""
    return "wal" if path.read_bytes()[18:20] == b"\x02\x02" else "delete"


def run_read_only(target: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``tracker ARGS`` in a real process that may not write ``target`` (a file or folder)."""
    command = [installed_tracker(), *args]
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd="/", check=False)
        finally:
            target.chmod(mode)
    probe = (
        subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False) if shutil.which("unshare") else None
    )
    if probe is None or probe.returncode != 0:
        pytest.skip("running as root without unshare -m: cannot make a file read-only for this process")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, str(target), *command],
        capture_output=True,
        text=True,
        cwd="/",
        check=False,
    )


@pytest.fixture(params=["delete", "wal"])
def journal_db(request, example_db, tmp_path) -> Path:
    """The example database alone in a folder, in rollback-journal or WAL mode."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "incidents.db"
    shutil.copy(example_db, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {request.param}")
    conn.close()
    assert _journal_mode(path) == request.param
    return path


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_read_only_database_is_readable_and_refuses_writes(journal_db, read_only, file_digest):
    target = journal_db if read_only == "file" else journal_db.parent
    before = file_digest(journal_db)
    listed = run_read_only(target, "--db", str(journal_db), "list", "--format", "csv", "--sort", "id")
    assert listed.returncode == 0, listed.stderr
    assert [line.split(",")[0] for line in listed.stdout.splitlines()] == ["id", "1", "2"]
    added = run_read_only(target, "--db", str(journal_db), *ADD)
    assert added.returncode == 1
    assert added.stdout == ""
    assert added.stderr == (
        f"Error: Cannot write to {journal_db}: the file or its folder is read-only. Nothing was changed.\n"
    )
    assert file_digest(journal_db) == before
    if read_only == "folder":
        assert sorted(p.name for p in journal_db.parent.iterdir()) == ["incidents.db"]


def test_reading_a_wal_database_changes_nothing_and_leaves_nothing(journal_db, run, file_digest):
    before = file_digest(journal_db)
    for args in (["list"], ["timeline", "--format", "table"], ["show", "1"], ["stats"], ["history", "1"]):
        run("--db", str(journal_db), *args)
        assert file_digest(journal_db) == before, args
        assert sorted(p.name for p in journal_db.parent.iterdir()) == ["incidents.db"], args


def test_a_write_leaves_one_whole_file_in_wal_mode(example_db, run):
    run(*ADD)
    assert _journal_mode(example_db) == "wal"
    assert sorted(p.name for p in example_db.parent.iterdir() if p.name.startswith("incidents")) == ["incidents.db"]


def test_empty_file_is_not_read_as_a_database_but_can_become_one(tmp_path, run):
    empty = tmp_path / "empty.db"
    empty.touch()
    for args in (["list"], ["timeline"], ["show", "1"], ["edit", "1", "--killed", "2"]):
        result = run("--db", str(empty), *args, expect=1)
        assert result.stderr == (
            f"Error: {empty} is an empty file, not a tracker database yet. "
            "'tracker add' records the first incident in it.\n"
        )
        assert empty.stat().st_size == 0
    run("--db", str(empty), *ADD)
    assert run("--db", str(empty), "list", "--format", "csv").stdout.count("\n") == 2


def _damage(path: Path, offset: int, length: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * length)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: _damage(p, 4096 * 2, 4096 * 6), id="pages-overwritten"),
        pytest.param(lambda p: os.truncate(p, p.stat().st_size // 3), id="truncated"),
        pytest.param(lambda p: _damage(p, 100, 200), id="schema-page"),
    ],
)
def test_damaged_database_is_one_clear_error(example_db, run, file_digest, damage):
    conn = sqlite3.connect(example_db)
    conn.execute("PRAGMA journal_mode = DELETE")  # one whole file, as a copied database would be
    conn.close()
    damage(example_db)
    before = file_digest(example_db)
    failures = 0
    for args in (["list"], ["show", "1"], ["timeline"], ADD):
        result = run(*args, expect=None)
        assert result.exit_code in (0, 1), result.stderr
        assert "Traceback" not in result.stderr
        if result.exit_code == 1:
            failures += 1
            (line,) = result.stderr.strip().splitlines()
            assert line.startswith("Error: ") and ("damaged" in line or "malformed" in line), line
            assert result.stdout == ""
    assert failures, "damage went unnoticed by every command"
    assert file_digest(example_db) == before


def test_path_in_a_missing_folder(tmp_path, run):
    missing = tmp_path / "no" / "such" / "folder" / "incidents.db"
    result = run("--db", str(missing), *ADD, expect=1)
    assert result.stderr == f"Error: Cannot create {missing}: the folder {missing.parent} does not exist.\n"
    assert not (tmp_path / "no").exists()


def _file_size_limit(limit: int) -> None:
    """In the child: files may not grow past ``limit`` bytes (EFBIG, as on a full disk)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_disk_that_fills_up_during_a_write(example_db, file_digest):
    """A real process whose writes stop at 60 kB: the write fails whole, the file is unchanged.

    RLIMIT_FSIZE makes the kernel refuse to grow any file past the limit, which SQLite sees
    exactly as it sees a full disk (a short or refused write); Python ignores the SIGXFSZ
    that comes with it, so the process lives to report it.
    """
    conn = sqlite3.connect(example_db)
    conn.execute("PRAGMA journal_mode = WAL")  # as after any write by this version
    conn.close()
    before = file_digest(example_db)
    env = {**os.environ, "TRACKER_DB": str(example_db)}
    result = subprocess.run(
        [installed_tracker(), *ADD, "--description", "x" * 100_000],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=lambda: _file_size_limit(60_000),
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: Database error: the disk refused a write")
    assert result.stderr.endswith("Nothing was changed; free some space and try again.\n")
    assert len(result.stderr.splitlines()) == 1
    assert file_digest(example_db) == before
    conn = sqlite3.connect(example_db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 2
    conn.close()


def test_shipped_database_is_one_self_contained_file():
    """Not WAL: README's first command reads it even from a read-only checkout."""
    assert _journal_mode(ROOT / "incidents.db") == "delete"


def test_a_disk_that_fills_up_during_a_big_write(example_db, tmp_path, run):
    """1,000 incidents in one transaction on a disk with ~200 kB left: none of them lands."""
    from test_crash import WORKERS, state

    run("list")
    before = state(example_db)
    limit = example_db.stat().st_size + 200_000
    env = {**os.environ, "TRACKER_DB": str(example_db)}
    result = subprocess.run(
        [sys.executable, WORKERS, "bulk", "1000"],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=lambda: _file_size_limit(limit),
        check=False,
    )
    assert result.returncode == 1  # the library raised: a Python caller sees sqlite3's error
    assert "disk I/O error" in result.stderr or "full" in result.stderr
    assert state(example_db) == before
