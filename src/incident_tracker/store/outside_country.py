"""Coordinates that contradict the country: a point far outside the outline of the record's country.

The outlines are Natural Earth's 1:110 million countries (:mod:`..outlines`, offline),
accurate to tens of kilometres, so only a point more than :data:`FAR_KM` outside its
country is reported: a typo (a swapped or mistyped coordinate) or the wrong country, never a
question of which side of a border. Nothing is refused: the analyst may know better; add,
edit and import warn, and ``tracker check`` lists them. A country without an outline (about
80 small territories) is never reported.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from ..errors import TrackerError
from ..outlines import Ring, inside
from .listing import first_ids

#: How far outside its country's outline a point must lie to be reported, in kilometres:
#: several times the outlines' error, so that a border incident is never flagged.
FAR_KM = 100.0
_EARTH_KM = 6371.0


@cache
def _outlines() -> dict[str, tuple[tuple[float, float, float, float], list[Ring]]]:
    """Each country's bounds and outer rings, by ISO code; empty if the outlines are missing."""
    from ..outlines import countries

    try:
        return {
            code: (country.bounds, [polygon[0] for polygon in country.polygons])
            for code, country in countries().items()
        }
    except TrackerError:
        return {}


def _segment_km(lat: float, lon: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance from the point to the segment a-b (lon, lat pairs), on a plane around the point."""
    scale = math.cos(math.radians(lat))
    ax, ay = (a[0] - lon) * scale, a[1] - lat
    bx, by = (b[0] - lon) * scale, b[1] - lat
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
    x, y = ax + t * dx, ay + t * dy
    return math.radians(math.hypot(x, y)) * _EARTH_KM


def km_outside(latitude: float, longitude: float, country: str) -> float | None:
    """How far the point lies outside the country's outline (0 inside), or None without an outline."""
    known = _outlines().get(country.upper())
    if known is None:
        return None
    (west, south, east, north), rings = known
    if south <= latitude <= north and west <= longitude <= east and any(inside(longitude, latitude, r) for r in rings):
        return 0.0
    return min(_segment_km(latitude, longitude, a, b) for ring in rings for a, b in pairwise(ring))


#: Cells that answer :func:`is_far_outside` for every point in them once their centre is
#: measured: a distance to a country moves by at most the distance moved, about 8 km from a
#: 0.1-degree cell's centre to its corner (1.6 km in a 0.02-degree cell, tried when a 0.1-degree
#: cell straddles the line at :data:`FAR_KM`).
_LEVELS = ((0.1, 8.0), (0.02, 1.6))
#: Cells measured: (level, country, row, column) → far (True), near (False), or None (too close
#: to call). At most this many; a full memory starts again.
_CELLS: dict[tuple[int, str, int, int], bool | None] = {}
_CELLS_KEPT = 1_000_000


def _cell(level: int, code: str, row: int, column: int) -> bool | None:
    size, reach = _LEVELS[level]
    away = km_outside((row + 0.5) * size, (column + 0.5) * size, code)
    if away is None or away + reach <= FAR_KM:
        return False
    return True if away - reach > FAR_KM else None


def is_far_outside(latitude: float, longitude: float, country: str) -> bool:
    """Whether the point lies more than :data:`FAR_KM` outside the country's outline (False
    without an outline). An import checks every row: a point is answered by the cell it lies in
    when the whole cell is clearly near or far, and measured by :func:`km_outside` otherwise."""
    code = country.upper()
    for level, (size, _reach) in enumerate(_LEVELS):
        key = (level, code, math.floor(latitude / size), math.floor(longitude / size))
        known = _CELLS.get(key, _CELLS)
        if known is _CELLS:
            if len(_CELLS) >= _CELLS_KEPT:
                _CELLS.clear()
            known = _CELLS[key] = _cell(*key)
        if known is not None:
            return bool(known)
    away = km_outside(latitude, longitude, code)
    return away is not None and away > FAR_KM


def placed_far_outside(latitude: object, longitude: object, country: object) -> bool:
    """:func:`is_far_outside` for a record's fields as stored or read (numbers, or None when not
    given): False for a record with no point or no country, which has nothing to contradict."""
    if latitude is None or longitude is None or not country:
        return False
    return is_far_outside(float(latitude), float(longitude), str(country))  # type: ignore[arg-type]


def outside_country_warning(latitude: object, longitude: object, country: object) -> str | None:
    """The one-line warning for coordinates far outside the record's country, or None."""
    if not placed_far_outside(latitude, longitude, country):
        return None
    lat, lon, code = float(latitude), float(longitude), str(country)  # type: ignore[arg-type]
    away = km_outside(lat, lon, code) or FAR_KM
    return (
        f"the coordinates {lat:.4f}, {lon:.4f} lie about {away:,.0f} km outside {code}: "
        "kept as given; check the coordinates and the country."
    )


def far_outside(rows: Iterable[tuple[int, object, object, object]]) -> list[int]:
    """The ids of the rows (id, latitude, longitude, country) far outside their country."""
    answers: dict[tuple[object, object, object], bool] = {}
    found = []
    for incident_id, latitude, longitude, country in rows:
        key = (latitude, longitude, country)
        far = answers.get(key)
        if far is None:
            far = answers[key] = placed_far_outside(latitude, longitude, country)
        if far:
            found.append(incident_id)
    return found


def far_outside_note(lines: list[int], unit: str = "line") -> str:
    """The import's one-line warning for the rows (by line, or by ``unit``: a JSON array's
    record) far outside their country."""
    shown = first_ids(lines, 10)
    rows, where, give = ("row", unit, "gives") if len(lines) == 1 else ("rows", f"{unit}s", "give")
    return (
        f"{len(lines)} {rows} ({where} {shown}) {give} coordinates more than {FAR_KM:.0f} km outside their country: "
        "kept as given; 'tracker check' lists them."
    )
