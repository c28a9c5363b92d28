"""Coordinates: WGS84 latitude and longitude, as typed and as checked."""

from __future__ import annotations

import math
import re
from typing import overload

from ..errors import ValidationError

#: The mean Earth radius (IUGG), in km: the one every distance here is measured with.
EARTH_RADIUS_KM = 6371.0088


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
    try:
        check_coordinates(lat, lon)
    except ValidationError as exc:  # the point searched near, not a record's latitude
        raise ValidationError(str(exc), field="near") from None
    return lat, lon


@overload
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float: ...
@overload
def haversine_km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None: ...
def haversine_km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    """Great-circle distance in km, on a sphere: the per-row test for "near" (also registered
    as a SQL function) and the gazetteer's comparisons; reported distances use geopy's geodesic.

    A first point without coordinates (a record not located) has no distance: None.
    """
    if lat1 is None or lon1 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
