"""Several processes writing one database at once: every write lands, none waits in vain.

Real processes on a real file: four workers (``tests/_workers.py``) each run 150
``tracker add`` commands, starting together on a file that does not exist yet, while a
``tracker import`` of 2,000 incidents and separate ``tracker`` processes adding and
listing run alongside. ``TRACKER_STRESS=N`` multiplies
the adds per worker by N for a longer local run (docs/reliability.md has the figures).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import copy_of_built, installed_tracker

ROOT = Path(__file__).resolve().parent.parent
WORKERS = str(ROOT / "tests" / "_workers.py")
STRESS = int(os.environ.get("TRACKER_STRESS") or 1)
PROCESSES = 4
ADDS = 150 * STRESS
#: Separate ``tracker add`` and ``tracker list`` processes alongside: five of each at the
#: start, the rest paced over the remaining writes (a process costs ~0.35 s of CPU, and ten
#: at the start prove no more than five).
ALONGSIDE = 7
IMPORTED = 2000 * STRESS


def _env(db: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "TRACKER_DB": str(db), **extra}


def _worker(db: Path, *args: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, WORKERS, *args],
        env=_env(db, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def _tracker(db: Path, *args: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [installed_tracker(), *args],
        env=_env(db, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def _count_now(db: Path) -> int:
    """Incidents committed so far (0 while the file is still being created)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def bulk_csv(folder: Path, count: int) -> Path:
    """A CSV export of ``count`` incidents, each with a source, as 'tracker export' writes it
    (made once a session by two processes, then copied)."""
    folder.mkdir(exist_ok=True)
    return copy_of_built(
        f"bulk_csv {count}", folder / f"incidents-{count}.csv", lambda _: _make_bulk_csv(folder, count)
    )


