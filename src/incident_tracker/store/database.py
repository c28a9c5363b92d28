"""Opening a tracker database: checks first, then migrations.

A file that is not SQLite, is a SQLite database of some other program, or was
written by a newer version of incident-tracker is refused *before* anything is
written to it, so a mistyped ``--db`` can never damage someone else's file: judged
(:mod:`.recognition`) from one snapshot, and again under the write lock before a
migration writes.

Several processes on one computer may write one file at once (two analysts, a script
importing while someone adds by hand). Writers take the write lock up front
(``BEGIN IMMEDIATE``) and wait for it up to :data:`BUSY_TIMEOUT_S`; the file is put
in WAL mode after the first write commits, so readers never wait for writers. Reading never
writes: a read-only command leaves the file byte for byte as it was, and a file
(or folder) we may not write is opened read-only. docs/reliability.md has the
guarantees and the tests behind them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DatabaseError
from .recognition import MIGRATION_SET, refuse_foreign_or_newer, table_names
from .transactions import (
    BUSY_TIMEOUT_S,
    BUSY_TIMEOUT_VARIABLE,
    TrackerConnection,
    busy_timeout,
    explain,
    identity,
    mark_saved,
    rolled_back,
    rows,
    transaction,
)

__all__ = [
    "BUSY_TIMEOUT_S",
    "BUSY_TIMEOUT_VARIABLE",
    "MIGRATION_SET",
    "TrackerConnection",
    "busy_timeout",
    "connect",
    "connect_read_only",
    "default_path",
    "explain",
    "open_database",
    "rows",
    "table_names",
    "transaction",
]

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"


def default_path() -> Path:
    """``$TRACKER_DB`` if set, else the config file's ``database``, else ``./incidents.db``."""
    from ..config import value

    return Path(value("database")).expanduser()


def _shown(path: Path) -> str:
    """A path for a message: a 5 MB path from a broken config is cut short, not printed whole."""
    from .listing import cut_with_length  # only a message needs it: kept off every command's start-up

    return cut_with_length(str(path), 200)


def _exists(path: Path) -> bool:
    """Does the database path name something? Refuses paths no file can have (blank, NUL, far too long)."""
    if not str(path).strip():
        raise DatabaseError("The database path is empty: give a database file.", field="database")
    try:
        return path.exists()
    except ValueError:  # an embedded NUL
        raise DatabaseError(f"The database path {_shown(path)!r} contains a NUL character.") from None
    except OSError as exc:  # a name or path too long, …
        raise DatabaseError(f"Cannot use the database path {_shown(path)!r}: {exc.strerror}.") from None


def _control_character(path: Path) -> str | None:
    from ..models.text import control_character  # only when a new database is made

    return control_character(str(path))


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file. Give a database file.")
    if not path.is_file():  # a FIFO would block the read below forever; a device is no database
        raise DatabaseError(
            f"{path} is not a regular file (a device or a pipe?). Give a database file.", field="database"
        )
    if _sqlite_reads(path):
        return
    # SQLite could not read the first page as a database's, so no connection of this process can be in a
    # transaction on the file (its reads would fail the same way): our own read, which picks the message, drops
    # no lock that anyone relies on.
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror}.") from None
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not a SQLite database. Give a tracker database (or set TRACKER_DB).", field="database"
        )


def _sqlite_reads(path: Path) -> bool:
    """Whether SQLite itself reads the file's first page as a database's (an empty file is one).

    Asked of SQLite, not read with Python's ``open()``: on POSIX, closing *any* descriptor of a file
    drops every lock this process holds on it, SQLite's own included ("How To Corrupt An SQLite
    Database File", 2.2). A second store opened while a first one writes would have let another
    process take the first's write lock, and in WAL let another process's close delete the ``-wal``
    and ``-shm`` the first still wrote to (conc31). SQLite's own files keep a closed descriptor open
    while another connection of the process holds a lock. ``immutable``: no lock taken, no journal
    rolled back, no ``-wal`` or ``-shm`` made; the page is only looked at.
    """
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
    except (sqlite3.Error, OSError, ValueError):
        return False
    try:
        probe.execute("PRAGMA schema_version")
    except sqlite3.Error:
        return False
    finally:
        probe.close()
    return True


