"""A temporary file beside an output, made so that no signal can leave it behind.

``tempfile.mkstemp`` creates the file and then returns its name. Ctrl-C or SIGTERM raised between the two, or
between that return and the ``try`` of the writer that removes the file when it fails, left ``.out.csv.XXXX.tmp``
(``export -o``) or ``.b.db.XXXX.partial`` (``backup``) beside the output for good: their names carry no process
id, so no later command removes them as stale (probe25). Here the file is made with the signals held back, and
they are let through only once its removal on failure is armed: a signal that came meanwhile is raised there, and
the file goes with it.
"""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

#: The signals the command line turns into a stop (``cli.interrupts``): held back while the file is made.
HELD = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


@contextmanager
def temporary_beside(folder: Path | None, prefix: str, suffix: str) -> Iterator[Path]:
    """A new, empty file (mode 0600) in ``folder`` (``None``: the system's temporary folder), removed when the
    block raises (a signal included) and left to the block otherwise (renamed into place). An ``OSError`` of
    making it (a read-only folder) is raised before the block runs. The signals are held only in the main
    thread, the one Python runs their handlers in."""
    held = threading.current_thread() is threading.main_thread()
    before = signal.pthread_sigmask(signal.SIG_BLOCK, HELD) if held else None
    try:
        descriptor, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
        os.close(descriptor)
    except BaseException:
        if before is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)
        raise
    temporary = Path(name)
    try:
        if before is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)  # a signal held meanwhile is raised here
        yield temporary
    except BaseException:
        with suppress(OSError):  # its folder gone, or made read-only: the error that stopped the write is said
            temporary.unlink(missing_ok=True)
        raise
