"""Opening a tracker database: checks first, then migrations.

A file that is not SQLite, is a SQLite database of some other program, or was
written by a newer version of incident-tracker is refused *before* anything is
written to it, so a mistyped ``--db`` can never damage someone else's file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..errors import DatabaseError
from .migrations import MIGRATION_SET, known_migration_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_DB = "incidents.db"


def default_path() -> Path:
    """``$TRACKER_DB`` if set, else ``./incidents.db``."""
    return Path(os.environ.get("TRACKER_DB") or DEFAULT_DB)


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


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse foreign or newer databases without writing anything."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a usable SQLite database ({exc}).") from None
    if not tables:
        return
    if "_sqlite_migrations" not in tables:
        raise DatabaseError(
            f"{path} is a SQLite database but not an incident-tracker one; it was left untouched. "
            "Use a new file with --db."
        )
    applied = {
        row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    }
    if not applied and "incidents" not in tables:
        raise DatabaseError(
            f"{path} is a SQLite database but not an incident-tracker one; it was left untouched. "
            "Use a new file with --db."
        )
    newer = applied - known_migration_names()
    if newer:
        raise DatabaseError(
            f"{path} was written by a newer version of incident-tracker "
            f"(unknown migrations: {', '.join(sorted(newer))}); upgrade with "
            "'pip install -U incident-tracker'. The file was left untouched."
        )


def open_database(path: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (and migrate) a tracker database.

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
        conn = sqlite3.connect(str(db_path))
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open {db_path}: {exc}.") from None
    try:
        _check_schema(conn, db_path)
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn, execute_plugins=False)
        if migrations.pending(db):
            migrations.apply(db)
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"Cannot use {db_path}: {exc}.") from None
    return db
