"""Temporary files and folders of a writer that was killed (SIGKILL, a power cut) before it could
remove them: a gazetteer build's, a country file's download or copy, a brief's staged folder.

It lives in ``exchange`` (files that are read and written) because both the geocoder and the
exchange's own output files use it: ``geo`` already depends on ``exchange``, never the reverse.

A build writes ``.gazetteer.db.PID.XXXXXXXX`` (and ``.gazetteer.db.part.PID.XXXXXXXX`` for its
second half) beside the gazetteer and renames the finished file into place; Ctrl-C and SIGTERM
remove them, SIGKILL cannot. The next build removes such a file when the process that wrote it
is gone and it has not been written for a minute, or when nothing has written it for an hour
(a file named before the PID was part of the name, or by a process of another machine sharing
the folder). A live build writes all the time and takes seconds, so it is never touched.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

#: Seconds without a write after which a file whose process is gone is stale.
QUIET_DEAD = 60
#: Seconds without a write after which any file of a build's naming is stale.
QUIET_ANY = 3600


def temporary_prefix(target: Path, part: bool = False) -> str:
    """The name a build's temporary file starts with: the target's, this process's id."""
    return f".{target.name}.{'part.' if part else ''}{os.getpid()}."


def remove_stale(target: Path, now: float | None = None, *, folders: bool = False) -> list[Path]:
    """Remove the temporary files stopped builds of ``target`` left beside it; returns them. With
    ``folders``, hidden folders of that naming too (a brief's, written whole before it is put in
    place: ``exchange.files.staged_folder``), by the same rule."""
    now = time.time() if now is None else now
    lead = f".{target.name}."
    removed = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(lead) or not (entry.is_file() or (folders and entry.is_dir())):
            continue
        try:
            quiet = now - entry.stat().st_mtime
        except OSError:
            continue
        pid = _writer(entry.name[len(lead) :])
        gone = pid is not None and pid != os.getpid() and not _running(pid)
        if (gone and quiet > QUIET_DEAD) or quiet > QUIET_ANY:
            try:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError:
                continue
            removed.append(entry)
    return removed


def _writer(rest: str) -> int | None:
    """The process id in the rest of a temporary file's name (``PID.XXXX``, ``part.PID.XXXX``)."""
    parts = rest.split(".")
    if parts and parts[0] == "part":
        parts = parts[1:]
    return int(parts[0]) if len(parts) > 1 and parts[0].isdigit() else None


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists (signal 0 tests it, sending nothing). A number no process
    can have (a file named by hand, "….99999999999999999999.x") is no running process."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except OSError:  # another user's process (PermissionError): there
        pass
    return True
