"""Connections, write transactions and the errors of SQLite in words: what every part of
the store shares once a database is open (see :mod:`.database` for the opening).
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any

from ..errors import DatabaseError, StorageError, ValidationError

#: How long a writer waits for another process's write to finish before giving up.
#: A ``tracker add`` holds the lock for milliseconds; a large import for seconds.
#: ``$TRACKER_BUSY_TIMEOUT`` (seconds) overrides it.
BUSY_TIMEOUT_S = 60.0
BUSY_TIMEOUT_VARIABLE = "TRACKER_BUSY_TIMEOUT"


def busy_timeout() -> float:
    """Seconds a writer waits for the lock: ``$TRACKER_BUSY_TIMEOUT``, else :data:`BUSY_TIMEOUT_S`."""
    text = os.environ.get(BUSY_TIMEOUT_VARIABLE, "").strip()
    if not text:
        return BUSY_TIMEOUT_S
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 86400:
        raise ValidationError(f"{BUSY_TIMEOUT_VARIABLE} must be a number of seconds (e.g. 60), not {text!r}.")
    return seconds


#: ``None`` bound as a parameter, as Python's ``sqlite3`` binds it without an adapter: NULL.
_NO_VALUE: dict[object, None] = {}


def _bind_none_directly() -> None:
    """Give ``None`` an adapter that returns it as it is, so that binding it skips the search.

    ``sqlite3`` binds an int, float or str at once, but for any other object, ``None``
    included, it first looks for an adapter: a key tuple, a dict lookup and two failed
    attribute lookups (``__adapt__``, ``__conform__``), 0.9 µs per parameter, 3–4 times a
    string's cost. An imported incident binds about 25 NULLs of its 46 columns: the
    incidents insert took 43–48 µs a row, 27–28 with this (issue 17). The adapter
    (``{}.get``, a C function) returns ``None``, which is bound as NULL as before.
    """
    sqlite3.register_adapter(type(None), _NO_VALUE.get)


_bind_none_directly()


class TrackerConnection(sqlite3.Connection):
    """A connection that knows its file and whether it may write to it."""

    path: Path
    #: The file opened: its absolute path (a library user may change directory), device and inode. A write finds
    #: it still there once it holds the lock (probe25).
    opened_file: tuple[Path, int, int] | None = None
    read_only: bool = False
    wal_checked: bool = False
    #: Whether a write transaction first refuses triggers tracker did not make (``schema_guard``):
    #: set on every connection to a tracker database, not on the caches'.
    guards_triggers: bool = False


def _use_wal(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode after its first committed write from this connection.

    Done after a write has committed, never on opening and never before a write that
    might fail or be rolled back (a dry run): reading, a refused write and a dry run
    all leave a rollback-journal file byte for byte as it was.
    The switch needs every other connection to let go; when one does not within
    the busy timeout, this write goes through the rollback journal instead (still
    safe, only less concurrent) and a later write switches.
    """
    if not isinstance(conn, TrackerConnection) or conn.wal_checked:
        return
    conn.wal_checked = True
    with suppress(sqlite3.OperationalError):
        conn.execute("PRAGMA journal_mode = WAL")


