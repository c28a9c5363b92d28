"""An online backup of the database: a whole, checked copy, safe while others write.

SQLite's online backup copies a consistent snapshot while other processes go on writing (in
WAL mode they are not even slowed down). The copy is a file the user names, so it goes
through ``exchange.files``, the one home of the rules for such a file (refused when it is the
database itself, written beside and renamed, or streamed to standard output): a second copy
of those rules below the store would drift. Split from :mod:`.maintenance` (the check), which
reads the database in place and writes nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DatabaseError, TrackerError, ValidationError
from .database import connect, default_path, explain

if TYPE_CHECKING:
    from ..exchange.files import OutputTarget


@dataclass
class BackupResult:
    """Where the copy went and what it holds."""

    path: Path
    incidents: int
    size: int


def backup(destination: str | Path, source: str | Path | None = None, *, force: bool = False) -> BackupResult:
    """Copy the database to ``destination``, safely while other processes write to it.

    The copy is a consistent snapshot (SQLite's online backup, in one step), written
    to a temporary file beside the destination, checked with ``integrity_check`` and
    only then renamed into place: a failed backup (a full disk) leaves no half-written
    file, and never replaces an older backup. The copy is one self-contained file (not
    WAL), at the same schema version as the source, which is not upgraded first.
    """
    from ..exchange.files import output_target, protected_files, refuse_binary_on_terminal

    dest = Path(destination)
    if dest.is_dir():
        raise ValidationError(f"{dest} is a folder: give the backup's file name (e.g. {dest / 'incidents.db'}).")
    source_path = Path(source) if source is not None else default_path()
    # An older backup is replaced only when asked (``force``), as every output file is.
    target = output_target(dest, protect=protected_files(source_path), replace=force)
    refuse_binary_on_terminal(target, "a database")  # before anything is read
    conn = connect(source, create=False, migrate=False)
    try:
        return _backup(conn, target)
    finally:
        conn.close()


def _backup(conn: sqlite3.Connection, target: OutputTarget) -> BackupResult:
    """Copy into a checked temporary file, then rename it over a regular file, or stream
    it into standard output or a device/FIFO (which a rename would replace)."""
    from ..exchange.placing import temporary_prefix
    from ..exchange.temporaries import temporary_beside

    folder = target.path.parent if target.kind == "regular" else None
    made = False
    try:  # made with the signals held, and removed on any failure (probe25: one raised as it was made left it)
        with temporary_beside(folder, temporary_prefix(target.path), ".partial") as temporary:
            made = True
            return _copy_into(conn, temporary, target)
    except OSError as exc:  # a read-only folder: name the file asked for, not our temporary one
        if made:
            raise
        shown = Path(target.given).parent  # the user's own path, not the resolved one
        where = f"the folder {shown} cannot be written ({exc.strerror or exc})" if folder else exc.strerror or exc
        raise TrackerError(f"Cannot write {target.given}: {where}. Nothing was written.") from None


def _copy_into(conn: sqlite3.Connection, temporary: Path, target: OutputTarget) -> BackupResult:
    """Copy the database into ``temporary`` (made beside the destination), check it and put it in place."""
    dest = target.given
    folder = target.path.parent if target.kind == "regular" else None
    try:
        target_conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            conn.backup(target_conn)
            target_conn.execute("PRAGMA journal_mode = DELETE")
            integrity = target_conn.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise DatabaseError(f"The copy failed SQLite's integrity check ({integrity}); nothing was written.")
            incidents = int(target_conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
        finally:
            target_conn.close()
        if folder is not None:
            size = _put_in_place(temporary, target, folder)
        else:
            size = temporary.stat().st_size
            from ..exchange.files import output_stream

            with output_stream(dest, binary=True) as out, temporary.open("rb") as copy:
                shutil.copyfileobj(copy, out)
    except sqlite3.Error as exc:
        _say_if_the_folder_went(dest, folder)
        _say_if_the_folder_refuses(dest, folder, _remove_leftovers(temporary))
        raise DatabaseError(f"Cannot back up to {dest}: {explain(exc)}") from None
    finally:
        _remove_leftovers(temporary)
    return BackupResult(dest, incidents, size)


def _remove_leftovers(temporary: Path) -> list[Path]:
    """Remove the temporary copy and its journal; those that could not be removed (a folder made read-only)."""
    left = []
    for leftover in (temporary, Path(f"{temporary}-journal")):
        try:  # its folder gone or made read-only: the error that stopped us is the one to say
            leftover.unlink(missing_ok=True)
        except OSError:
            left.append(leftover)
    return left


def _say_if_the_folder_refuses(dest: Path, folder: Path | None, left: list[Path]) -> None:
    """A folder made read-only or immutable (``chattr +i``) while the copy was written: said so, where
    SQLite's error read "disk I/O error: is it full …?", and the partial copy it keeps named (probe21)."""
    if folder is None:
        return
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".tracker-probe.")
    except OSError as exc:
        kept = f"; its partial copy {left[0].name} is left there: remove it once it can be" if left else ""
        raise DatabaseError(
            f"Cannot back up to {dest}: the folder {Path(dest).parent} became read-only while the copy was "
            f"written ({exc.strerror or exc}). No backup was made{kept}."
        ) from None
    os.close(handle)
    with suppress(OSError):
        os.unlink(name)


def _put_in_place(temporary: Path, target: OutputTarget, folder: Path) -> int:
    """Rename the checked copy over the destination; its size. A failure names the file asked for, not
    our temporary one (probe20: `Cannot read or write D/.b.db.lkpk4x0w.partial` when D went)."""
    from ..exchange.placing import copy_permissions, into_place

    try:
        size = temporary.stat().st_size
        copy_permissions(target.path, temporary, most_readable=target.most_readable)
        into_place(temporary, target.path)
    except OSError as exc:
        _say_if_the_folder_went(target.given, folder)
        _say_if_the_folder_refuses(target.given, folder, _remove_leftovers(temporary))
        raise TrackerError(f"Cannot write {target.given}: {exc.strerror or exc}. Nothing was written.") from None
    _sync_folder(folder)
    return size


def _say_if_the_folder_went(dest: Path, folder: Path | None) -> None:
    """A folder removed, or replaced by a file, while the copy was written: said so, where SQLite's
    error read "disk I/O error: is the disk full?" (probe20)."""
    if folder is not None and not folder.is_dir():
        raise DatabaseError(
            f"Cannot back up to {dest}: the folder {folder} was removed or replaced while the copy was written. "
            "Nothing was written."
        ) from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
