"""Geocoding a place phrase of a draft with the resolution chain (offline by default)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .drafts import Locator


def gazetteer_locator(db_path: str | Path | None = None) -> Locator:
    """A locator using the user's places (from ``db_path``, if it exists) and the offline gazetteer.

    Only a single clear candidate fills the location fields: within the country the
    article points to when there is one, else only an exact (not fuzzy) name match,
    because a misspelt village should stay unlocated rather than land in another
    country. An ambiguous or unknown place is kept as written, with a note.
    """
    from ..geo import resolver_for
    from ..geo.chain import EXACT, describe

    resolver = resolver_for(db_path, online=False)

    def locate(place: str, country: str | None) -> tuple[dict[str, Any], str | None]:
        resolution = resolver.candidates(place, country=country)
        strict = country is None
        if resolution.chosen is None and country is not None and not resolution.candidates:
            resolution, strict = resolver.candidates(place), True
        if resolution.ambiguous:
            return {}, f"Place {place!r} is ambiguous ({describe(resolution.rivals[:3])}): not geocoded."
        chosen = resolution.chosen
        if chosen is not None and strict and chosen.score < EXACT:
            return {}, f"Place {place!r} has only a loose match ({chosen.label}): not geocoded."
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