def explain(exc: sqlite3.Error) -> str:
    """A sentence for the user from a SQLite error, saying what to do about it."""
    name = getattr(exc, "sqlite_errorname", "")
    if str(exc).startswith("Cannot operate on a closed database"):  # a library caller's store, after close()
        return "this store was closed (its close() was called). Nothing was changed; open the file again."
    if "can only be used in that same thread" in str(exc):
        return (
            "a store is used only by the thread that opened it. Nothing was changed; open one store per thread "
            "(IncidentStore.open in each): their writes wait their turn, as processes' do."
        )
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        holder = getattr(exc, _HOLDER, "another process")
        return (
            f"the database stayed busy for {busy_timeout():g} s ({holder} is writing to it). "
            f"Nothing was changed; try again, or wait longer with {BUSY_TIMEOUT_VARIABLE}=SECONDS."
        )
    if name.startswith("SQLITE_FULL"):
        return "the disk is full (or the file reached its size limit). Nothing was changed; free some space."
    if name.startswith("SQLITE_IOERR"):
        return (
            f"the disk refused a write ({exc}): is it full, or is the file at a size limit? "
            "Nothing was changed; free some space and try again."
        )
    if name.startswith("SQLITE_READONLY"):
        return "the file or its folder is read-only. Nothing was changed."
    if name.startswith("SQLITE_CORRUPT") or name.startswith("SQLITE_NOTADB"):
        return f"the file is damaged ({exc}). Restore it from a backup; 'tracker check' says what is wrong."
    if str(exc).startswith("Could not decode to UTF-8"):  # Python's words, with the SQL and the bytes in them
        return (
            "a text field holds bytes that are not UTF-8 text (another program wrote them). Nothing was changed; "
            "'tracker check' names the incident, and an edit of the field replaces them."
        )
    if str(exc).startswith(("no such column", "no such table")):
        return (
            f"{exc}: the file's tables are not as tracker made them (another program changed them?). Nothing "
            "was changed; 'tracker check' names what differs, and a backup has them whole."
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return f"{exc} (is the folder there, and may you read it?). Nothing was changed."
    return f"{exc}. Nothing was changed."


#: What the next outermost COMMIT runs inside, when a command line has said it is its last write
#: (``cli.interrupts.last_write``: the signals held back across it, probe22); taken by that COMMIT.
LAST_COMMIT: list[Callable[[], AbstractContextManager[None]]] = []


@contextmanager
def transaction(conn: sqlite3.Connection, *, commands_write: bool = True) -> Iterator[None]:
    """One write transaction (a savepoint when nested): all of it happens, or none of it.

    ``BEGIN IMMEDIATE`` takes the write lock at the start, waiting for other writers
    through the busy handler. A plain ``BEGIN`` would take it at the first write, and
    a reader upgrading to a writer gets SQLITE_BUSY at once, with no waiting, whenever
    another process has committed in between.

    ``commands_write=False`` (an old file's upgrade, made as the store opens): this COMMIT never takes the hold a
    command line set for its own write (:data:`LAST_COMMIT`). Before probe23 an upgrade made inside ``delete``'s
    write call spent it: the command was said done at the upgrade, and its own write ran with Ctrl-C ignored.
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
    if getattr(conn, "read_only", False):
        raise DatabaseError(
            f"Cannot write to {getattr(conn, 'path', 'the database')}: the file or its folder is read-only. "
            "Nothing was changed."
        )
    file = _file_of(conn)
    _refuse_lock_of_this_thread(conn, file)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        _name_holder(exc, conn, file)
        raise
    _refuse_a_file_gone(conn)
    _hold(conn, file)
    try:
        if getattr(conn, "guards_triggers", False):
            # Under the write lock, so that no trigger can be added between the look and the write.
            from .schema_guard import refuse_foreign_triggers

            refuse_foreign_triggers(conn, getattr(conn, "path", "the database"))
        yield
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _let_go(conn, file)
        mark_rolled_back(exc)
        if _no_id_left(conn, exc):
            raise DatabaseError(
                f"Cannot write to {getattr(conn, 'path', 'the database')}: its incident ids have reached "
                f"{2**63 - 1:,}, the largest SQLite has (another program set an id so high), so no new id is "
                "left. Nothing was changed; export the incidents and import them into a new file."
            ) from None
        raise
    try:
        with (LAST_COMMIT.pop() if LAST_COMMIT and commands_write else nullcontext)():
            conn.execute("COMMIT")
    except BaseException as exc:
        # A COMMIT refused (SQLITE_BUSY: on a rollback-journal file a reader's shared lock blocks it past the busy
        # timeout) leaves the transaction open: the next write would be a savepoint inside it, reported as done,
        # and lost when the store closed. Rolled back here, the failure said is the whole truth: nothing written.
        failed = isinstance(exc, sqlite3.Error) or isinstance(exc.__context__, sqlite3.Error)  # SQLite undid it
        if conn.in_transaction:
            conn.execute("ROLLBACK")
            failed = True
        if failed:  # else the COMMIT was made, and a signal that came during it was raised as it returned: nothing
            mark_rolled_back(exc)  # was rolled back (probe23: `… was rolled back` of an upgrade that stood)
        raise
    finally:
        _let_go(conn, file)
    _use_wal(conn)


def _refuse_a_file_gone(conn: sqlite3.Connection) -> None:
    """Under the write lock: refuse to write to a file that is no longer at its path.

    A new file that another process's failed import removes (``store.new_file``: judged untouched, removed under
    its write lock) may have been opened meanwhile by a command that now waits for that lock: granted it once the
    file is gone, it wrote to the removed file and said so (`Added incident 1`), and the incident was lost
    (probe23's and probe24's leftover). A file renamed over the path while this one waited (a backup put back by
    hand) is the same: the write would go to the file no longer there. One ``stat`` a write."""
    opened = getattr(conn, "opened_file", None)
    if opened is None or identity(opened[0]) == opened:
        return
    conn.execute("ROLLBACK")
    raise DatabaseError(
        f"Cannot write to {getattr(conn, 'path', 'the database')}: another process removed or replaced the file "
        "while this command waited to write to it (a new database that a failed import removed, or a file put in "
        "its place). Nothing was written; run the command again."
    )


# --- which store of this process holds a file's write lock -----------------------------------------

#: The connections of this process inside a write transaction, by the file's (device, inode): each one's
#: ``id`` and the thread that holds it. SQLite's busy handler cannot tell one process's lock from another's.
_WRITING: dict[tuple[int, int], dict[int, int]] = {}
_WRITING_LOCK = threading.Lock()
#: The attribute :func:`_name_holder` sets on SQLite's busy error: who holds the lock, for :func:`explain`.
_HOLDER = "tracker_lock_holder"


def identity(path: Path) -> tuple[Path, int, int] | None:
    """``path`` made absolute, with the device and inode of the file there (``None``: nothing there)."""
    where = path.absolute()
    try:
        found = os.stat(where)
    except OSError:
        return None
    return (where, found.st_dev, found.st_ino)


def _file_of(conn: sqlite3.Connection) -> tuple[int, int] | None:
    """The file a tracker connection writes, as (device, inode): one file by whatever path it was opened."""
    path = getattr(conn, "path", None)
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _holders(conn: sqlite3.Connection, file: tuple[int, int] | None) -> list[int]:
    """The threads whose other connection to ``file`` is inside a write transaction."""
    if file is None:
        return []
    with _WRITING_LOCK:
        return [thread for held, thread in _WRITING.get(file, {}).items() if held != id(conn)]


def _refuse_lock_of_this_thread(conn: sqlite3.Connection, file: tuple[int, int] | None) -> None:
    """Refuse at once a write whose lock another store of this thread holds: that store's write can end only
    when this thread goes on, so waiting (60 s by default) frees nothing (probe16: two stores in one thread)."""
    if threading.get_ident() not in _holders(conn, file):
        return
    raise StorageError(
        f"Database error: another store of this process, in this thread, is writing to "
        f"{getattr(conn, 'path', 'the database')} (its write is not finished: a bulk block, or a transaction), and "
        "no wait can free the lock while this thread waits. Nothing was changed; finish that write first, or "
        "make this one through that store.",
        sqlite_errorname="SQLITE_BUSY",
    )


def _name_holder(exc: sqlite3.OperationalError, conn: sqlite3.Connection, file: tuple[int, int] | None) -> None:
    """Mark SQLite's busy error with who held the lock when a store of another thread of this process did."""
    if _holders(conn, file):
        with suppress(AttributeError, TypeError):
            setattr(exc, _HOLDER, "another store of this process, in another thread,")


