"""The online geocoder's answer cache: a small SQLite file of its own in the cache folder.

Nominatim's usage policy asks that answers be cached and that a client make at most
one request per second; the time of the last request is kept here too, so that
several processes share the one-per-second budget, and so is a server's "wait"
(429's Retry-After), so that the next command waits as well. The SQL of
:class:`incident_tracker.geo.online.OnlineGeocoder` lives here.

The file is the geocoder's own: a symbolic link or anything but a regular file in its place is
refused, never followed (a link to the incident database would have had the cache's tables
written into it), and a file SQLite cannot use (damaged, read-only, not SQLite) is one
:class:`~incident_tracker.errors.GeocodingError` naming the file and the remedy.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from contextlib import suppress
from pathlib import Path

from ..errors import GeocodingError


class CacheError(GeocodingError):
    """The answer cache cannot be used: nothing is asked online without it (the policy's cache)."""


def _symlink_refused(path: Path) -> CacheError:
    """The one error for a link where the cache should be, found before the open or by the look after it:
    a link may lead anywhere, the incident database included, and the cache's tables must never be
    written into another file."""
    return CacheError(
        f"The online geocoder's cache {path} is a symbolic link; it is not followed (it could lead to another "
        "file, a database). Remove the link: the cache is made again at the next online lookup."
    )


def _look_without_following(path: Path) -> os.stat_result:
    """What is really at ``path``, never through a symbolic link: the cache file itself, created (0600) when
    nothing is there. A file that is there is looked at (``lstat``), never opened: closing a descriptor of it
    would drop every POSIX lock this process holds on it, SQLite's own included, so a second cache opened while
    the first was inside :func:`take_turn`'s ``BEGIN IMMEDIATE`` let another process take the write lock
    (probe23; conc31 found the same in the store's header read). A new file is made with ``O_EXCL``: this
    process can hold no lock on a file it has just made."""
    flags = os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | flags, 0o600)
        except FileExistsError:  # made meanwhile by another process: looked at as it is
            return _look_without_following(path)
        try:
            found = os.fstat(fd)
        finally:
            os.close(fd)
    if stat.S_ISLNK(found.st_mode):
        raise _symlink_refused(path)
    if not stat.S_ISREG(found.st_mode):  # a FIFO or a device
        raise CacheError(
            f"The online geocoder's cache {path} is not a regular file. Remove it, or set TRACKER_CACHE_DIR."
        )
    if not os.access(path, os.R_OK, follow_symlinks=False):  # said as the open said it before
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    return found


#: Where Linux lists a process's open files: what SQLite opened is read there, not guessed from the path.
_OPEN_FILES = Path("/proc/self/fd")


def _open_regular_files() -> dict[int, tuple[int, int]]:
    """This process's open regular files, by descriptor: (device, inode). Empty where /proc is not."""
    found = {}
    with suppress(OSError):
        for entry in os.listdir(_OPEN_FILES):
            with suppress(OSError, ValueError):
                info = os.stat(int(entry))
                if stat.S_ISREG(info.st_mode):
                    found[int(entry)] = (info.st_dev, info.st_ino)
    return found


#: Stands for what is at the path when it is no regular file: it matches no file held, so the open is refused.
_NOT_A_FILE = (-1, -1)


def _connect_to_held(path: Path, held: os.stat_result) -> sqlite3.Connection:
    """SQLite's connection to the file looked at (``held``: its device and inode): the check and the open are one.

    Python's ``sqlite3`` cannot pass SQLite's no-follow flag, so SQLite opens ``path`` by its name,
    and a symbolic link swapped in after our look would be followed. So the look is made on what SQLite
    opened: the files this process has open before and after the open, and the new ones must be the
    file looked at (same device and inode); anything else, and the connection is closed before one statement
    writes. Where the open files cannot be listed (no /proc), the path is looked at again after the open."""
    before = _open_regular_files()
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # SQLite opens the file at its first read
        after = _open_regular_files()
        opened = {key for fd, key in after.items() if before.get(fd) != key}
        if not after:  # no /proc here: the path once more, which narrows the window to the open itself
            info = os.lstat(path)
            opened = {(info.st_dev, info.st_ino)} if stat.S_ISREG(info.st_mode) else {_NOT_A_FILE}
        if opened - {(held.st_dev, held.st_ino)}:
            raise _symlink_refused(path)
    except BaseException:
        conn.close()
        raise
    return conn


def unusable(path: Path, error: sqlite3.Error) -> CacheError:
    """The one-line error for a cache SQLite cannot read or write."""
    reason = str(error) or type(error).__name__
    return CacheError(
        f"Cannot use the online geocoder's cache {path} ({reason}); nothing was asked online. Make it writable, "
        "or remove it (it is made again), or set TRACKER_CACHE_DIR."
    )


def open_cache(path: Path) -> sqlite3.Connection:
    """Open (creating if need be) the answer cache at ``path``.

    A new cache is readable by its owner only (0600): the places looked up online are the places an
    analyst is working on, which other users of the machine need not learn from a file in the home
    folder (SQLite gives its journal the same mode). The offline gazetteer beside it is GeoNames'
    public data and keeps the umask's mode. A symbolic link at ``path`` is refused, also one put there
    while the file is being opened (:func:`_connect_to_held`): the file SQLite opened must be the one looked at."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        found = _look_without_following(path)
    except OSError as error:
        raise CacheError(
            f"Cannot use the online geocoder's cache {path} ({error.strerror or type(error).__name__}); nothing "
            "was asked online. Set TRACKER_CACHE_DIR to a folder you may write in."
        ) from None
    try:
        conn = _connect_to_held(path, found)
    except sqlite3.Error as error:
        raise unusable(path, error) from None
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS answers (request TEXT PRIMARY KEY, response TEXT NOT NULL, fetched_at REAL)"
        )
        conn.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value REAL)")
        conn.commit()
    except sqlite3.Error as error:
        conn.close()
        raise unusable(path, error) from None
    return conn


def cached_answer(conn: sqlite3.Connection, request: str) -> str | None:
    """The stored response (JSON text) to a request asked before, if any."""
    row = conn.execute("SELECT response FROM answers WHERE request = ?", [request]).fetchone()
    return str(row[0]) if row else None


def store_answer(conn: sqlite3.Connection, request: str, response: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO answers (request, response, fetched_at) VALUES (?, ?, ?)",
        [request, response, time.time()],
    )
    conn.commit()


def _state(conn: sqlite3.Connection, key: str) -> float | None:
    row = conn.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
    return float(row[0]) if row and row[0] is not None else None


def take_turn(conn: sqlite3.Connection, min_delay: float) -> float | None:
    """Wait for this process's turn to ask the server, and take it; or, when the server asked every client
    to stay away until later (:func:`hold_off`), take nothing and return that time.

    The read of the last request's time and the mark of this one are one write transaction
    (``BEGIN IMMEDIATE``): two processes that read the same last time would otherwise both ask
    at once. The wait happens inside it, so the next process waits for this one's mark."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        now = time.time()
        until = _state(conn, "not_before")
        if until is not None and until > now:
            conn.rollback()
            return until
        last = _state(conn, "last_request")
        if last is not None:
            wait = min(last + min_delay - now, min_delay)  # a last time in the future (a clock set back): one delay
            if wait > 0:
                time.sleep(wait)
        conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('last_request', ?)", [time.time()])
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return None


def hold_off(conn: sqlite3.Connection, seconds: float) -> None:
    """Keep every client of this cache from asking for ``seconds`` (the server's Retry-After)."""
    conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('not_before', ?)", [time.time() + seconds])
    conn.commit()
