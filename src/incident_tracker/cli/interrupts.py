"""Ctrl-C and ``kill``: one line, the exit status a shell expects, nothing half written.

An interrupt unwinds through the commands like any error: a transaction rolls back, an import
into a database it created removes that file, a gazetteer build removes its temporary files.
SIGTERM (``kill PID``, a service manager, a CI timeout) is turned into the same interrupt, so
it unwinds the same way instead of ending the process where it stands.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program was, as Ctrl-C raises :class:`KeyboardInterrupt`."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While the command runs, SIGTERM raises :class:`Terminated`; the handler found before is
    put back afterwards. Only the main thread may set handlers: elsewhere nothing changes.

    A handler set outside Python (a program embedding the interpreter) is given back as None,
    which ``signal.signal`` does not take: the default action is put back instead."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if before is None else before)


def interrupted_line(exc: KeyboardInterrupt) -> tuple[str, int]:
    """The one line and the exit status for an interrupt: 128 + the signal's number. The line
    says a write was rolled back only when the interrupt stopped one (:func:`rolled_back`)."""
    if isinstance(exc, Terminated):
        how, code = "Terminated (SIGTERM)", 128 + signal.SIGTERM
    else:
        how, code = "Interrupted (Ctrl-C)", 128 + signal.SIGINT
    from ..store.transactions import rolled_back

    if rolled_back(exc):
        return f"{how}: stopped. A write that had not finished was rolled back; run the command again.", code
    # An export, a report, a backup, a gazetteer build: no write to the database was under way (a
    # partly written output file is removed by the output rules, exchange.files).
    return f"{how}: stopped. No write to the database was under way: nothing in it is half done.", code
