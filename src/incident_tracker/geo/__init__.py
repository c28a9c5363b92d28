"""Geocoding: turning place names into coordinates."""

from __future__ import annotations

from ..errors import GeocodingError


def resolve_near_point(text: str) -> tuple[float, float, str]:
    """Coordinates for ``--near``: (latitude, longitude, label)."""
    raise GeocodingError(f"Cannot locate {text!r}: give --near as LAT,LON (e.g. 37.49,71.55).")
