"""``tracker backup`` and ``tracker check`` on real files, with writers running alongside."""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from conftest import installed_tracker
from test_concurrency import _worker
from test_crash import state

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_check_a_sound_database(example_db, run, file_digest):
    before = file_digest(example_db)
    result = run("check")
    assert result.stdout.splitlines() == [
        f"{example_db}: 2 incidents, 0 deleted, 3 sources, 5 history entries, 1 links, 0 places.",
        "ok       integrity",
        "ok       foreign keys",
        "ok       written by tracker",
        "ok       search index",
        "ok       stats summaries",
        "ok       history",
        "ok       every incident has a source",
    ]
    assert result.stderr == f"No problems found in {example_db}.\n"
    assert file_digest(example_db) == before


def test_incidents_without_sources_are_a_warning(example_db, run):
    run("add", "--date", "2025-12-01", "--country", "TJ", "--type", "battles", "--no-input")
    run("add", "--date", "2025-12-02", "--country", "TJ", "--type", "battles", "--no-input")
    report = json.loads(run("check", "--json").stdout)
    assert report["problems"] == []
    assert report["warnings"] == [
        {
            "check": "sources",
            "message": "2 incident(s) have no source (ids 3, 4): 'tracker source add ID URL' records where each "
            "claim comes from",
        },
        {
            "check": "attribution",
            "message": "2 incident(s) keep the default 'unattributed', not yet read (ids 3, 4): 'tracker list "
            "--default-attribution' lists them, 'tracker edit ID --attribution STATUS' settles one",
        },
    ]


def test_orphans_and_a_stale_search_index_are_problems(example_db, run, file_digest):
    conn = sqlite3.connect(example_db)  # foreign keys off, as any other program would write
    conn.execute("INSERT INTO sources (incident_id, outlet, added_at) VALUES (99, 'Ghost', '2025')")
    conn.execute("INSERT INTO incident_weapons (incident_id, weapon) VALUES (77, 'drone')")
    conn.execute("DELETE FROM incidents_fts WHERE rowid = 2")
    conn.commit()
    conn.close()
    before = file_digest(example_db)
    result = run("check", expect=1)
    problems = [line for line in result.stdout.splitlines() if line.startswith("PROBLEM")]
    assert problems == [
        "PROBLEM  orphans: 1 incident_weapons row(s) point at a missing row (rowids 5)",
        "PROBLEM  orphans: 1 sources row(s) point at a missing row (rowids 4)",
        "PROBLEM  search index: incidents_fts does not match the incidents it indexes: --search may miss or misreport",
    ]
    assert result.stderr == (
        f"Error: 3 problems in {example_db}. Restore it from a backup, or keep a copy and ask for help "
        "with the lines above.\n"
    )
    assert file_digest(example_db) == before


def test_check_finds_damage(example_db, run):
    conn = sqlite3.connect(example_db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    conn = sqlite3.connect(example_db)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'idx_incidents_event_date'").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with example_db.open("r+b") as handle:  # scramble one index page: the table rows stay readable
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\x00\xff" * (page_size // 2 - 4))
    result = run("check", expect=1)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "PROBLEM  integrity" in result.stdout or "damaged" in result.stderr


def test_backup_makes_a_checked_single_file_copy(example_db, run, tmp_path):
    dest = tmp_path / "backups" / "copy.db"
    dest.parent.mkdir()
    result = run("backup", str(dest))
    assert result.stdout == ""
    assert result.stderr == f"Backed up 2 incidents to {dest}.\n"
    assert state(dest) == state(example_db)
    assert dest.read_bytes()[18:20] == b"\x01\x01"  # not WAL: one self-contained file
    assert _files(dest.parent) == ["copy.db"]
    run("--db", str(dest), "check")


def test_backup_refuses_to_overwrite_without_force(example_db, run, tmp_path, file_digest):
    dest = tmp_path / "old-backup.db"
    dest.write_bytes(b"last week's backup")
    result = run("backup", str(dest), expect=2)
    assert result.stderr == (
        f"Error: Cannot write {dest}: it exists already. Nothing was written. Give --force to replace it, or "
        "choose another file name.\n"
    )
    assert dest.read_bytes() == b"last week's backup"
    run("backup", str(dest), "--force")
    assert state(dest) == state(example_db)


def test_backup_bad_destinations(example_db, run, tmp_path, file_digest):
    before = file_digest(example_db)
    missing = tmp_path / "nowhere" / "b.db"
    result = run("backup", str(missing), expect=2)
    assert result.stderr == f"Error: Cannot write {missing}: the folder {missing.parent} does not exist.\n"
    result = run("backup", str(example_db), "--force", expect=2)
    assert result.stderr == (
        f"Error: Cannot write {example_db}: it is the database itself. Nothing was written; choose another file name.\n"
    )
    result = run("--db", str(tmp_path / "absent.db"), "backup", str(tmp_path / "b.db"), expect=1)
    assert result.stderr.startswith("Error: No database at")
    assert file_digest(example_db) == before
    assert not (tmp_path / "absent.db").exists() and not (tmp_path / "b.db").exists()


def test_backup_into_a_folder_it_may_not_write_names_the_file_asked_for(example_db, run, tmp_path, monkeypatch):
    """A read-only folder refuses the temporary copy: the error names the backup the user
    gave (not '.b.db.x1y2.partial'), says nothing was written, and is one line (exit 1)."""
    import tempfile

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".b.db.abc123.partial"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)  # root may write any folder; the refusal is simulated
    destination = tmp_path / "b.db"
    result = run("--db", str(example_db), "backup", str(destination), expect=1)
    said = f"Cannot write {destination}: the folder {tmp_path} cannot be written (Permission denied)"
    assert result.stderr == f"Error: {said}. Nothing was written.\n"  # the folder named since probe21
    assert not destination.exists()


