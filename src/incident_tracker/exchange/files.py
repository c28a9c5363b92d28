"""Writing an output file: never over the database, whole or not at all, never over a device.

Every command that writes a file the user names (``export -o``, ``import --rejects``,
``chart -o``, ``map -o``, ``brief -o``, ``backup``) goes through :func:`output_target` and :func:`output_stream`:

- **Never the database.** The database, its ``-wal``, ``-shm`` and ``-journal`` files
  (and the file being imported) are refused, compared by resolved path *and* by device
  and inode, so ``./a.db``, ``a.db``, a symlink or a hard link to it are all caught; the side
  files also under the name of the file a linked database points to, which SQLite names them by.
- **Special files are written in place.** ``-`` and ``/dev/stdout`` mean standard
  output (binary data — a PNG, a database — is refused when that is a terminal); a
  device (``/dev/null``) or a FIFO is opened and written as it is. Renaming a
  temporary file over it would replace the device node with a regular file (as root). A FIFO
  nothing reads is given up after :data:`FIFO_WAIT_SECONDS` (opening it waited for ever).
- **A file that exists is replaced only when asked** (``replace``, the CLI's ``--force``), as
  ``backup`` always did: an output named after an analyst's own file must not silently take
  its place. An empty file may be replaced (``mktemp`` makes one for a script to fill), and a
  device, a FIFO or standard output is written, not replaced, so it needs no asking.
- **Read-only files are refused**, as ``cp`` refuses them: a file without a write
  permission bit (``chmod 444``), or one this user may not write, is an error before
  anything is written, and ``--force`` does not change that. Root's licence to write
  anything is not used: a file marked read-only is read-only for every user here.
- **Regular files are replaced whole.** The output goes to a temporary file beside the
  target, which is renamed over it only when complete, with the target's permissions
  (or the umask's, for a new file): a failure part-way leaves the old file as it was.
- **No more readable than the database.** What is written from a database is never readable by
  more people than the database is: a security officer's ``chmod 600 incidents.db`` makes its
  export, backup, brief and rejected rows 600 too (the permissions above, narrowed to the
  database's and, for ``--rejects``, the imported file's; the owner keeps read and write). A
  world-readable backup of a private database was a leak.
- **Symlinks are written through.** The link stays a link; the file it points to is
  replaced (or, if it is a device or FIFO, written in place).
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TextIO

from ..errors import TrackerError, ValidationError
from .placing import TEXT, replacing

#: Names that mean "standard output" rather than a file.
STDOUT_NAMES = frozenset(("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"))

#: Files SQLite keeps beside a database while it is in use.
DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class OutputTarget:
    """Where an output goes: standard output, a special file in place, or a regular file by rename."""

    given: Path
    path: Path  # the file really written (a symlink's target), absolute
    kind: str  # "stdout", "special" or "regular"
    most_readable: int = 0o777  # the permission bits it may have at most (:func:`readable_limit`)


def protected_files(database: str | Path | None, *others: str | Path | None) -> list[Path]:
    """The database with its -wal/-shm/-journal files, and any other files not to overwrite."""
    paths: list[Path] = []
    if database is not None:
        # and by the name of the file a symlink points to, after which SQLite names its -wal and -journal (probe18:
        # `--db link.db export -o a.db-wal` wrote a file that SQLite then took for its own and deleted)
        try:
            names = dict.fromkeys((str(database), os.path.realpath(database)))
        except (OSError, ValueError):  # a NUL or an overlong name: no file of that name, nor one behind it
            names = {str(database): None}
        paths += [Path(f"{name}{suffix}") for name in names for suffix in DATABASE_SUFFIXES]
    paths += [Path(other) for other in others if other is not None]
    return paths


def _same_file(target: Path, protected: Path) -> bool:
    if os.path.realpath(target) == os.path.realpath(protected):
        return True
    try:
        return os.path.samefile(target, protected)  # hard links, bind mounts
    except OSError:
        return False


def output_target(path: str | Path, *, protect: Iterable[Path] = (), replace: bool = True) -> OutputTarget:
    """Check an output path before anything is written; say how it will be written.

    Raises :class:`ValidationError` for the database (or another protected file), a
    folder, a missing folder, a read-only file, or (unless ``replace``) a file that exists
    and is not empty; that error's ``field`` is ``"replace"``, for the caller to name its option.
    """
    given = Path(path)
    if str(path) in STDOUT_NAMES:
        return OutputTarget(given, given, "stdout")
    refuse_control_characters(path)
    for protected in protect:
        if _same_file(given, protected):
            raise ValidationError(
                f"Cannot write {given}: it is {describe_protected(protected)}. Nothing was written; "
                "choose another file name."
            )
    real = Path(os.path.realpath(given))
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ValidationError(f"Cannot write {given}: {exc.strerror}.") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ValidationError(f"Cannot write {given}: it is a folder; give a file name.")
    if mode is not None and not stat.S_ISREG(mode):
        return OutputTarget(given, real, "special")
    if mode is not None and _on_read_only_mount(real):
        raise ValidationError(
            f"Cannot write {given}: it is on a read-only file system (a read-only mount or medium). "
            "Nothing was written; choose a file on a writable disk."
        )
    if mode is not None and (not mode & 0o222 or not os.access(real, os.W_OK)):
        raise ValidationError(
            f"Cannot write {given}: the file is read-only. Nothing was written; "
            "make it writable (chmod u+w) or choose another file name."
        )
    if mode is not None and not replace and real.stat().st_size > 0:
        raise ValidationError(f"Cannot write {given}: it exists already. Nothing was written.", field="replace")
    if not real.parent.is_dir():
        raise ValidationError(f"Cannot write {given}: the folder {real.parent} does not exist.")
    return OutputTarget(given, real, "regular", readable_limit(protect))


def refuse_control_characters(path: str | Path) -> None:
    """Refuse to write a file whose name holds a control character: ``chart -o $'c\\n.png'`` wrote one
    (probe19); :func:`..models.text.control_character` says why not."""
    from ..models.text import control_character

    if found := control_character(str(path)):
        raise ValidationError(
            f"Cannot write {str(path)!r}: its name holds a control character ({found!r}). Nothing was written; "
            "choose a name without one."
        )


def readable_limit(sources: Iterable[Path]) -> int:
    """The permission bits an output written from ``sources`` (the database and its side files, an
    imported file) may have at most: those every one of them has, plus read and write for the owner
    (a backup of a ``chmod 400`` database is still the owner's to replace). Files that do not exist
    (a ``-wal`` between commands) set no limit."""
    limit = 0o777
    for source in sources:
        with suppress(OSError, ValueError):
            found = source.stat()
            if stat.S_ISREG(found.st_mode):
                limit &= stat.S_IMODE(found.st_mode) | stat.S_IRUSR | stat.S_IWUSR
    return limit


def _on_read_only_mount(path: Path) -> bool:
    """Whether ``path`` lies on a file system mounted read-only, where chmod cannot help."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows): the permission check stands
        return False


def describe_protected(protected: Path, database: Path | None = None) -> str:
    """How a refusal names a file not to be written: the database (``database`` when known, else by its
    suffix), one of its side files, or another file the command reads."""
    if database is not None and protected == database:
        return "the database itself"
    name = protected.name
    for suffix in DATABASE_SUFFIXES[1:]:
        if name.endswith(suffix):
            return f"the database's {suffix[1:]} file"
    if protected.suffix.lower() in {".db", ".sqlite", ".sqlite3"} or name.endswith(".db"):
        return "the database itself"
    return "a file this command reads"


def stdout_refusal(database: Path) -> str | None:
    """Why nothing may be written to standard output, when it is the database itself (``tracker
    export >> incidents.db``, a slip for ``> incidents.csv``): the bytes would be appended to the
    database file. None when standard output is anything else (or closed)."""
    try:
        protected = database_file_behind(sys.stdout.fileno(), database)
    except (AttributeError, ValueError):  # closed, or not a real file (a test's stream)
        return None
    if protected is None:
        return None
    return (
        f"Standard output is {describe_protected(protected, database)} ({protected}): what this command prints "
        "would be appended to it. Nothing was written; redirect it to another file."
    )


def database_file_behind(fd: int, database: Path) -> Path | None:
    """The database or the side file (-wal, -shm, -journal) that the open descriptor ``fd`` writes to, by device
    and inode (so ``./a.db``, a symlink or a hard link are caught); None for anything else or a closed one."""
    try:
        opened = os.fstat(fd)
    except OSError:
        return None
    for protected in protected_files(database):
        with suppress(OSError, ValueError):
            found = protected.stat()
            if (found.st_dev, found.st_ino) == (opened.st_dev, opened.st_ino):
                return protected
    return None


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (False when it is closed or not a real file)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def refuse_binary_on_terminal(target: OutputTarget, what: str) -> None:
    """Binary data (a PNG, a database) is not sent to a terminal, which it would garble, as
    gzip refuses to: redirect it, or name a file."""
    if target.kind == "stdout" and stdout_is_terminal():
        raise ValidationError(
            f"Not writing {what} to the terminal: redirect it (> FILE, or | a program) "
            "or give a file name. Nothing was written."
        )


@contextmanager
def output_stream(
    path: str | Path, *, protect: Iterable[Path] = (), binary: bool = False, text: bool = False, replace: bool = True
) -> Iterator[IO[Any]]:
    """A handle to write an output to, following the rules of this module.

    For a regular file the handle is on a temporary file beside it, renamed into place
    when the block ends without an error; on an error (or Ctrl-C) it is removed. ``binary``
    data that is not ``text`` (an SVG is) is refused when standard output is a terminal.
    """
    target = output_target(path, protect=protect, replace=replace)
    if binary and not text:
        refuse_binary_on_terminal(target, "binary data")
    try:
        with _opened(target, binary) as handle:
            yield handle
    except BrokenPipeError:
        raise  # the reader went away: the CLI exits quietly, as Unix tools do
    except OSError as exc:
        # A full disk, /dev/full, a read-only folder: one line, and nothing half-written.
        raise TrackerError(f"Cannot write {target.given}: {exc.strerror or exc}. Nothing was written.") from None


@contextmanager
def _opened(target: OutputTarget, binary: bool) -> Iterator[IO[Any]]:
    if target.kind == "stdout":
        if binary:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
            return
        with utf8_stdout() as stream:
            yield stream
        return
    if target.kind == "special":
        with os.fdopen(_open_special(target), "wb" if binary else "w", **({} if binary else TEXT)) as handle:
            yield handle
        return
    with replacing(target, binary) as handle:
        yield handle


#: How long a FIFO is waited for: an output FIFO for its reader, and ``tracker extract``'s input FIFO for its writer.
FIFO_WAIT_SECONDS = 5.0


def _open_special(target: OutputTarget) -> int:
    """A descriptor to write the device or FIFO ``target`` in place. Opening a FIFO for writing blocks until
    something reads it, so ``export -o pipe`` with no reader waited for ever (probe18): it is opened without
    blocking, again every 50 ms, and given up after :data:`FIFO_WAIT_SECONDS`; once open, writes block as usual."""
    import fcntl
    import time

    if not stat.S_ISFIFO(target.path.stat().st_mode):
        return os.open(target.path, os.O_WRONLY)
    give_up = time.monotonic() + FIFO_WAIT_SECONDS
    while True:
        try:
            descriptor = os.open(target.path, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as exc:  # ENXIO: no reader yet
            if exc.errno != errno.ENXIO:
                raise
            if time.monotonic() > give_up:
                raise ValidationError(
                    f"Nothing read from the FIFO {target.given} within {FIFO_WAIT_SECONDS:g} s: start the program "
                    "that reads it first, or give a file name. Nothing was written."
                ) from None
            time.sleep(0.05)
    fcntl.fcntl(descriptor, fcntl.F_SETFL, fcntl.fcntl(descriptor, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    return descriptor


def writes_utf8(stream: IO[Any]) -> bool:
    """Whether a text stream encodes as UTF-8 (a stream without an encoding counts as one: a
    test's, or a program's own)."""
    encoding = getattr(stream, "encoding", None)
    return encoding is None or codecs.lookup(encoding).name == "utf-8"


@contextmanager
def utf8_stdout() -> Iterator[TextIO]:
    """Standard output for data (CSV, JSON, Markdown): UTF-8, whatever the locale says.

    Data on standard output is the same bytes as the file ``-o`` writes, which is always UTF-8
    (and JSON must be): under ``PYTHONIOENCODING=ascii`` or a latin-1 terminal the first Cyrillic
    place ended an export with ``UnicodeEncodeError`` after its header, a CSV cut short. Text for
    people is escaped instead (``cli.streams.tolerate_narrow_encodings``)."""
    stream = sys.stdout
    if writes_utf8(stream) or not hasattr(stream, "buffer"):
        yield stream
        stream.flush()
        return
    stream.flush()
    wrapper = io.TextIOWrapper(stream.buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()  # standard output stays open for what follows


@contextmanager
def atomic_writer(path: str | Path, *, protect: Iterable[Path] = (), replace: bool = True) -> Iterator[IO[str]]:
    """A text handle for an output file (see :func:`output_stream`).

    A failure part-way (an error, Ctrl-C) leaves ``path`` as it was: never a
    truncated export that looks complete.
    """
    with output_stream(path, protect=protect, replace=replace) as handle:
        yield handle