def _hold(conn: sqlite3.Connection, file: tuple[int, int] | None) -> None:
    """Note that ``conn`` (in this thread) now holds ``file``'s write lock: SQLite's busy handler cannot tell this
    process's holder from another's, and a second store of the same thread must be refused at once, not left to wait."""
    if file is not None:
        with _WRITING_LOCK:
            _WRITING.setdefault(file, {})[id(conn)] = threading.get_ident()


def _let_go(conn: sqlite3.Connection, file: tuple[int, int] | None) -> None:
    """Forget ``conn``'s write once its transaction has ended (a COMMIT that failed leaves it holding)."""
    if file is None or conn.in_transaction:
        return
    with _WRITING_LOCK:
        held = _WRITING.get(file, {})
        held.pop(id(conn), None)
        if not held:
            _WRITING.pop(file, None)


def _no_id_left(conn: sqlite3.Connection, exc: BaseException) -> bool:
    """Did a write fail with SQLITE_FULL because an AUTOINCREMENT table has used its last id (SQLite
    says "database or disk is full" for both), not because the disk is full?"""
    if not getattr(exc, "sqlite_errorname", "").startswith("SQLITE_FULL"):
        return False
    try:
        row = conn.execute("SELECT max(seq) FROM sqlite_sequence").fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0] == 2**63 - 1)


