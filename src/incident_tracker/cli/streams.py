"""The process's own arguments and standard streams, checked before a command runs and quieted
when the reader of its output goes away.

- An argument that is not valid UTF-8 is refused before any command runs.
- Standard *error* that is the database (``tracker list 2>> incidents.db``, a slip for
  ``2>> tracker.log``) is refused before anything is printed: every message would be appended to
  the database file. Standard output that is the database is refused in the same way, once the
  global options are read (:func:`~incident_tracker.exchange.files.stdout_refusal`).
- A closed pipe (``| head``) ends the command quietly, as Unix tools do; a write the pipe or the
  disk took only part of is finished or fails, never dropped (:func:`whole_writes_to_standard_output`).
- A terminal whose encoding cannot spell every letter (``PYTHONIOENCODING=ascii``, a latin-1
  terminal) gets the letters it cannot show as ``\u0425`` escapes, never a ``UnicodeEncodeError``.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

import typer

from ..errors import ValidationError

#: The exit status when the reader of our output went away: 1, as Click and Rich give (and
#: Python's documentation advises), quietly; a shell reports the last command's status anyway.
BROKEN_PIPE_EXIT = 1

#: The exit status of a refused standard error (bad input, as every refused output path).
REFUSED_STREAM_EXIT = 2


def quiet_broken_pipe() -> None:
    """The reader of our output went away (``| head``): stop quietly, as Unix tools do.

    Standard output is pointed at /dev/null so that Python's final flush at exit does
    not complain about the closed pipe either.
    """
    discard_output()
    raise typer.Exit(BROKEN_PIPE_EXIT)


def discard_output(fd: int | None = None) -> None:
    """Point ``fd`` (standard output by default) at /dev/null: nothing more reaches it."""
    with suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno() if fd is None else fd)


class _WholeWrites(io.FileIO):
    """Standard output's file, whose every write is finished or fails.

    The kernel may take part of one large write (a pipe whose reader left after 64 KiB of a 5 MB
    table, a file that reached the disk's or ``ulimit -f``'s limit) and return that count. Buffered,
    Python writes the rest itself; unbuffered (``PYTHONUNBUFFERED=1``, ``python -u``: many Docker
    images and CI runners set it) its text layer ignores the count, so the rest was dropped without
    an error: ``tracker list -n 0 | head -1`` of 30,000 incidents exited 0, and ``list > out.txt`` on
    a full disk cut the table and said "30000 incidents", exit 0. Here the rest is written again,
    which meets the closed pipe (``BrokenPipeError``: quiet, exit 1) or the full disk (one line, exit 1).
    """

    def write(self, data: Any, /) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            written: int | None = super().write(view[done:])
            if written is None:  # a non-blocking descriptor that is full: the buffer keeps the rest
                return done or None  # type: ignore[return-value]  # FileIO's own answer when it would block
            done += written
        return done


class _ClosedOutput(io.TextIOBase):
    """Standard output closed when the process started (``tracker list >&-``): Python leaves ``sys.stdout``
    None, and the first write ended in ``Unexpected AttributeError`` (probe21). A write now fails as writing to
    a closed descriptor does: one line, exit 1, through the output errors' rule."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str, /) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


class _ClosedInput(io.TextIOBase):
    """Standard input closed when the process started (``tracker extract - <&-``, a job started without one):
    Python leaves ``sys.stdin`` None, and ``add`` (asking whether it may prompt), ``extract`` and ``import -``
    ended in ``Unexpected AttributeError`` (probe22). Now it is no terminal, so nothing is asked, and reading
    it is refused in one line, as a terminal is; ``buffer`` is the same, for readers of bytes."""

    encoding = "utf-8"

    def readable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def read(self, size: int | None = -1, /) -> str:
        raise ValidationError("Standard input is closed: give the file's name, or pipe it in ('< file').")

    @property
    def buffer(self) -> _ClosedInput:
        return self


def closed_streams() -> None:
    """Stand-ins for standard input, output and error closed when the process started (``<&-``, ``>&-``,
    ``2>&-``): Python leaves them None. Reading a closed standard input is refused (:class:`_ClosedInput`,
    probe22); data meant for a closed standard output is refused (:class:`_ClosedOutput`); messages
    meant for a closed standard error are dropped, as the user asked, where ``export -o`` failed on the first
    (``'NoneType' object has no attribute 'isatty'``, exit 1, no file). Each closed descriptor is given
    /dev/null, so that no file a command opens takes its number (probe21)."""
    for number, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        with suppress(OSError):
            devnull = os.open(os.devnull, os.O_RDONLY if number == 0 else os.O_WRONLY)
            if devnull != number:
                os.dup2(devnull, number)
                os.close(devnull)
        if number == 2:
            sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        else:
            setattr(sys, name, _ClosedInput() if number == 0 else _ClosedOutput())