#: How many incidents the writers add between two copies of :func:`test_backup_while_others_write`.
_ADDS_BETWEEN_COPIES = 50


def _incidents_in(db: Path) -> int:
    """The incidents committed so far, read without a write (a read transaction of WAL)."""
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM incidents").fetchone()[0])


@pytest.mark.slow
def test_backup_while_others_write(example_db, tmp_path):
    """Two processes add 150 incidents each while backups are taken: every copy is whole.

    A copy is taken each time the writers have added another :data:`_ADDS_BETWEEN_COPIES` incidents (at most
    about 7), not back to back: a loaded machine slows the writers, and back to back it took more copies, each a
    process (14 at a load of 12, more the slower the writers went: probe25), which slowed the writers further."""
    writers = [_worker(example_db, "adds", "150", f"b{k}") for k in range(2)]
    env = {**os.environ, "TRACKER_DB": str(example_db)}
    copies = []
    last = -_ADDS_BETWEEN_COPIES
    while any(w.poll() is None for w in writers) or not copies:
        now = _incidents_in(example_db)
        if now < last + _ADDS_BETWEEN_COPIES and any(w.poll() is None for w in writers):
            time.sleep(0.2)
            continue
        last = now
        dest = tmp_path / f"backup-{len(copies)}.db"
        done = subprocess.run([installed_tracker(), "backup", str(dest)], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        copies.append(dest)
    for writer in writers:
        _, err = writer.communicate()
        assert writer.returncode == 0, err
    counts = []
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # each copy is a snapshot between two transactions: every add whole, with its history
        count, history = conn.execute(
            "SELECT count(*), (SELECT count(*) FROM history WHERE action = 'create') FROM incidents"
        ).fetchone()
        conn.close()
        assert count == history
        counts.append(count)
    assert counts == sorted(counts) and counts[0] >= 2 and counts[-1] <= 302
    assert len(copies) >= 2


def test_backup_onto_a_full_disk_leaves_nothing(example_db, tmp_path):
    dest = tmp_path / "full" / "b.db"
    dest.parent.mkdir()
    env = {**os.environ, "TRACKER_DB": str(example_db)}
    limit = example_db.stat().st_size // 2

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        [installed_tracker(), "backup", str(dest)], env=env, capture_output=True, text=True, preexec_fn=small_disk
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: Cannot back up to {dest}: ")
    assert len(done.stderr.splitlines()) == 1
    assert _files(dest.parent) == []


def test_backup_of_an_old_database_does_not_upgrade_it(tmp_path, run, file_digest):
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "release-0.1.0.db", old)
    before = file_digest(old)
    run("--db", str(old), "backup", str(tmp_path / "old-backup.db"))
    run("--db", str(old), "check")
    assert file_digest(old) == before


def test_backup_and_check_are_in_help(run):
    text = run("--help").stdout
    assert text.index("gazetteer") < text.index("check") < text.index("backup")