#: The attribute :func:`transaction` sets on an exception that undid a write (see :func:`rolled_back`).
_ROLLED_BACK = "tracker_rolled_back"


def mark_rolled_back(exc: BaseException) -> None:
    """Note on ``exc`` that it stopped a write, which was undone: an interrupt's message says a
    write was rolled back only when one was (an export, which writes nothing here, must not)."""
    with suppress(AttributeError, TypeError):
        setattr(exc, _ROLLED_BACK, True)


def rolled_back(exc: BaseException) -> bool:
    """Whether ``exc`` stopped a write transaction, which was rolled back."""
    return bool(getattr(exc, _ROLLED_BACK, False))


#: The attribute :func:`mark_saved` sets on an interrupt that stopped a command of several writes.
_SAVED = "tracker_saved"


def mark_saved(exc: BaseException, what: str) -> None:
    """Note on an interrupt what its command of several writes (``geocode --missing``, ``gazetteer add``) had
    saved before it, in words ("3 of 40 incidents … were located and saved"): those writes stand, and the
    command's one line says so instead of only "stopped" (probe23)."""
    with suppress(AttributeError, TypeError):
        setattr(exc, _SAVED, what)


def changes_so_far(store: Any) -> int:
    """The rows a store's connection has written so far, committed or rolled back (SQLite's ``total_changes``): an
    interrupt not marked rolled back, after a count that grew, came after a COMMIT that was made (probe23)."""
    return int(store.conn.total_changes)


def saved_before(exc: BaseException) -> str | None:
    """What the writes made before ``exc`` saved (:func:`mark_saved`), if it stopped a command of several."""
    what = getattr(exc, _SAVED, None)
    return what if isinstance(what, str) else None


def fold_log(conn: sqlite3.Connection) -> str | None:
    """Fold the write-ahead log back into the database file before the connection closes; say
    why, when the disk refuses (None when it is done, or there is nothing to fold).

    Closing the last connection folds the log and removes the ``-wal`` and ``-shm`` files, so
    that between commands the database is one file to copy or mail. SQLite's close does it
    silently, and on a full disk it cannot (the file must grow): after a write that committed,
    the change is safe in the ``-wal`` file, which must then travel with the database. A passive
    checkpoint never waits for another process's readers (theirs fold the rest when they close).
    Only a connection that wrote is asked: a reader leaves the log to its writer.
    """
    if not isinstance(conn, TrackerConnection) or not conn.wal_checked or conn.read_only:
        return None
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.OperationalError as exc:
        return (
            f"{conn.path}-wal and {conn.path}-shm stay beside the database: the disk refused to fold the "
            f"write-ahead log back into it ({exc}). The change is saved, partly in those files: keep the "
            "three together (copy all of them); the next command run with free space folds them in."
        )
    return None


def rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
    """Run a query now and stream its rows as dicts keyed by column name.

    The statement runs before this returns, so that a bad parameter (a number too
    large for SQLite) fails before a command has written the first byte of output.
    """
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return (dict(zip(names, row, strict=True)) for row in cursor)
