"""probe20's leftovers (probe21): an empty value given to extract's source options, a folder made read-only
while a backup is copied, a staging folder's name in an error, a log out of a reader's reach, counts grouped as
the tables group them, and a signal between a command's write and its last line.

Each failed against main's ``src`` before this branch (docs/reliability.md, the fifth pass)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import add_a_battle, one_error_line, signals_at_start
from incident_tracker.errors import DatabaseError, TrackerError, ValidationError
from incident_tracker.exchange.files import output_target
from incident_tracker.exchange.import_rows import ImportSummary
from incident_tracker.exchange.placing import staged_folder

Run = Callable[..., Result]


@contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """``folder`` made read-only as its owner or an administrator could: its write bits taken (a user), or a
    read-only bind mount over it (root, whom permission bits do not stop); skipped where neither can be done."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("root, and no bind mount here to make a folder read-only")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True).returncode:
            pytest.skip("root, and no read-only remount here")
        yield
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


@pytest.mark.parametrize("option", ["--source", "--outlet", "--headline"])
def test_an_empty_source_option_of_extract_is_refused(run: Run, tmp_path: Path, option: str) -> None:
    """Before: `extract --add --yes --source ''` stored the drafts with no source, as if the option were left out
    (probe20 left it): a script's unset variable. Now refused, as every other option's empty value is."""
    db = tmp_path / "x.db"
    text = "Two soldiers were killed in Khorog on 24 November 2025.\n"
    result = run("--db", str(db), "extract", "-", option, "", "--add", "--yes", input=text, expect=2)
    assert one_error_line(result) == f"Error: {option} was given an empty value: give one, or leave {option} out."
    assert not db.exists()


def test_counts_in_the_import_line_are_grouped() -> None:
    """Before: `Imported rows.csv: 10000 added, …` where every table says 10,000."""
    summary = ImportSummary()
    summary.added, summary.rejected, summary.history_added = 10000, 1200, 25000
    said = ["10,000 added", "0 updated", "0 unchanged", "1,200 rejected", "25,000 history rows added"]
    assert summary.counts() == said


def test_the_count_of_a_long_list_is_grouped(run: Run, tmp_path: Path) -> None:
    """Before: `1000 incidents (all incidents).` under a table whose figures are grouped."""
    rows = tmp_path / "rows.csv"
    body = "".join(f"2025-01-{1 + i % 28:02d},TJ,Battles,{i}\n" for i in range(1000))
    rows.write_text("event_date,country,event_type,killed\n" + body, encoding="utf-8")
    imported = run("import", str(rows))
    assert "Imported rows.csv: 1,000 added" in imported.stderr
    listed = run("list", "-n", "0", "--csv")
    assert listed.stdout.count("\n") == 1001
    exported = run("export", "-o", str(tmp_path / "all.csv"))
    assert exported.stderr == f"Wrote 1,000 incidents to {tmp_path / 'all.csv'}.\n"


def test_a_folder_made_read_only_while_a_backup_is_copied_is_said_so(run: Run, db_path: Path, tmp_path: Path) -> None:
    """Before: SQLite's `disk I/O error: is it full …?` (or `the file or its folder is read-only`), and the partial
    copy the folder now keeps unsaid. The copy is made into a temporary file the folder already holds, as when the
    folder is made read-only (`chattr +i`, `chmod a-w`, a remount) in the middle of the copy."""
    from incident_tracker.store.backup import _copy_into
    from incident_tracker.store.database import connect

    add_a_battle(run)
    folder = tmp_path / "D"
    folder.mkdir()
    target = output_target(folder / "b.db")
    handle, name = tempfile.mkstemp(dir=folder, prefix=".b.db.", suffix=".partial")
    os.close(handle)
    conn = connect(db_path, create=False, migrate=False)
    try:
        with _read_only(folder), pytest.raises(TrackerError) as raised:
            _copy_into(conn, Path(name), target)
    finally:
        conn.close()
    said = str(raised.value)
    assert said.startswith(f"Cannot back up to {folder / 'b.db'}: the folder {folder} became read-only"), said
    assert "is it full" not in said and "\n" not in said
    left = sorted(p.name for p in folder.iterdir())
    assert not (folder / "b.db").exists()
    assert all(leftover in said for leftover in left if leftover.endswith(".partial"))


def test_a_backup_into_a_read_only_folder_names_the_folder(run: Run, tmp_path: Path) -> None:
    """Before: `Cannot write D/b.db: Read-only file system.` (or `Operation not permitted`): what may not be written
    was left to guess. The folder is named now, as the user gave it."""
    add_a_battle(run)
    folder = tmp_path / "D"
    folder.mkdir()
    with _read_only(folder):
        line = one_error_line(run("backup", str(folder / "b.db"), expect=1))
        assert os.listdir(folder) == []
    assert line.startswith(f"Error: Cannot write {folder / 'b.db'}: the folder {folder} cannot be written ("), line


