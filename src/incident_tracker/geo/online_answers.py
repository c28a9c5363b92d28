"""What the online tier takes from a Nominatim answer, and what it leaves: a server may be wrong, not only down.

A server, a proxy or a captive portal can answer with anything. Only a JSON list of objects is an
answer (an object, a list of strings, an HTML page: :class:`OnlineServiceError`); of its places,
only one with finite coordinates on the globe, not at 0°, 0° ("null island", the point of a
missing value), is kept (:func:`sound_answers`); a latitude of 999 or "NaN" was passed to geopy,
which warned with its own source lines or failed the whole lookup. Names lose control characters
and bidirectional overrides (:func:`plain_name`), so that no answer can reach a terminal as an
escape sequence or reorder the line it is shown in. Free of geopy: imported whenever the tier is.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

from ..errors import GeocodingError


class OnlineServiceError(GeocodingError):
    """The online geocoder failed to give a usable answer: ``what`` says how, in our words, never the server's.

    ``wait_seconds``: how long the server asked the client to stay away (429, or 503 with
    Retry-After), kept in the cache so that the next command waits too."""

    def __init__(self, what: str, *, wait_seconds: float | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.wait_seconds = wait_seconds


def coordinate(value: Any, limit: float) -> float | None:
    """A latitude (``limit`` 90) or longitude (180) as a finite float within range; None otherwise."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def has_point(answer: dict[str, Any]) -> bool:
    """Finite coordinates on the globe, and not 0°, 0° (the point a missing value becomes)."""
    latitude, longitude = coordinate(answer.get("lat"), 90.0), coordinate(answer.get("lon"), 180.0)
    return latitude is not None and longitude is not None and (latitude, longitude) != (0.0, 0.0)


def sound_answers(payload: Any) -> list[dict[str, Any]]:
    """The places of a Nominatim /search answer that have a point; a payload of another shape is refused."""
    if not isinstance(payload, list) or not all(isinstance(answer, dict) for answer in payload):
        shape = "a JSON object" if isinstance(payload, dict) else "not a list of places"
        raise OnlineServiceError(f"gave an answer that is not a Nominatim answer ({shape})")
    return [answer for answer in payload if has_point(answer)]


#: Characters of the format class that are text, not control: the Persian half-space and the joiner.
_TEXT_FORMATS = frozenset("\u200c\u200d")


def plain_name(value: Any) -> str:
    """A name as text only: no control characters (escape sequences, bells), no bidirectional overrides or
    isolates, nothing invisible but the joiners words need; spaces collapsed."""
    text = value if isinstance(value, str) else ""
    kept = (
        " " if unicodedata.category(ch) == "Cc" else ch
        for ch in text
        if ch in _TEXT_FORMATS or unicodedata.category(ch) != "Cf"
    )
    return " ".join("".join(kept).split())