def _check_and_migrate(conn: sqlite3.Connection, path: Path, *, create: bool = True) -> None:
    """Refuse foreign or newer databases without writing; then apply what is pending.

    sqlite-utils (and its own imports) is loaded only when a migration is pending,
    which keeps every other command's start-up light. A file with no schema at all gets
    ours only from a command that may create a database (``create``): a reading command
    never writes one.
    """
    pending, blank = refuse_foreign_or_newer(conn, path)
    if not pending:
        return
    if not create and blank:
        raise DatabaseError(
            f"{path} is an empty SQLite database, not a tracker database yet; it was left untouched. "
            "'tracker add' records the first incident in it."
        )
    if getattr(conn, "read_only", False):
        raise DatabaseError(  # an empty file is no old one: "open it with the version that made it" misled (probe25)
            f"{path} is empty, and the file or its folder is read-only: no tracker database can be made in it. "
            "Nothing was written; give a file you can write to."
            if blank
            else f"{path} needs an upgrade to this version of incident-tracker, but the file or its folder "
            "is read-only. Copy it somewhere you can write to, or open it with the version that made it."
        )
    # Under the write lock, so that two processes opening a new file at once do not
    # both create the schema: the second finds nothing pending once it gets the lock.
    # The lock is taken before sqlite-utils is imported (~0.1 s), so that a new file
    # spends as little time as possible empty, before its write-ahead log exists.
    applied = False
    try:
        with transaction(conn, commands_write=False):  # the command's own write holds the signals, not this (probe23)
            # Judged again under the lock: since the first look another process may have made the file
            # ours (nothing left to do), a newer version's or another program's (refused, nothing written).
            if not refuse_foreign_or_newer(conn, path)[0]:
                return
            _apply_migrations(conn, path)
            applied = True
    except KeyboardInterrupt as stopped:
        if applied and not rolled_back(stopped):  # the signal came as the schema's COMMIT returned: it stands
            # a new (or empty) file is left a tracker database with no incident: said, not left unsaid (probe25)
            made = "made a new, empty tracker database" if blank else "upgraded to this version"
            mark_saved(stopped, f"{path} was {made} (it stands); the command did nothing else: run it again")
        raise
    # After the lock is released: an upgraded large file gets fresh planner statistics
    # (a new file has no incidents, so nothing runs).
    analyze_if_large(conn, conn.execute("SELECT count(*) FROM incidents").fetchone()[0])


def _apply_migrations(conn: sqlite3.Connection, path: Path) -> None:
    """The pending migrations, inside the caller's transaction; a file whose list of applied migrations
    disagrees with its tables is refused in one line."""
    from sqlite_utils import Database

    from .migrations import migrations

    try:
        migrations.apply(Database(conn, execute_plugins=False))
    except sqlite3.OperationalError as exc:
        if not str(exc).startswith(("duplicate column name", "table", "index", "trigger", "view")):
            raise
        # "table stats_cube already exists": a migration found its change made, so the file's list
        # of applied migrations is not what its tables say (edited by hand, or another program's).
        raise DatabaseError(
            f"Cannot upgrade {path}: a migration found its change already made ({exc}), so the file's "
            "list of applied migrations (_sqlite_migrations) was changed by another program. Nothing was "
            "changed; restore a backup, or open it with the version that made it."
        ) from None


#: A write of this many incidents (a bulk import, an upgrade of a large file) refreshes
#: the planner's statistics (:func:`analyze`).
ANALYZE_AFTER = 10_000


def analyze_if_large(conn: sqlite3.Connection, rows: int) -> None:
    """Refresh SQLite's planner statistics (``sqlite_stat1``) after a write of ``rows``
    incidents, if that is at least :data:`ANALYZE_AFTER`, from a sample of each index.

    Every common filter has an index the planner picks without statistics (the plans
    are checked by tests/test_query_plans.py), but with them it also knows which of two
    usable indexes is the narrower: measured on a million incidents, timelines filtered
    by attribution, by several countries or over one country's ten years ran 2–3× faster.
    ``analysis_limit`` bounds the work (0.7 s on a million rows); run after bulk imports
    and migrations of large files, when the data has changed the most. Small databases
    never get statistics: on a few hundred rows the planner needs none.
    """
    if rows >= ANALYZE_AFTER:
        _analyze(conn)


#: Page cache for bulk writes, in KiB as ``PRAGMA cache_size`` takes it (negative): 128 MiB.
BULK_CACHE_SIZE = -131072


