"""Geocoding: turning place names into coordinates, offline first.

The pieces, each usable from Python:

* :mod:`.roles` — a place named in another role (a dateline, a speaker's seat): no event place;
* :mod:`.text` — folding, transliteration and phonetic keys; reading "near X",
  "X province", "Town, Country";
* :mod:`.gazetteer` — the GeoNames gazetteer, read; :mod:`.build` builds it once into the cache folder;
* :mod:`.places` — the analyst's own places, stored in the incident database;
* :mod:`.chain` — :class:`~.chain.Resolver`: places → gazetteer → (opt-in) Nominatim,
  each tier (:mod:`.tiers`) answering with :class:`geopy.location.Location` objects,
  ranked and explained as :mod:`.candidates` says;
* :mod:`.online` — the Nominatim tier, rate-limited and cached.

Nothing here is imported by commands that do not geocode: geopy alone costs ~90 ms.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GeocodingError

if TYPE_CHECKING:
    from .chain import Resolver
    from .gazetteer import Reporter


def resolver_for(
    db_path: str | Path | None = None, *, online: bool | None = None, reporter: Reporter | None = None
) -> Resolver:
    """A :class:`~.chain.Resolver` with the user's places from the incident database at ``db_path``.

    The database is opened read-only and only if it exists (a search near a place must
    not create one); ``online`` defaults to the ``TRACKER_ONLINE_GEOCODER`` setting;
    ``reporter`` shows the gazetteer's build when a lookup has to build it first.
    """
    from .chain import Resolver
    from .online import OnlineGeocoder, online_enabled

    db = _read_only_places(db_path)
    use_online = online_enabled() if online is None else online
    return Resolver(db, online=OnlineGeocoder() if use_online else None, reporter=reporter)


def _read_only_places(db_path: str | Path | None) -> Any:
    """A read-only connection to the incident database if it has places, else None."""
    from ..store.database import default_path
    from ..store.places import open_places_read_only

    return open_places_read_only(Path(db_path) if db_path is not None else default_path())


def resolve_near_point(
    text: str, db_path: str | Path | None = None, *, reporter: Reporter | None = None
) -> tuple[float, float, str]:
    """Coordinates for a search near a place: (latitude, longitude, label).

    Runs the chain (the user's places from ``db_path`` or ``$TRACKER_DB``, then the
    gazetteer); an ambiguous or unknown place is an error that says how to fix it.
    """
    from .chain import describe

    resolution = resolver_for(db_path, reporter=reporter).candidates(text)
    if resolution.ambiguous:
        raise GeocodingError(
            f"The place {text!r} is ambiguous: {describe(resolution.rivals[:5])}. "
            "Add the country or province ('Town, Country'), or give LAT,LON."
        )
    if resolution.chosen is None:
        raise GeocodingError(
            f"Cannot locate {text!r} offline. Give the point as LAT,LON (e.g. 37.49,71.55), "
            "or add the place with 'tracker places add'."
        )
    chosen = resolution.chosen
    return chosen.latitude, chosen.longitude, chosen.label


__all__ = ["resolve_near_point", "resolver_for"]
