"""Writing a file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import ValidationError


@contextmanager
def atomic_writer(path: str | Path) -> Iterator[IO[str]]:
    """A text handle on a temporary file beside ``path``, renamed into place on success.

    A failure part-way (an error, Ctrl-C) leaves ``path`` as it was: never a
    truncated export that looks complete.
    """
    target = Path(path)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise ValidationError(f"Cannot write {target}: the folder {folder} does not exist.")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
        "w", encoding="utf-8", newline="", dir=folder, prefix=f".{target.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
