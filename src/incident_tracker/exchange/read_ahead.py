"""A large CSV import read and checked in a second process while the first one writes (issue 17).

An import of our own CSV layout spends about half its time in Python reading the rows
(the CSV reader, the row plan, the whole-record check) and the other half in SQLite
writing them, one after the other on one core. Where the machine gives the process two
cores, :func:`reading_ahead` forks a child that goes on reading the same open file from
where the parent stopped (the header and first row are the parent's, so that their errors
come first as before) and sends the rows back in batches, each with what the plan read
from it and, for a row the plan answered, the completed record's column values (what
:meth:`~incident_tracker.store.incidents.IncidentStore.complete` gives, in the table's
order). The parent is still the only process that touches the database, and takes the
rows in file order: which row is new, which updates an incident, which is refused, with
what message, and the one transaction are decided there exactly as without the child.
The child only saves the parent work: a row the plan does not answer comes back as its
cells, and the parent reads it the general way with its own error message.

Why a process and not a thread: both halves are Python most of the time, and a second
thread waits for the first one's GIL (tried and measured: docs/performance.md, "Tenth
pass: import"). Why ``marshal``: the rows are dicts, lists, tuples and strings, which it
writes and reads back faster than ``pickle`` (measured on 99,900 rows: 0.25 s against
0.28 s to write, 1.13 s against 1.30 s to read); a batch it cannot write goes as pickle.

Whatever stops the child (the file's bytes, broken quoting, a signal) reaches the parent
as the same exception at the same row, or as a one-line error if the child vanished; the
parent's transaction then rolls back as always. When the parent stops early (a bad row, a
duplicate, Ctrl-C), the child is killed and reaped on the way out.
"""

from __future__ import annotations

import marshal
import os
import pickle
import signal
import struct
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, NoReturn

from ..errors import TrackerError, ValidationError
from ..store.bulk import record_values
from ..store.records import complete_record
from .readers import CsvCells, RowError
from .row_plan import Parsed, RowPlan

__all__ = ["READ_AHEAD_BYTES", "ReadCells", "reading_ahead", "worth_reading_ahead"]

#: Files smaller than this (about 1,400 rows of a whole export) are read in the one process:
#: forking and handing over cost more than they save there.
READ_AHEAD_BYTES = 1 << 20
#: Rows per hand-over (about 350 kB of a whole export's rows): large enough that a batch's
#: framing is nothing, small enough that several fit in the pipe (:data:`_PIPE_BYTES`).
_ROWS_PER_BATCH = 256
#: A hand-over's kind (one byte) and length (four), then its bytes.
_FRAME = struct.Struct("<cI")
_MARSHALLED, _PICKLED, _RAISED, _END = b"m", b"p", b"r", b"e"
#: The buffered reader's and writer's size on each side of the pipe.
_BUFFER = 1 << 20
#: The pipe's own capacity, asked of Linux (``F_SETPIPE_SZ``; 1 MiB is what an unprivileged
#: process may ask by default). With the default 64 kB the child could run less than one
#: batch ahead: each hand-over went in 64 kB turns, a wait for the scheduler each, and on a
#: loaded machine the two processes were slower than one (measured: 7-10 s against 5.6-8.4 s
#: of wall for 99,900 rows at load 4).
_PIPE_BYTES = 1 << 20


class ReadCells(CsvCells):
    """A row as the child read it: its cells, what the plan made of them (None: the plan
    does not answer it, the general path must) and the completed record's column values
    (None when the record alone does not pass the whole-record check)."""

    __slots__ = ("parsed", "values")

    def __init__(self, line: int, cells: list[str], parsed: Parsed | None, values: tuple[Any, ...] | None) -> None:
        super().__init__(line, cells)
        self.parsed = parsed
        self.values = values


