"""Opening a tracker database: checks first, then migrations.

A file that is not SQLite, is a SQLite database of some other program, or was
written by a newer version of incident-tracker is refused *before* anything is
written to it, so a mistyped ``--db`` can never damage someone else's file.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DatabaseError

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Name of our set in sqlite-utils' ``_sqlite_migrations`` table.
MIGRATION_SET = "incident_tracker"

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_DB = "incidents.db"


def default_path() -> Path:
    """``$TRACKER_DB`` if set, else the config file's ``database``, else ``./incidents.db``."""
    from ..config import value

    return Path(value("database")).expanduser()


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file. Give a file with --db.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror}.") from None
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a SQLite database. Point --db (or TRACKER_DB) at a tracker database.")


def _applied_migrations(conn: sqlite3.Connection) -> set[str] | None:
    """Names of our applied migrations; None for a foreign database. Reads only."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"not a usable SQLite database ({exc})") from None
    if not tables:
        return set()
    if "_sqlite_migrations" not in tables:
        return None
    applied = {
        row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    }
    if not applied and "incidents" not in tables:
        return None
    return applied


def _check_and_migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse foreign or newer databases without writing; then apply what is pending.

    sqlite-utils (and its own imports) is loaded only when a migration is pending,
    which keeps every other command's start-up light.
    """
    from .migrations import known_migration_names

    try:
        applied = _applied_migrations(conn)
    except DatabaseError as exc:
        raise DatabaseError(f"{path} is {exc}.") from None
    if applied is None:
        raise DatabaseError(
            f"{path} is a SQLite database but not an incident-tracker one; it was left untouched. "
            "Use a new file with --db."
        )
    known = known_migration_names()
    newer = applied - known
    if newer:
        raise DatabaseError(
            f"{path} was written by a newer version of incident-tracker "
            f"(unknown migrations: {', '.join(sorted(newer))}); upgrade with "
            "'pip install -U incident-tracker'. The file was left untouched."
        )
    if known - applied:
        from sqlite_utils import Database

        from .migrations import migrations

        migrations.apply(Database(conn, execute_plugins=False))
        if applied:
            analyze_if_large(conn, conn.execute("SELECT count(*) FROM incidents").fetchone()[0])


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


def connect(path: str | Path | None = None, *, create: bool = True) -> sqlite3.Connection:
    """Open (and migrate) a tracker database; the connection manages its own transactions.

    ``create=False`` refuses a missing file instead of creating an empty database,
    which is what read-only commands want: a typo in ``--db`` should not leave a new
    empty file behind.
    """
    db_path = Path(path) if path is not None else default_path()
    if db_path.exists():
        _check_file(db_path)
    elif not create:
        raise DatabaseError(
            f"No database at {db_path}. Record an incident with 'tracker add' to create one, "
            "or point --db (or TRACKER_DB) at an existing file."
        )
    elif not db_path.parent.exists():
        raise DatabaseError(f"Cannot create {db_path}: the folder {db_path.parent} does not exist.")
    try:
        conn = sqlite3.connect(str(db_path), isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open {db_path}: {exc}.") from None
    try:
        _check_and_migrate(conn, db_path)
        conn.execute("PRAGMA foreign_keys = ON")
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"Cannot use {db_path}: {exc}.") from None
    return conn


def open_database(path: str | Path | None = None, *, create: bool = True) -> Database:
    """:func:`connect`, wrapped in a sqlite-utils ``Database`` for library users."""
    from sqlite_utils import Database

    return Database(connect(path, create=create), execute_plugins=False)


@contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = False) -> Iterator[None]:
    """One transaction (a savepoint when nested): all of it happens, or none of it.

    ``immediate`` takes the write lock at the start (``BEGIN IMMEDIATE``), for long
    writes such as an import that read first: two of them then queue behind the busy
    timeout instead of one failing when it tries to upgrade its read lock.
    """
    if conn.in_transaction:
        name = f"tracker_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
    """Run a query and yield each row as a dict keyed by column name."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
