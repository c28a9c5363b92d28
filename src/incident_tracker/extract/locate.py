"""Geocoding a place phrase of a draft with the resolution chain (offline by default)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .drafts import Locator


def gazetteer_locator(db_path: str | Path | None = None) -> Locator:
    """A locator using the user's places (from ``db_path``, if it exists) and the offline gazetteer.

    Only a single clear candidate fills the location fields; an ambiguous or unknown
    place is kept as written, with a note for the reviewer.
    """
    from ..geo import resolver_for
    from ..geo.chain import describe

    resolver = resolver_for(db_path, online=False)

    def locate(place: str, country: str | None) -> tuple[dict[str, Any], str | None]:
        resolution = resolver.candidates(place, country=country)
        if resolution.chosen is None and country is not None and not resolution.candidates:
            resolution = resolver.candidates(place)
        if resolution.ambiguous:
            return {}, f"Place {place!r} is ambiguous ({describe(resolution.rivals[:3])}): not geocoded."
        chosen = resolution.chosen
        if chosen is None:
            return {}, f"Place {place!r} not found in the offline gazetteer: kept as written."
        fields = {
            "location": chosen.name,
            "admin1": chosen.admin1,
            "country": chosen.country,
            "latitude": round(chosen.latitude, 5),
            "longitude": round(chosen.longitude, 5),
            "geo_precision": chosen.geo_precision,
            "geocoder": chosen.source,
        }
        return fields, None

    return locate
