"""Putting a whole output file in place: written beside its target, then renamed over it.

The rules of :mod:`.files` for a regular file (written whole or not at all, with the replaced file's
permissions, never more readable than the database) end here, in one ``os.replace`` a file, or one a
file of a set (a brief and its images, :func:`install_all`). Moved out of :mod:`.files` unchanged
(probe23), so that the rename has one home for its signal hold (:func:`into_place`).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import TrackerError

if TYPE_CHECKING:
    from .files import OutputTarget

#: How a text output file is opened: UTF-8, and the line ends as the writer gives them.
TEXT: dict[str, Any] = {"encoding": "utf-8", "newline": ""}

#: The files a command line has said are its last step, and what their rename runs inside
#: (``cli.interrupts.last_rename``: the signals held back across it, probe23); taken by the rename of one of them.
LAST_RENAME: list[tuple[frozenset[Path], Callable[[], AbstractContextManager[None]]]] = []


def last_step(*targets: Path) -> Callable[[], AbstractContextManager[None]]:
    """What renaming ``targets`` (real paths) into place runs inside: the command's hold when they are the files it
    said are its last step, taken once; else nothing. A file renamed on the way (a brief's images into its staging
    folder) is none of them, so the hold is not spent before the last rename."""
    if LAST_RENAME and any(target in LAST_RENAME[0][0] for target in targets):
        return LAST_RENAME.pop()[1]
    return nullcontext


def into_place(temporary: Path, target: Path) -> None:
    """Rename a whole file over ``target``. When it is a command's last step (``export -o``, ``backup``, ``gazetteer
    build``), the rename runs with the signals held and the command is said done before they are let through: a
    signal that came during it was raised just after it, the file in place, and the command ended 143 (probe22's
    leftover). ``target`` is matched by its real path, as the command named it; the rename replaces ``target``
    itself (a symbolic link there is replaced, not the file it points to)."""
    with last_step(Path(os.path.realpath(target)))():
        os.replace(temporary, target)


@contextmanager
def replacing(target: OutputTarget, binary: bool) -> Iterator[IO[Any]]:
    """A temporary file beside ``target``, synced and renamed over it only once it is whole.

    Any exit before the rename removes the temporary, Ctrl-C included, and SIGTERM and SIGHUP,
    which the command line raises as a ``KeyboardInterrupt`` too: hence ``BaseException``, not
    ``Exception``. It is raised again, so the caller still sees why the write stopped."""
    from .temporaries import temporary_beside

    # made with the signals held, and removed on any exit before the rename (probe25: one raised as it was made
    # left it behind)
    with temporary_beside(target.path.parent, temporary_prefix(target.path), ".tmp") as temporary:
        with temporary.open("wb" if binary else "w", **({} if binary else TEXT)) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        copy_permissions(target.path, temporary, most_readable=target.most_readable)
        into_place(temporary, target.path)


#: How much of the target's name a temporary file beside it carries: the whole name, with the
#: dot and the random part around it, would pass the file system's limit (255 bytes) for a
#: name that is itself allowed.
TEMPORARY_NAME_KEPT = 100


def temporary_prefix(target: Path) -> str:
    """The start of a temporary file's name beside ``target``: hidden, and saying whose it is."""
    return f".{target.name[:TEMPORARY_NAME_KEPT]}."


def copy_permissions(existing: Path, temporary: Path, *, most_readable: int = 0o777) -> None:
    """The replaced file's mode (and owner, when we may set it); a new file gets the umask's; either
    narrowed to ``most_readable`` (an output is no more readable than its database)."""
    try:
        old = existing.stat()
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask & most_readable)
        return
    temporary.chmod(stat.S_IMODE(old.st_mode) & most_readable)
    if hasattr(os, "chown") and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        # Not ours to give away (a normal user): the file keeps its mode, owned by whoever wrote it.
        with suppress(OSError):
            os.chown(temporary, old.st_uid, old.st_gid)


@contextmanager
def staged_folder(beside: Path) -> Iterator[Path]:
    """A hidden folder beside ``beside`` (on its disk) for files that are written as one (a
    brief's Markdown and its images): each is written there whole, and :func:`install_all` moves
    them into place only once every one is complete. Removed, with whatever is left in it, at the end;
    an error naming a file in it names the file beside ``beside`` that it was to become. Its name
    carries the process id (``.b.md.PID.XXXX``): one that SIGKILL left is removed by the next brief
    beside it once its process is gone and it has been quiet a minute (``exchange.leftovers``' rule). It is
    never taken for a brief: nothing reads it, and the brief's own files appear only by rename."""
    from .leftovers import remove_stale

    real = Path(os.path.realpath(beside))
    named = real.parent / real.name[:TEMPORARY_NAME_KEPT]
    remove_stale(named, folders=True)  # a brief killed (SIGKILL) while drawing left its folder
    try:
        folder = Path(tempfile.mkdtemp(dir=real.parent, prefix=f"{temporary_prefix(real)}{os.getpid()}."))
    except OSError as exc:
        raise TrackerError(f"Cannot write {beside}: {exc.strerror or exc}. Nothing was written.") from None
    try:
        yield folder
    except TrackerError as exc:  # name the file the user asked for, not its temporary place
        beside_folder = "" if Path(beside).parent == Path(".") else f"{Path(beside).parent}{os.sep}"
        said = str(exc).replace(f"{folder}{os.sep}", beside_folder)
        # the staging folder named on its own ("the folder …/.b.md.PID.XXXX does not exist"): the user's (probe21)
        exc.args = (said.replace(str(folder), str(Path(beside).parent)), *exc.args[1:])
        raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def install_all(files: dict[Path, Path], *, protect: Iterable[Path] = ()) -> None:
    """Put complete files (target: staged file) into place together: every target is checked
    again, then devices and FIFOs are written in place, then regular files are renamed over their
    targets, one rename each, so a failure while writing leaves every target as it was."""
    from .files import output_stream, output_target

    targets = [(output_target(target, protect=protect), staged) for target, staged in files.items()]
    for target, staged in targets:
        if target.kind != "regular":
            with output_stream(target.given, protect=protect, binary=True, text=True) as out:
                out.write(staged.read_bytes())
    with last_step(*(target.path for target, _ in targets))():  # the renames as one last step (probe23)
        for target, staged in targets:
            if target.kind == "regular":
                copy_permissions(target.path, staged, most_readable=target.most_readable)
                try:
                    os.replace(staged, target.path)
                except OSError as exc:
                    raise TrackerError(f"Cannot write {target.given}: {exc.strerror or exc}.") from None