def test_a_staging_folder_named_on_its_own_becomes_the_users_folder(tmp_path: Path) -> None:
    """Before: a brief whose folder went while it drew said `the folder …/D/.b.md.2097.x3k does not exist`: our
    hidden staging folder, not the folder the user named."""
    folder = tmp_path / "D"
    folder.mkdir()
    with pytest.raises(ValidationError) as raised, staged_folder(folder / "b.md") as staging:
        shutil.rmtree(folder)
        output_target(staging / "b-map.png")
    assert str(raised.value) == f"Cannot write {folder / 'b-map.png'}: the folder {folder} does not exist."


def test_a_log_out_of_the_readers_reach_is_said_as_such(run: Run, tmp_path: Path) -> None:
    """Before: a `-wal` a writer left without its `-shm`, in a folder the reader may not write: `unable to open
    database file (is the folder there, and may you read it?)`, where the file and its folder are both readable."""
    folder = tmp_path / "W"
    folder.mkdir()
    db = folder / "w.db"
    run("--db", str(db), "add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input")
    writer = subprocess.run(
        [sys.executable, "-c", "import os, sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute(\"UPDATE incidents SET notes = 'in the log' WHERE id = 1\")\nos._exit(9)", str(db)],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert writer.returncode == 9 and Path(f"{db}-wal").stat().st_size > 0
    Path(f"{db}-shm").unlink()
    before = sorted(os.listdir(folder))
    with _read_only(folder):
        line = one_error_line(run("--db", str(db), "show", "1", expect=1))
        assert sorted(os.listdir(folder)) == before
    assert "its log w.db-wal holds changes not yet in the file" in line and "may you read it" not in line
    assert sqlite3.connect(db).execute("SELECT notes FROM incidents").fetchone() == ("in the log",)


_APP = "import sys\nfrom incident_tracker.cli import app\nsys.argv[0] = 'tracker'\napp()\n"


def _full_pipe() -> tuple[int, int]:
    """A pipe whose buffer is full: a child given its write end as stderr blocks on its first line."""
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    try:
        while True:
            os.write(write_end, b"x" * 4096)
    except BlockingIOError:
        pass
    os.set_blocking(write_end, True)
    return read_end, write_end


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_signal_as_the_success_line_is_written_does_not_contradict_it(run: Run, tmp_path: Path, command: str) -> None:
    """Before: the file written, then SIGTERM while `Wrote 1 incident to …` was being written (a reader slow to
    take stderr: a full pipe holds the line back) ended `Error: Terminated (SIGTERM): stopped.` (143): a script's
    `|| echo failed` called a finished export a failure. Now the signals are ignored from the moment the file is in
    place: exit 0, the one success line."""
    add_a_battle(run)
    out = tmp_path / ("out.csv" if command == "export" else "copy.db")
    args = ["export", "-o", str(out)] if command == "export" else ["backup", str(out)]
    read_end, write_end = _full_pipe()
    env = {**os.environ, "TRACKER_DB": str(tmp_path / "incidents.db")}
    child = subprocess.Popen(
        [sys.executable, "-c", signals_at_start() + _APP, *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=write_end, env=env,
    )  # fmt: skip
    os.close(write_end)
    try:
        deadline = time.monotonic() + 60
        while not out.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert out.exists(), "the command did not write its file"
        time.sleep(0.3)  # at its last line, held back by the full pipe
        child.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        with os.fdopen(read_end, "rb") as pipe:
            said = pipe.read().lstrip(b"x").decode()
        assert child.wait(60) == 0, said
    finally:
        if child.poll() is None:
            child.kill()
    assert said.startswith(("Wrote 1 incident to", "Backed up 1 incident to")) and "Error" not in said, said


def test_a_database_error_still_names_the_user_path_when_no_log_is_left(tmp_path: Path) -> None:
    """What held: a folder the reader may not write, with no `-wal` in it, is read (immutable) and keeps no file."""
    from incident_tracker.store.database import connect

    folder = tmp_path / "R"
    folder.mkdir()
    db = folder / "r.db"
    connect(db, create=True).close()
    with _read_only(folder):
        conn = connect(db, create=False)
        try:
            assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
        finally:
            conn.close()
        assert sorted(os.listdir(folder)) == ["r.db"]
    with pytest.raises(DatabaseError):
        connect(tmp_path / "none.db", create=False)
