"""Country outlines, offline, and whether a point lies inside one: for the maps and the store's checks.

The outlines come from the ``countryinfo`` package (MIT), which ships one JSON file per
country holding, among other facts, a GeoJSON outline from the world.geo.json project:
Natural Earth's 1:110 million countries (public domain), simplified. Nothing is
downloaded, ever. The files are read directly from the installed package: importing
``countryinfo`` itself would cost ~60 ms for code we do not use.

What this data can and cannot carry (see docs/reports.md):

- Countries only: no package on the index ships province (admin1) outlines offline at a
  sensible size.
- At 1:110 million a border is accurate to tens of kilometres: never a judge of which side
  of a border an incident happened on.
- Some small territories have no outline (about 80 of 250 files); they are simply absent.

Both the report layer (``report.basemap`` draws them) and the store (``store.outside_country``
flags coordinates far outside their country) read them here, so the store never reaches up
into the report layer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from itertools import pairwise
from pathlib import Path
from typing import Any

from .errors import TrackerError

Ring = list[tuple[float, float]]
"""A closed outline as (longitude, latitude) pairs."""


@dataclass(frozen=True)
class Country:
    """One country's outline: its ISO code, name, polygons (outer ring first) and label point."""

    code: str
    name: str
    polygons: tuple[tuple[Ring, ...], ...]
    label_at: tuple[float, float]

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of every ring."""
        lons = [lon for polygon in self.polygons for lon, _ in polygon[0]]
        lats = [lat for polygon in self.polygons for _, lat in polygon[0]]
        return min(lons), min(lats), max(lons), max(lats)

    def intersects(self, west: float, south: float, east: float, north: float) -> bool:
        w, s, e, n = self.bounds
        return w <= east and e >= west and s <= north and n >= south


def _data_folder() -> Path:
    spec = find_spec("countryinfo")
    if spec is None or not spec.submodule_search_locations:
        raise TrackerError(
            "The map needs the 'countryinfo' package (country outlines); reinstall incident-tracker "
            "with its dependencies (pip install incident-tracker)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _polygons(geometry: dict[str, Any]) -> tuple[tuple[Ring, ...], ...]:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    polygons: list[Any] = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else []
    return tuple(
        tuple([(float(point[0]), float(point[1])) for point in ring] for ring in polygon) for polygon in polygons
    )


def _largest_ring_centre(polygons: tuple[tuple[Ring, ...], ...]) -> tuple[float, float]:
    """The centre of the largest outer ring's bounding box: where a name fits best."""

    def area(ring: Ring) -> float:
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring))) / 2

    ring = max((polygon[0] for polygon in polygons), key=area)
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2


@cache
def countries() -> dict[str, Country]:
    """Every country with an outline, by ISO alpha-2 code (read once per process)."""
    found: dict[str, Country] = {}
    for path in sorted(_data_folder().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        features = (data.get("geoJSON") or {}).get("features") or []
        polygons = tuple(p for feature in features for p in _polygons(feature.get("geometry") or {}))
        if not code or not polygons:
            continue
        found[str(code).upper()] = Country(
            str(code).upper(), str(data.get("name") or code), polygons, _largest_ring_centre(polygons)
        )
    if not found:
        raise TrackerError(f"No country outlines found in {_data_folder()}; reinstall the 'countryinfo' package.")
    return found


def countries_in(west: float, south: float, east: float, north: float) -> list[Country]:
    """The countries whose outline reaches into the box."""
    return [c for c in countries().values() if c.intersects(west, south, east, north)]


def inside(lon: float, lat: float, ring: Ring) -> bool:
    """Whether the point lies inside the closed ring (even-odd rule: a ray to the east
    crosses the ring an odd number of times)."""
    found = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            found = not found
    return found
