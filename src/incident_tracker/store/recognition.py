"""Is this SQLite file a tracker database, and of which version? Read in one snapshot.

A tracker database gets its whole schema in one write transaction (the migrations, under
``BEGIN IMMEDIATE``: :func:`.database._check_and_migrate`), so a reader sees either none of it
or all of it, but only if everything it judges by is read in **one** read transaction. Read
in separate statements, a process opening a brand-new file beside the one creating it could
see no tables in its first read and the finished schema in its next, and call the file
another program's (conc30: the fresh-clone CI's race of four ``tracker add``). In a rollback
journal the read transaction holds a shared lock, so the creator's commit waits the few
statements it takes; in WAL it reads one snapshot.

What is judged here before the write lock is judged again under it, when anything is to be
written: another process may give the file a schema in between (ours, a newer version's or
another program's), and a file seen empty must not get our schema on top of someone else's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from ..errors import DatabaseError

#: Name of our set in sqlite-utils' ``_sqlite_migrations`` table.
MIGRATION_SET = "incident_tracker"


def table_names(conn: sqlite3.Connection) -> set[str]:
    """The names of the database's tables. Asked in one place, since an old release's file or
    another program's may lack any of ours: the migrations read it here, ``tracker check`` before
    its checks, the places' reader before it opens them, ``IncidentStore.has_table``."""
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@dataclass(frozen=True)
class Found:
    """What a file holds, read in one snapshot: our applied migrations (None: not a tracker
    database), and whether it holds no schema at all (a new file)."""

    applied: set[str] | None
    blank: bool


@contextmanager
def one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Run the reads inside in one read transaction (a deferred ``BEGIN``, which writes nothing
    and takes no lock until the first read), or inside the transaction already open."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:  # only reads ran: ending them writes nothing
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")


def read_found(conn: sqlite3.Connection) -> Found:
    """What the file holds, every part of it from one snapshot (see the module's docstring). Reads only."""
    with one_snapshot(conn):
        try:
            tables = table_names(conn)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"not a usable SQLite database ({exc})") from None
        if not tables:
            # No tables: a new file, unless something else has claimed it (a view, an index or a
            # trigger of its own, an application_id or user_version set by another program).
            others = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            claimed = (
                conn.execute("PRAGMA application_id").fetchone()[0] or conn.execute("PRAGMA user_version").fetchone()[0]
            )
            return Found(None, False) if others or claimed else Found(set(), True)
        if "_sqlite_migrations" not in tables:
            return Found(None, False)
        applied = {
            row[0]
            for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
        }
    if not applied and "incidents" not in tables:
        return Found(None, False)
    return Found(applied, False)


def refuse_foreign_or_newer(conn: sqlite3.Connection, path: Path) -> tuple[set[str], bool]:
    """Refuse a foreign or newer database, reading only; returns the pending migrations and
    whether the file holds no schema at all."""
    from .migrations import known_migration_names

    try:
        found = read_found(conn)
    except DatabaseError as exc:
        raise DatabaseError(f"{path} is {exc}.") from None
    if found.applied is None:
        raise DatabaseError(
            f"{path} is a SQLite database but not an incident-tracker one; it was left untouched. Use a new file."
        )
    known = known_migration_names()
    newer = found.applied - known
    if newer:
        raise DatabaseError(
            f"{path} was written by a newer version of incident-tracker "
            f"(unknown migrations: {', '.join(sorted(newer))}); upgrade with "
            "'pip install -U incident-tracker'. The file was left untouched."
        )
    return known - found.applied, found.blank
