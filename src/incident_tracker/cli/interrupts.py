"""Ctrl-C and ``kill``: one line, the exit status a shell expects, nothing half written.

An interrupt unwinds through the commands like any error: a transaction rolls back, an import
into a database it created removes that file, a gazetteer build removes its temporary files.
SIGTERM (``kill PID``, a service manager, a CI timeout) and SIGHUP (the terminal closed, an ssh
connection dropped) are turned into the same interrupt, so they unwind the same way instead of
ending the process where it stands (which left a brief's hidden folder, or a new database an
import had just created). A signal the process was started ignoring (``nohup`` ignores SIGHUP)
stays ignored.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program was, as Ctrl-C raises :class:`KeyboardInterrupt`."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__()
        self.signum = signum


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated(signum)


#: The signals that unwind as Ctrl-C does, and how the one line names each.
UNWINDING = {signal.SIGTERM: "Terminated (SIGTERM)", signal.SIGHUP: "Hung up (SIGHUP)"}


#: Whether a command runs under :func:`terminate_as_interrupt`, and whether it has said how it ended.
_RUNNING = {"active": False, "finished": False}


@contextmanager
def terminate_as_interrupt(*, process_ends: bool = False) -> Iterator[None]:
    """While the command runs, SIGTERM and SIGHUP raise :class:`Terminated`; the handlers found
    before are put back afterwards. Only the main thread may set handlers: elsewhere nothing
    changes; a signal ignored when the process started (``nohup``) stays ignored.

    ``process_ends`` (the command line, not a caller in-process): once the command has finished
    (:func:`command_finished`), the signals stay ignored to the end of the process, whose exit
    status is then the command's. A handler set outside Python (a program embedding the
    interpreter) is given back as None, which ``signal.signal`` does not take: the default
    action is put back instead."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _RUNNING.update(active=True, finished=False)
    before: dict[signal.Signals, Any] = {signal.SIGINT: signal.getsignal(signal.SIGINT)}
    for signum in UNWINDING:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            before[signum] = signal.signal(signum, _raise_terminated)
    try:
        yield
    finally:
        _RUNNING["active"] = False
        if not (process_ends and _RUNNING["finished"]):
            for signum, handler in before.items():
                signal.signal(signum, signal.SIG_DFL if handler is None else handler)


def command_finished() -> None:
    """The command has done its work and said so, or said its one error line: a signal from now on
    (while the database's log is folded back, and the interpreter ends) could only contradict that.
    Before probe20, a SIGTERM just after `Wrote 3000 incidents to x.csv.` ended the process as killed
    (status 143, or `Error: Terminated (SIGTERM): stopped.` after the success line), the file whole.
    So Ctrl-C, SIGTERM and SIGHUP are ignored from here until :func:`terminate_as_interrupt` puts the
    handlers back, or the process ends a moment later with the command's own status. A command that writes
    calls it the moment its write is committed or its file put in place, before its last line (probe21)."""
    if threading.current_thread() is not threading.main_thread() or not _RUNNING["active"]:
        return
    _RUNNING["finished"] = True
    for signum in (signal.SIGINT, *UNWINDING):
        while True:
            try:  # signal.signal first runs a handler a signal that just came has pending: it raises here
                signal.signal(signum, signal.SIG_IGN)
                break
            except KeyboardInterrupt:  # that signal came after the work was done: it is ignored too (probe21)
                continue


#: The signals a command line's last COMMIT holds back (:func:`last_write`).
_HELD = (signal.SIGINT, *UNWINDING)


@contextmanager
def last_write() -> Iterator[None]:
    """The write inside is the command's last: its COMMIT runs with SIGINT, SIGTERM and SIGHUP held back
    (``signal.pthread_sigmask``), and once it has committed the command is said done (:func:`command_finished`)
    before they are let through, so a signal that came during the COMMIT is dropped. Before probe22 it was
    raised at the first bytecode after the COMMIT: the write committed, and the command ended 143 saying it
    was rolled back. A COMMIT that fails lets the held signal through as it fails (the write was rolled back:
    true). Only the outermost COMMIT of the main thread, and only while a command runs; a write that never
    reaches its COMMIT leaves nothing behind."""
    from ..store import transactions

    if threading.current_thread() is not threading.main_thread() or not _RUNNING["active"]:
        yield
        return
    transactions.LAST_COMMIT[:] = [_held_through_commit]
    try:
        yield
    finally:
        transactions.LAST_COMMIT.clear()


@contextmanager
def last_rename(*files: str | Path) -> Iterator[None]:
    """The rename of ``files`` into place (``exchange.placing.into_place``) is the command's last step: it runs
    with the signals held back, as :func:`last_write` holds a COMMIT, and the command is said done before they are
    let through. Before probe23 a signal during ``export -o``'s or ``backup``'s rename was raised just after it:
    the file in place, and the command ended 143. A rename that fails lets the held signal through as it fails.
    Only those files' rename takes the hold (a brief renames its images into a staging folder first)."""
    import os

    from ..exchange import placing

    if threading.current_thread() is not threading.main_thread() or not _RUNNING["active"]:
        yield
        return
    try:
        real = frozenset(Path(os.path.realpath(file)) for file in files)
    except (OSError, ValueError):  # a name no file can have: nothing to hold for, the write refuses it
        real = frozenset()
    placing.LAST_RENAME[:] = [(real, _held_through_commit)]
    try:
        yield
    finally:
        placing.LAST_RENAME.clear()


@contextmanager
def _held_through_commit() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP held back across a COMMIT (or a rename); the command said done before they are
    let through."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
        command_finished()  # while held: a signal pending now meets SIG_IGN and is dropped
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def work_done() -> bool:
    """Whether the running command has committed its write (:func:`command_finished` was called)."""
    return _RUNNING["active"] and _RUNNING["finished"]


def interrupted_line(exc: KeyboardInterrupt) -> tuple[str, int]:
    """The one line and the exit status for an interrupt: 128 + the signal's number. The line
    says a write was rolled back only when the interrupt stopped one (:func:`rolled_back`)."""
    if isinstance(exc, Terminated):
        how, code = UNWINDING[signal.Signals(exc.signum)], 128 + exc.signum
    else:
        how, code = "Interrupted (Ctrl-C)", 128 + signal.SIGINT
    from ..store.transactions import rolled_back, saved_before

    if saved := saved_before(exc):  # a command of several writes: those made stand (probe23)
        undone = " The one under way was rolled back." if rolled_back(exc) else ""
        return f"{how}: stopped after {saved}.{undone}", code
    if rolled_back(exc):
        return f"{how}: stopped. A write that had not finished was rolled back; run the command again.", code
    # An export, a report, a backup, a gazetteer build: no write to the database was under way (a
    # partly written output file is removed by the output rules, exchange.files).
    return f"{how}: stopped. No write to the database was under way: nothing in it is half done.", code