def whole_writes_to_standard_output() -> None:
    """Make standard output's writes whole (:class:`_WholeWrites`), keeping its encoding, error
    handling and line buffering. Only the process's own standard output (a test's captured stream
    is left alone); costs one object, no import."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper) or stream is not sys.__stdout__:
        return
    buffer = getattr(stream, "buffer", None)
    unbuffered = type(buffer) is io.FileIO  # python -u, PYTHONUNBUFFERED
    raw = buffer if unbuffered else getattr(buffer, "raw", None)
    if type(raw) is not io.FileIO:
        return
    with suppress(OSError, ValueError):
        stream.flush()
        whole = _WholeWrites(stream.fileno(), "w", closefd=False)
        sys.stdout = io.TextIOWrapper(
            whole if unbuffered else io.BufferedWriter(whole),
            encoding=stream.encoding,
            errors=stream.errors,
            line_buffering=stream.line_buffering,
            write_through=stream.write_through,
        )


def tolerate_narrow_encodings() -> None:
    """Text for people on a stream whose encoding cannot spell every letter is escaped
    (``Хорог`` → ``\u0425\u043e\u0440\u043e\u0433``) instead of ending the command with
    ``Unexpected UnicodeEncodeError``, as ``list``, ``show``, ``timeline`` and every error line
    naming a Cyrillic, Arabic or Han place did under ``PYTHONIOENCODING=ascii``. Data written to
    standard output (CSV, JSON, Markdown) is UTF-8 whatever the stream's encoding
    (:func:`~incident_tracker.exchange.files.utf8_stdout`), never escaped."""
    from ..exchange.files import writes_utf8

    for stream in (sys.stdout, sys.stderr):
        with suppress(AttributeError, LookupError, ValueError):
            if not writes_utf8(stream):
                stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def check_arguments(args: list[str]) -> None:
    """An argument that is not valid UTF-8 (bytes Python keeps as lone surrogates) cannot be
    stored, searched or printed: one line, exit 2, before any command runs."""
    for number, arg in enumerate(args, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "backslashreplace").decode("utf-8")
            print(
                f"Error: argument {number} ({shown[:80]!r}) is not valid UTF-8 text; type it again or fix the "
                "terminal's encoding.",
                file=sys.stderr,
            )
            sys.exit(2)


def check_standard_error(args: list[str]) -> None:
    """Refuse to run when standard error is the database or one of its side files.

    Checked first, before a usage error or any message could be written there, by device and
    inode (so ``./a.db``, a symlink or a hard link to it are caught). The refusal itself cannot
    go to standard error: it is written to the controlling terminal when there is one, and
    standard error is pointed at /dev/null so that nothing at all reaches the database; the exit
    status (2) says it. Costs nothing unless standard error is a regular file.
    """
    try:
        err = os.fstat(2)
    except OSError:  # closed
        return
    if not stat.S_ISREG(err.st_mode):
        return  # a terminal, a pipe, /dev/null: the usual cases, decided without reading anything
    from ..exchange.files import database_file_behind, describe_protected

    database = database_named(args)
    protected = database_file_behind(2, database)
    if protected is not None:
        discard_output(2)
        _tell_the_terminal(
            f"Error: Standard error is {describe_protected(protected, database)} ({protected}): every message "
            "would be appended to it. Nothing was done; redirect it to another file (2> tracker.log)."
        )
        sys.exit(REFUSED_STREAM_EXIT)


def _tell_the_terminal(line: str) -> None:
    """Write ``line`` to the controlling terminal, if the process has one (as ``ssh`` and
    ``sudo`` reach the user when their streams are redirected); otherwise to nobody."""
    with suppress(OSError), open("/dev/tty", "w", encoding="utf-8") as terminal:
        terminal.write(line.replace("\n", "\\n") + "\n")  # one line, whatever the path


def database_named(args: list[str]) -> Path:
    """The database the command line names, before Click has read it: ``--db FILE`` (or
    ``--db=FILE``) before the command, else ``$TRACKER_DB``, the config file, ``./incidents.db``.
    A config file that cannot be read counts as none here; the command says what is wrong with it."""
    for index, arg in enumerate(args):
        if arg == "--db" and index + 1 < len(args):
            return Path(args[index + 1]).expanduser()
        if arg.startswith("--db="):
            return Path(arg[len("--db=") :]).expanduser()
        if not arg.startswith("-"):
            break  # the command: --db comes before it
    from ..errors import TrackerError
    from ..store.database import default_path

    try:
        return default_path()
    except TrackerError:
        return Path(os.environ.get("TRACKER_DB", "").strip() or "incidents.db").expanduser()


def unset_width() -> int | None:
    """The width to give Rich when ``COLUMNS`` is 0, else None (Rich's own rule). Python reads ``COLUMNS=0`` as
    unset (``shutil.get_terminal_size``), but Rich took it for a width of 0 columns, and `show`, `list`, `stats` and
    `timeline` printed nothing at all, exit 0 (probe23; some CI runners and ``docker exec`` without a terminal set it).
    Now the terminal's width, else 80, as for no ``COLUMNS``."""
    text = os.environ.get("COLUMNS", "")
    if not text.isdigit() or int(text) != 0:
        return None
    import shutil

    return shutil.get_terminal_size((80, 25)).columns
