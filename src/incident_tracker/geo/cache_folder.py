"""The gazetteer's cache folder, checked before a build is announced: a folder that is a file, a device or a pipe
(``TRACKER_CACHE_DIR=/dev/null``) is refused in one line. Apart from :mod:`.gazetteer`, which keeps to its 430 lines."""

from __future__ import annotations

from pathlib import Path

from ..errors import GeocodingError


def refuse_a_file_for_a_folder(folder: Path) -> None:
    """Refuse, before "Building the offline gazetteer …" is said, a cache folder that is a file or lies under one
    (``TRACKER_CACHE_DIR=/dev/null``, a file's name): the build's ``mkdir`` failed with "(File exists)" after the
    line announcing 15 seconds of work (probe19)."""
    from .gazetteer import CACHE_ENV  # here: the gazetteer imports this module

    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        kind = "a file" if existing.is_file() else "a device or a pipe"
        raise GeocodingError(
            f"Cannot build the offline gazetteer in {folder}: {existing} is {kind}, not a folder. "
            f"Point {CACHE_ENV} at a folder."
        )