@contextmanager
def bulk_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """Give a bulk write (``add_many``, an import) a 128 MiB page cache, then restore the old size.

    Each new row lands in a dozen indexes at scattered places; on a large file the
    default 2 MB page cache rereads their pages for every batch (measured on 1M
    incidents: 3–6k rows/s into the incidents table, 13–20k with this cache). The
    cache grows only as pages are read, and goes back to its size afterwards.
    """
    previous = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {BULK_CACHE_SIZE}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(previous)}")


def analyze_on_milestone(conn: sqlite3.Connection, incident_id: int) -> None:
    """The same for a database that grows one incident at a time: statistics are
    refreshed when the new incident's id is a multiple of :data:`ANALYZE_AFTER`, so a
    file built by ``tracker add`` alone still gets them, and keeps them current, at the
    cost of one bounded ``ANALYZE`` per 10,000 incidents."""
    if incident_id % ANALYZE_AFTER == 0:
        _analyze(conn)


def _analyze(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA analysis_limit = 1000")
    conn.execute("ANALYZE")


def connect(path: str | Path | None = None, *, create: bool = True, migrate: bool = True) -> sqlite3.Connection:
    """Open (and migrate) a tracker database; the connection manages its own transactions.

    ``create=False`` refuses a missing file instead of creating an empty database,
    which is what read-only commands want: a typo in ``--db`` should not leave a new
    empty file behind. ``migrate=False`` still refuses foreign and newer files but
    leaves an old one at its version (``tracker backup`` copies a file as it is).
    """
    db_path = Path(path) if path is not None else default_path()
    if _exists(db_path):
        _check_file(db_path)
        # Empty with no write-ahead log beside it: a WAL database can be all in its -wal
        # (a new file another process is creating right now), which is not empty at all.
        if not create and db_path.stat().st_size == 0 and not Path(f"{db_path}-wal").exists():
            raise DatabaseError(
                f"{db_path} is an empty file, not a tracker database yet. 'tracker add' records the first "
                "incident in it."
            )
    elif not create:
        raise DatabaseError(
            f"No database at {_shown(db_path)}. Record an incident with 'tracker add' to create one, "
            "or choose an existing database file (TRACKER_DB sets it)."
        )
    elif not _exists(db_path.parent):
        raise DatabaseError(f"Cannot create {_shown(db_path)}: the folder {_shown(db_path.parent)} does not exist.")
    elif found := _control_character(db_path):
        raise DatabaseError(
            f"Cannot create {_shown(db_path)!r}: its name holds a control character ({found!r}). Nothing was "
            "changed; choose a name without one (an existing database of such a name is still read).",
            field="database",
        )
    elif not os.access(db_path.parent, os.W_OK):  # a read-only mount or folder: SQLite says only "unable to open"
        raise DatabaseError(
            f"Cannot create {_shown(db_path)}: the folder {_shown(db_path.parent)} is read-only. Nothing was "
            "changed; choose a folder you may write in (TRACKER_DB names the database)."
        )
    created = not _exists(db_path)
    conn = _open(db_path)
    try:
        # FULL: a committed incident survives a power cut too, not only a crash of the
        # process (WAL's NORMAL would lose the last commits). One fsync per write.
        conn.execute("PRAGMA synchronous = FULL")
        if migrate:
            _check_and_migrate(conn, db_path, create=create)
        else:
            refuse_foreign_or_newer(conn, db_path)
        conn.execute("PRAGMA foreign_keys = ON")
    except DatabaseError:
        conn.close()
        if created:
            _remove_unborn(db_path)
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        if created and _remove_unborn(db_path):
            raise DatabaseError(f"Cannot create {_shown(db_path)}: {explain(exc)}") from None
        raise DatabaseError(_log_out_of_reach(db_path) or f"Cannot use {db_path}: {explain(exc)}") from None
    except BaseException:  # Ctrl-C or SIGTERM while the schema was made: a 0-byte file was left (probe20)
        conn.close()
        if created:
            _remove_unborn(db_path)
        raise
    return conn


def _log_out_of_reach(path: Path) -> str | None:
    """A ``-wal`` a stopped writer left, without its ``-shm``, in a folder we may not write: reading the log needs
    a ``-shm`` SQLite cannot make, said as "is the folder there, and may you read it?" before (probe21)."""
    if not (Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists() and not os.access(path.parent, os.W_OK)):
        return None
    return (
        f"Cannot read {_shown(path)}: its log {path.name}-wal holds changes not yet in the file, and reading them "
        f"needs a {path.name}-shm that only a user who may write the folder can make. Nothing was changed; "
        "run any tracker command on it once as such a user."
    )


def _remove_unborn(path: Path) -> bool:
    """Remove a database file this process created and could not give a schema (a full disk):
    an empty file left behind is no database, and the next reading command would stumble on it.

    Only while it is still empty: a file another process has meanwhile made into a database
    (its schema, or its write-ahead log, is there) is never touched. Returns whether it was removed.
    """
    try:
        if path.stat().st_size or Path(f"{path}-wal").exists():
            return False
        path.unlink()
    except OSError:
        return False
    Path(f"{path}-journal").unlink(missing_ok=True)
    return True


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection that reads an existing tracker database as it is: never created,
    migrated or written (``PRAGMA query_only``).

    Not ``mode=ro``: a read-only connection that closes after the command's own cannot
    remove the -wal and -shm files SQLite made beside a WAL database (issue 15), and a
    path is never spliced into a ``file:`` URI unescaped. Raises :class:`DatabaseError`
    when there is no such file or it cannot be opened.
    """
    db_path = Path(path)
    if not db_path.is_file():
        raise DatabaseError(f"No database at {_shown(db_path)}.")
    try:
        conn = sqlite3.connect(db_path, timeout=busy_timeout(), isolation_level=None, factory=TrackerConnection)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open {_shown(db_path)}: {explain(exc)}") from None
    assert isinstance(conn, TrackerConnection)
    conn.path = db_path
    conn.read_only = True
    return conn


def _open(path: Path) -> TrackerConnection:
    """Open read-write, or read-only when the file or its folder may not be written.

    A WAL database needs a ``-shm`` file beside it even to be read. In a read-only
    folder that cannot be made, so (when no writer has left a ``-wal`` there) the file
    is opened as immutable: nobody can be writing it. So is a file nobody may write
    (no write permission bit, or ``chattr +i``) in a writable folder: read ``mode=ro``,
    SQLite made a ``-wal`` and ``-shm`` there that the read-only connection could not
    remove as it closed, so a read left two files behind (probe19, probe20).
    """
    folder_writable = os.access(path.parent, os.W_OK)
    read_only = path.exists() and not (folder_writable and _writable(path))
    target = str(path)
    if read_only:
        target = f"{path.resolve().as_uri()}?mode=ro"
        wal_left = Path(f"{path}-wal").exists()
        if not (folder_writable and _someone_may_write(path)) and not wal_left and _is_wal(path):
            target += "&immutable=1"
    try:
        conn = sqlite3.connect(
            target,
            timeout=busy_timeout(),
            isolation_level=None,
            uri=read_only,
            factory=TrackerConnection,
        )
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open {path}: {explain(exc)}") from None
    assert isinstance(conn, TrackerConnection)
    conn.path = path
    conn.opened_file = identity(path)
    conn.read_only = read_only
    conn.guards_triggers = True
    return conn


def _writable(path: Path) -> bool:
    """Whether we may write the file: by its permission bits too, which root's licence ignores. A
    database made read-only (``chmod a-w``, an archived record) stays so for every user, as an
    output file does (``exchange.files``)."""
    return bool(path.stat().st_mode & 0o222) and os.access(path, os.W_OK)


def _someone_may_write(path: Path) -> bool:
    """Whether another user may be writing the file while we read it: it has a write bit and we are not root (whom
    only ``chattr +i`` or a read-only mount stops, and then nobody writes). Such a file is read ``mode=ro``, as SQLite
    must then see the other's ``-wal``; the files that reading leaves are the price (reliability.md)."""
    return bool(path.stat().st_mode & 0o222) and os.geteuid() != 0


def _is_wal(path: Path) -> bool:
    """Bytes 18–19 of a SQLite header are 2 when the file is in WAL mode."""
    with path.open("rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header[18:20] == b"\x02\x02"


def open_database(path: str | Path | None = None, *, create: bool = True) -> Database:
    """:func:`connect`, wrapped in a sqlite-utils ``Database`` for library users."""
    from sqlite_utils import Database

    return Database(connect(path, create=create), execute_plugins=False)