def _make_bulk_csv(folder: Path, count: int) -> Path:
    source = folder / "source.db"
    made = subprocess.run(
        [sys.executable, WORKERS, "bulk", str(count)],
        env={**os.environ, "TRACKER_DB": str(source)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    out = folder / f"incidents-{count}.csv"
    exported = subprocess.run(
        [installed_tracker(), "--db", str(source), "export", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert exported.returncode == 0, exported.stderr
    return out


@pytest.mark.slow
def test_four_processes_adding_at_once_lose_nothing(disk_path):
    big = bulk_csv(disk_path / "export", IMPORTED)
    db = disk_path / "shared.db"  # does not exist yet: the first writers race to create it
    workers = [_worker(db, "adds", str(ADDS), f"w{k}") for k in range(PROCESSES)]
    while _count_now(db) < 20:  # the import starts once the adds are under way
        time.sleep(0.05)
    importer = _tracker(db, "import", str(big))  # a script importing while the others add
    # Alongside: separate tracker processes, as analysts at other desks would run them.
    extra_adds, readers = [], []
    while any(w.poll() is None for w in workers):
        if len(extra_adds) < ALONGSIDE:
            description = f"desk-{len(extra_adds)}"
            extra_adds.append(
                _tracker(
                    db,
                    "add",
                    "--date",
                    "2025-12-01",
                    "--country",
                    "AF",
                    "--type",
                    "riots",
                    "--description",
                    description,
                )
            )
        # (a reader started in the instant the file is created, still empty, is told so: see docs)
        if db.exists() and (db.stat().st_size or Path(f"{db}-wal").exists()) and len(readers) < ALONGSIDE:
            readers.append(_tracker(db, "list", "--json", "--limit", "5"))
        # Five of each start quickly (the adds may finish within a second or two on an idle
        # machine); the rest are paced out over the remaining writes.
        time.sleep(0.3 if len(readers) >= 5 and len(extra_adds) >= 5 else 0.05)
    reports = []
    for worker in workers:
        out, err = worker.communicate()
        assert worker.returncode == 0, err
        reports.append(json.loads(out))
    assert [r["failures"] for r in reports] == [[]] * PROCESSES
    out, err = importer.communicate()
    assert importer.returncode == 0, err
    assert f"Imported {big.name}: {IMPORTED:,} added" in err
    assert len(readers) >= 5 and len(extra_adds) >= 5  # they did run alongside
    for process in extra_adds + readers:
        out, err = process.communicate()
        assert process.returncode == 0, err
        assert "locked" not in err and "busy" not in err
    conn = sqlite3.connect(db)
    descriptions = [row[0] for row in conn.execute("SELECT description FROM incidents ORDER BY id")]
    total = PROCESSES * ADDS + len(extra_adds) + IMPORTED
    assert len(descriptions) == total >= 2600
    expected = {f"w{k}-{i}" for k in range(PROCESSES) for i in range(ADDS)}
    expected |= {f"desk-{i}" for i in range(len(extra_adds))}
    expected |= {f"bulk-{i}" for i in range(IMPORTED)}
    assert set(descriptions) == expected  # none lost, none twice
    ids = [row[0] for row in conn.execute("SELECT id FROM incidents ORDER BY id")]
    assert ids == list(range(1, total + 1))
    first, last = conn.execute("SELECT min(id), max(id) FROM incidents WHERE description LIKE 'bulk-%'").fetchone()
    assert last - first + 1 == IMPORTED  # the import is one transaction: its ids are contiguous
    assert first > 1 and last < total  # and it really ran in the middle of the adds
    assert conn.execute("SELECT count(*) FROM history WHERE action = 'create'").fetchone()[0] == total
    assert conn.execute("SELECT count(*) FROM incidents_fts").fetchone()[0] == total
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert _integrity(db) == "ok"


def test_a_writer_waits_for_another_writer_to_finish(example_db):
    holder = _worker(example_db, "hold", "1.5")
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    add = _tracker(example_db, "add", "--date", "2025-12-02", "--country", "TJ", "--type", "battles")
    out, err = add.communicate()
    waited = time.monotonic() - started
    assert add.returncode == 0, err
    assert out == "3\n"
    assert waited > 0.5  # it really waited for the lock, and then wrote
    holder.communicate()
    assert holder.returncode == 0


def test_a_lock_held_too_long_is_one_clear_error_and_nothing_changes(example_db, file_digest):
    # Held until the test ends it, not for a set time: on a loaded machine (tests run in
    # parallel) starting the tracker can take longer than any short hold.
    holder = _worker(example_db, "hold", "60")
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    add = _tracker(
        example_db, "add", "--date", "2025-12-02", "--country", "TJ", "--type", "battles", TRACKER_BUSY_TIMEOUT="0.3"
    )
    out, err = add.communicate()
    assert add.returncode == 1
    assert out == ""
    assert err == (
        "Error: Database error: the database stayed busy for 0.3 s (another process is writing to it). "
        "Nothing was changed; try again, or wait longer with TRACKER_BUSY_TIMEOUT=SECONDS.\n"
    )
    holder.kill()  # its own write is rolled back with it
    holder.communicate()
    conn = sqlite3.connect(example_db)
    assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 2
    conn.close()


def test_bad_busy_timeout_is_bad_input(example_db, run, monkeypatch):
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "soon")
    result = run("list", expect=2)
    assert result.stderr == "Error: TRACKER_BUSY_TIMEOUT must be a number of seconds (e.g. 60), not 'soon'.\n"


def test_an_edit_racing_another_write_is_refused_not_misrecorded(example_db):
    """Between edit reading incident 1 and writing it, another process's edit commits.

    The second edit must not record a stale "old value" in the history: it is refused,
    whole, with one clear error. (A real second connection writes in between.)
    """
    from incident_tracker.errors import ConflictError
    from incident_tracker.store import IncidentStore

    class Racing(IncidentStore):
        def stored(self, incident_id: int) -> dict:  # what a write reads
            record = super().stored(incident_id)
            other = IncidentStore.open(example_db)
            other.edit(incident_id, {"killed": "5"}, reason="the other analyst")
            other.close()
            return record

    store = Racing.open(example_db)
    before = [row for row in store.conn.execute("SELECT count(*) FROM history")]
    with pytest.raises(ConflictError, match="changed by another process"):
        store.edit(1, {"killed": "4"}, reason="mine")
    after_history = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    assert after_history == before[0][0] + 1  # only the other analyst's edit
    assert IncidentStore.get(store, 1)["killed"] == 5
    store.close()


# --- a brand-new file that another process is giving its schema (conc30) ------------------------------------------
#
# The fresh-clone CI once saw one of four `tracker add` started together on a new file refused as "not an
# incident-tracker one": it read no tables, the creator committed, and its next read found the schema. These drive that
# interleaving by hand, deterministically: a real second connection holds its schema-making write transaction open, and
# commits it at a chosen statement of the opening connection (SQLite's own trace callback, set on the connection
# `database._open` returns: it runs before each statement does).


def _creating(path: Path, schema: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    """A second connection in the middle of giving ``path`` a schema: its write transaction open, not committed.
    Its busy timeout is 0: a commit the other's read lock blocks fails at once (and is tried again)."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    schema(other)
    return other


def _ours(conn: sqlite3.Connection) -> None:
    from sqlite_utils import Database

    from incident_tracker.store.migrations import migrations

    migrations.apply(Database(conn, execute_plugins=False))


def _commit_when(other: sqlite3.Connection, ready: Callable[[list[str]], bool]) -> Callable[[str], None]:
    """The opening connection's trace callback: before each of its statements, commit ``other`` once ``ready``
    (the statements so far, this one last) says so; a commit still blocked is tried at the next statement."""
    seen: list[str] = []

    def on_statement(sql: str) -> None:
        seen.append(sql)
        if other.in_transaction and ready(seen):
            with contextlib.suppress(sqlite3.OperationalError):
                other.execute("COMMIT")

    return on_statement


def _traced_open(monkeypatch: pytest.MonkeyPatch, on_statement: Callable[[str], None]) -> None:
    from incident_tracker.store import database

    real = database._open

    def traced(path: Path) -> database.TrackerConnection:
        conn = real(path)
        conn.set_trace_callback(on_statement)
        return conn

    monkeypatch.setattr(database, "_open", traced)
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "5")  # a wait that cannot end fails in 5 s, not 60


def _after_the_first_look(seen: list[str]) -> bool:
    return any("sqlite_master" in sql for sql in seen[:-1])


def _at_the_write_lock(seen: list[str]) -> bool:
    return seen[-1].startswith("BEGIN IMMEDIATE")


def test_a_new_file_whose_schema_commits_between_the_openers_reads_is_opened(tmp_path, monkeypatch):
    """Before: `… is a SQLite database but not an incident-tracker one` — the first read saw no tables, the second
    (`count(*) FROM sqlite_master`, after the commit) saw 77 rows, so the file looked claimed by another program."""
    from incident_tracker.store.database import connect
    from incident_tracker.store.migrations import known_migration_names

    db = tmp_path / "new.db"
    other = _creating(db, _ours)
    _traced_open(monkeypatch, _commit_when(other, _after_the_first_look))
    conn = connect(db)
    assert not other.in_transaction  # the creator did commit while this one was opening
    conn.set_trace_callback(None)
    applied = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    assert applied == known_migration_names()
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(applied)  # made once
    conn.close()
    other.close()


def _theirs(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('mine')")


def _newer(conn: sqlite3.Connection) -> None:
    _ours(conn)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 ["incident_tracker", "m999_from_the_future", "2030-01-01"])  # fmt: skip


@pytest.mark.parametrize(
    ("schema", "said"),
    [
        (_theirs, "is a SQLite database but not an incident-tracker one; it was left untouched."),
        (_newer, "was written by a newer version of incident-tracker (unknown migrations: m999_from_the_future)"),
    ],
    ids=["another program's", "a newer version's"],
)
def test_a_new_file_given_a_schema_before_the_write_lock_is_judged_again_under_it(tmp_path, monkeypatch, schema, said):
    """Seen empty, then given another program's tables (or a newer tracker's schema) just before this opener took the
    write lock. Before: it wrote our schema beside the other program's table, or opened the newer file as its own."""
    from incident_tracker.errors import DatabaseError
    from incident_tracker.store.database import connect

    db = tmp_path / "new.db"
    other = _creating(db, schema)
    _traced_open(monkeypatch, _commit_when(other, _at_the_write_lock))
    with pytest.raises(DatabaseError, match=re.escape(said)):
        connect(db)
    assert not other.in_transaction
    before = other.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    other.close()
    check = sqlite3.connect(db)
    assert check.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == before  # untouched
    if schema is _theirs:
        assert [row[1] for row in before] == ["notes"]
    check.close()