def worth_reading_ahead(source: Path) -> bool:
    """Fork only where it pays: a process that may run on two cores, a file of some size,
    and an operating system with ``fork`` (the child goes on with the parent's open file)."""
    if not hasattr(os, "fork"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS has no affinity call
        cores = os.cpu_count() or 1
    return cores >= 2 and source.stat().st_size >= READ_AHEAD_BYTES


@contextmanager
def reading_ahead(rows: Iterator[CsvCells | RowError], plan: RowPlan) -> Iterator[Iterator[CsvCells | RowError]]:
    """The rest of ``rows``, read and checked by a forked child; see the module docstring.

    The parent must not read ``rows`` (or their file) itself after this: the child has them.
    """
    read_end, write_end = os.pipe()
    _widen(write_end)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(rows, plan, write_end)
    os.close(write_end)
    stream = _Stream(os.fdopen(read_end, "rb", buffering=_BUFFER))
    try:
        yield stream.rows()
    finally:
        stream.incoming.close()
        _reap(pid, stopped=not stream.ended)


def _widen(pipe: int) -> None:
    """Ask for a pipe of :data:`_PIPE_BYTES` where the system allows it (Linux); elsewhere,
    or when refused, the default stays and only the overlap shrinks."""
    try:
        import fcntl

        fcntl.fcntl(pipe, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except (ImportError, OSError):
        pass


def _child(rows: Iterator[CsvCells | RowError], plan: RowPlan, write_end: int) -> NoReturn:
    """Read every remaining row, send them in batches, then the end (or what stopped it), and exit.

    Ctrl-C is the parent's to handle (it kills the child); ``os._exit`` leaves the parent's
    inherited objects (its database connection, its open files' buffers) untouched.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    code = 0
    out = os.fdopen(write_end, "wb", buffering=_BUFFER)
    try:
        batch: list[tuple[Any, ...]] = []
        for item in rows:
            if isinstance(item, CsvCells):
                parsed = plan.parse(item.original)
                batch.append((item.line, item.original, parsed, _completed(parsed)))
            else:
                batch.append((item.line, item.original, item.message))
            if len(batch) >= _ROWS_PER_BATCH:
                _send_rows(out, batch)
                batch = []
        _send_rows(out, batch)
        _send(out, _END, b"")
    except BaseException as exc:  # noqa: BLE001 - whatever it is, the parent raises it at this row
        code = 1
        with suppress(OSError):  # the parent is gone or stopped reading: nobody to tell
            _send(out, _RAISED, _pickled_exception(exc))
    finally:
        with suppress(OSError):
            out.flush()
        os._exit(code)


def _completed(parsed: Parsed | None) -> tuple[Any, ...] | None:
    """The column values of the row's record completed and checked whole, or None (the
    parent's own check will say why, if the row turns out to be new)."""
    if parsed is None:
        return None
    try:
        return record_values(complete_record(dict(parsed[0])))
    except ValidationError:
        return None


def _send_rows(out: IO[bytes], batch: list[tuple[Any, ...]]) -> None:
    if not batch:
        return
    try:
        _send(out, _MARSHALLED, marshal.dumps(batch, 4))
    except ValueError:  # a value marshal does not know: pickle knows more
        _send(out, _PICKLED, pickle.dumps(batch, pickle.HIGHEST_PROTOCOL))


def _send(out: IO[bytes], kind: bytes, payload: bytes) -> None:
    out.write(_FRAME.pack(kind, len(payload)))
    out.write(payload)


def _pickled_exception(exc: BaseException) -> bytes:
    try:
        blob = pickle.dumps(exc)
        pickle.loads(blob)  # an exception whose arguments do not come back is sent as its text
        return blob
    except Exception:  # noqa: BLE001 - any failure to pickle: the text still says what happened
        return pickle.dumps(TrackerError(f"{type(exc).__name__}: {exc}"))


class _Stream:
    """The parent's end of the pipe, and whether the child said it had nothing more."""

    def __init__(self, incoming: IO[bytes]) -> None:
        self.incoming = incoming
        self.ended = False

    def rows(self) -> Iterator[CsvCells | RowError]:
        """The child's rows in file order; what stopped it is raised where it stopped."""
        incoming = self.incoming
        while True:
            head = incoming.read(_FRAME.size)
            if len(head) < _FRAME.size:
                raise _vanished()
            kind, length = _FRAME.unpack(head)
            payload = incoming.read(length)
            if len(payload) < length:
                raise _vanished()
            if kind in (_END, _RAISED):
                self.ended = True
                if kind == _RAISED:
                    raise pickle.loads(payload)
                return
            batch = marshal.loads(payload) if kind == _MARSHALLED else pickle.loads(payload)
            for entry in batch:
                if len(entry) == 4:
                    yield ReadCells(*entry)
                else:
                    line, cells, message = entry
                    yield RowError(message, line=line, original=cells)


def _vanished() -> TrackerError:
    return TrackerError(
        "The process reading the file stopped before the end of it (killed, or out of memory). "
        "Nothing was imported; run the import again."
    )


def _reap(pid: int, *, stopped: bool) -> None:
    """Wait for the child to exit; kill it first if the parent stopped before the child's end
    (a bad row, a duplicate, Ctrl-C), when it may be waiting to write its next batch."""
    try:
        if stopped:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        pass
