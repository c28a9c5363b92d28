"""Coordinates: WGS84 latitude and longitude, as typed and as checked."""

from __future__ import annotations

import re

from ..errors import ValidationError


def check_coordinates(latitude: float | None, longitude: float | None) -> None:
    """Both or neither, each within its range; the error names the field at fault."""
    if (latitude is None) != (longitude is None):
        missing = "latitude" if latitude is None else "longitude"
        raise ValidationError("Give both latitude and longitude, or neither.", field=missing)
    if latitude is not None and not -90 <= latitude <= 90:
        raise ValidationError(f"Latitude {latitude} is out of range: it must be between -90 and 90.", field="latitude")
    if longitude is not None and not -180 <= longitude <= 180:
        raise ValidationError(
            f"Longitude {longitude} is out of range: it must be between -180 and 180.", field="longitude"
        )


LATLON_PATTERN = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*[, ]\s*(-?\d+(?:\.\d+)?)\s*")


def looks_like_latlon(text: str) -> bool:
    return LATLON_PATTERN.fullmatch(text) is not None


def parse_latlon(text: str) -> tuple[float, float]:
    """Parse ``LAT,LON``, as typed for a point to search near."""
    match = LATLON_PATTERN.fullmatch(text)
    if not match:
        raise ValidationError(f"Cannot read coordinates {text!r}: write them as LAT,LON.")
    lat, lon = float(match.group(1)), float(match.group(2))
    check_coordinates(lat, lon)
    return lat, lon
