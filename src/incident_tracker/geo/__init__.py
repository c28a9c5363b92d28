"""Geocoding: turning place names into coordinates, offline first.

The pieces, each usable from Python:

* :mod:`.text` — folding, transliteration and phonetic keys; reading "near X",
  "X province", "Town, Country";
* :mod:`.gazetteer` — the GeoNames gazetteer, built once into the cache folder;
* :mod:`.places` — the analyst's own places, stored in the incident database;
* :mod:`.chain` — :class:`~.chain.Resolver`: places → gazetteer → (opt-in) Nominatim,
  each tier answering with :class:`geopy.location.Location` objects;
* :mod:`.online` — the Nominatim tier, rate-limited and cached.

Nothing here is imported by commands that do not geocode: geopy alone costs ~90 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GeocodingError

if TYPE_CHECKING:
    from .chain import Resolver

_build_reporter: Callable[[], Any] | None = None


def set_build_reporter(factory: Callable[[], Any] | None) -> None:
    """Let the CLI show progress when a lookup has to build the gazetteer first.

    ``factory()`` returns a context manager yielding a ``(done, total)`` callback.
    The library itself never prints; the CLI registers a Rich progress bar.
    """
    global _build_reporter
    _build_reporter = factory


def build_reporter() -> Callable[[], Any] | None:
    return _build_reporter


def resolver_for(db_path: str | Path | None = None, *, online: bool | None = None) -> Resolver:
    """A :class:`~.chain.Resolver` with the user's places from the incident database at ``db_path``.

    The database is opened read-only and only if it exists (``--near`` must not
    create one); ``online`` defaults to the ``TRACKER_ONLINE_GEOCODER`` setting.
    """
    from .chain import Resolver
    from .online import OnlineGeocoder, online_enabled

    db = _read_only_places(db_path)
    use_online = online_enabled() if online is None else online
    return Resolver(db, online=OnlineGeocoder() if use_online else None)


def _read_only_places(db_path: str | Path | None) -> Any:
    """A read-only connection to the incident database if it has places, else None."""
    import sqlite3

    from ..store.database import default_path

    path = Path(db_path) if db_path is not None else default_path()
    if not path.is_file():
        return None
    try:
        # Not mode=ro: a read-only connection that closes after the command's own cannot remove
        # the -wal and -shm files SQLite made beside a WAL database (issue 15). query_only keeps
        # it from writing all the same.
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA query_only = ON")
        found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'place_aliases'")
        if found.fetchone() is None:
            conn.close()
            return None
    except sqlite3.Error:
        return None
    return conn


def resolve_near_point(text: str, db_path: str | Path | None = None) -> tuple[float, float, str]:
    """Coordinates for ``--near PLACE``: (latitude, longitude, label).

    Runs the chain (the user's places from ``db_path`` or ``$TRACKER_DB``, then the
    gazetteer); an ambiguous or unknown place is an error that says how to fix it.
    """
    from .chain import describe

    resolution = resolver_for(db_path).candidates(text)
    if resolution.ambiguous:
        raise GeocodingError(
            f"--near {text!r} is ambiguous: {describe(resolution.rivals[:5])}. "
            "Add the country or province ('Town, Country'), or give LAT,LON."
        )
    if resolution.chosen is None:
        raise GeocodingError(
            f"Cannot locate {text!r} offline. Give --near as LAT,LON (e.g. 37.49,71.55), "
            "or add the place with 'tracker places add'."
        )
    chosen = resolution.chosen
    return chosen.latitude, chosen.longitude, chosen.label


__all__ = ["build_reporter", "resolve_near_point", "resolver_for", "set_build_reporter"]
