"""``tracker map``: the incidents matching a filter on a map, as PNG or SVG.

Built like the other reports: :func:`build_map` reads the incidents into a
:class:`IncidentMap` (plain data, no drawing), :func:`draw_map` draws it with matplotlib
(imported there only, object-oriented API, no ``pyplot``), and the file is written to a
temporary name and renamed into place, as ``tracker chart`` does.

Honest geography, in the codebook's spirit (a place is only as precise as the source):

- ``exact`` coordinates are a marker; ``near`` a marker inside a dashed ring (the
  coordinates of the named place stand in); ``admin2`` a medium faint circle and ``admin1``
  a large faint circle, with no marker at all, since the point is only a district's or a
  province's centre. The circles' radii (:data:`AREA_RADIUS_KM`) are a convention stated
  in the legend, not the outline of the district or province.
- An incident with no coordinates, or located only to its country, is not a point: its
  country is hatched and the incident is listed beside the map.
- A marker's area grows with the best estimate of the killed; an unknown toll is a hollow
  ring, never a zero-sized marker; zero killed is a small filled dot.
- Colour is the attribution status (the legend repeats it in words).

Borders are Natural Earth's 1:110 million countries (:mod:`.basemap`): fine for
orientation, never for judging on which side of a border something happened; the
credit under the map says so.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import TrackerError, ValidationError
from ..models import IncidentRecord, date_label, format_toll
from .basemap import Country
from .chart import image_format, save_figure
from .text import attribution_label, place_text

if TYPE_CHECKING:
    from ..store import Filters, IncidentStore


#: Incidents drawn at most unless asked otherwise (the most recent); the note says when some are left out.
DEFAULT_MAX_INCIDENTS = 2000

#: Radius of the faint circle standing for an area-precise location, and of the ring around a "near" one.
AREA_RADIUS_KM: dict[str, float] = {"near": 15.0, "admin2": 40.0, "admin1": 120.0}

#: Attribution colours (colour-blind safe enough with the words in the legend), as ``tracker list`` hints.
ATTRIBUTION_HEX: dict[str, str] = {
    "unattributed": "#7f7f7f",
    "alleged": "#d4a000",
    "suspected": "#e66100",
    "claimed": "#c0142c",
    "confirmed": "#6b0010",
    "disputed": "#8f3fb0",
}

PLACES_CREDIT = "Places: GeoNames (CC BY 4.0) and the analyst's own places"
#: Where the map sits in the figure (left, bottom, width, height, as fractions).
MAP_BOX = (0.045, 0.09, 0.63, 0.80)
SEA = "#dbe7ef"
LAND = "#f4f1ea"
LAND_FOCUS = "#ebe5d8"
BORDER = "#8a8a8a"


class NothingToMap(TrackerError):
    """No incident can be drawn: none, or none with coordinates or a country with an outline.
    Its own class so that the brief, which then goes without a map, does not also swallow a
    failure to write the map (a full disk) and call a brief that lacks it written."""


@dataclass
class MapIncident:
    """One incident as the map needs it."""

    id: int
    date: str
    place: str
    country: str | None
    latitude: float | None
    longitude: float | None
    precision: str
    killed: int | None
    killed_low: int | None
    killed_high: int | None
    attribution: str
    attribution_text: str

    @property
    def located(self) -> bool:
        """Drawn at its coordinates: it has some, and they say more than the country."""
        return self.latitude is not None and self.longitude is not None and self.precision not in ("country", "unknown")

    @property
    def toll(self) -> str:
        return format_toll(self.killed, self.killed_low, self.killed_high)

    @property
    def why_not_drawn(self) -> str:
        if self.latitude is None or self.longitude is None:
            return "no coordinates"
        return "country only" if self.precision == "country" else "precision unknown"


@dataclass
class IncidentMap:
    """What :func:`draw_map` draws; built by :func:`build_map`."""

    description: str
    incidents: list[MapIncident]
    total: int
    first: dt.date | None = None
    last: dt.date | None = None
    focus: list[str] = field(default_factory=list)

    @property
    def located(self) -> list[MapIncident]:
        return [i for i in self.incidents if i.located]

    @property
    def by_country(self) -> dict[str, list[MapIncident]]:
        """Incidents not drawn as points, by country ("" for none)."""
        out: dict[str, list[MapIncident]] = {}
        for incident in self.incidents:
            if not incident.located:
                out.setdefault(incident.country or "", []).append(incident)
        return out

    @property
    def left_out(self) -> int:
        """Matching incidents not read at all (past the cap)."""
        return self.total - len(self.incidents)

    @property
    def title(self) -> str:
        if self.first and self.last:
            from .periods import format_range

            return f"Incidents, {format_range(self.first, self.last)}"
        return "Incidents"


def map_format(path: Path, fmt: str | None = None) -> str:
    """The image format for a map written to ``path`` (``fmt``: ``--format``, see
    :func:`~incident_tracker.report.chart.image_format`)."""
    return image_format(path, "a map", " (or a .html file in the html format)", fmt=fmt)


def _map_incident(record: IncidentRecord) -> MapIncident:
    return MapIncident(
        id=int(record["id"]),
        date=date_label(record),
        place=place_text(record),
        country=record.get("country"),
        latitude=record.get("latitude"),
        longitude=record.get("longitude"),
        precision=record.get("geo_precision") or ("exact" if record.get("latitude") is not None else "unknown"),
        killed=record.get("killed"),
        killed_low=record.get("killed_low"),
        killed_high=record.get("killed_high"),
        attribution=record.get("attribution") or "unattributed",
        attribution_text=attribution_label(record),
    )


def build_map(
    store: IncidentStore, filters: Filters, *, max_incidents: int | None = DEFAULT_MAX_INCIDENTS
) -> IncidentMap:
    """Read the (most recent ``max_incidents``) incidents matching ``filters`` for the map."""
    if max_incidents is not None and max_incidents < 1:
        raise ValidationError("The maximum number of incidents must be at least 1 for a map.")
    records = list(store.query(filters, sort="-date", limit=max_incidents))
    total = store.count(filters) if max_incidents is not None and len(records) >= max_incidents else len(records)
    dates = [dt.date.fromisoformat(r["event_date"]) for r in records if r.get("event_date")]
    ends = [dt.date.fromisoformat(r["event_date_end"] or r["event_date"]) for r in records if r.get("event_date")]
    first = dt.date.fromisoformat(filters.since) if filters.since else (min(dates) if dates else None)
    last = dt.date.fromisoformat(filters.until) if filters.until else (max(ends) if ends else None)
    incidents = sorted((_map_incident(r) for r in records), key=lambda i: i.id)
    return IncidentMap(filters.describe(), incidents, total, first, last, focus=list(filters.countries))


# --- geometry -----------------------------------------------------------------------


def map_extent(incident_map: IncidentMap, known: dict[str, Country]) -> tuple[float, float, float, float]:
    """(west, south, east, north) holding every drawn incident and every country hatched, padded:
    the one frame of the image (:mod:`.geomap_draw`) and of the page (:mod:`.mapweb`)."""
    lons: list[float] = []
    lats: list[float] = []
    for incident in incident_map.located:
        radius = AREA_RADIUS_KM.get(incident.precision, 0.0)
        dlat = radius / 111.32
        dlon = radius / (111.32 * max(0.2, math.cos(math.radians(incident.latitude or 0))))
        lons += [incident.longitude - dlon, incident.longitude + dlon]  # type: ignore[operator]
        lats += [incident.latitude - dlat, incident.latitude + dlat]  # type: ignore[operator]
    for code in [*incident_map.by_country, *incident_map.focus]:
        if code in known:
            w, s, e, n = known[code].bounds
            lons += [w, e]
            lats += [s, n]
    if not lons:
        raise NothingToMap(
            f"Nothing to put on a map ({incident_map.description}): no incident has coordinates or a country "
            "with an outline; no file written."
        )
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    span = max(east - west, north - south, 1.5)
    pad = span * 0.12
    centre_lon, centre_lat = (west + east) / 2, (south + north) / 2
    half_w = max((east - west) / 2 + pad, span / 3)
    half_h = max((north - south) / 2 + pad, span / 3)
    return (
        max(-180.0, centre_lon - half_w),
        max(-85.0, centre_lat - half_h),
        min(180.0, centre_lon + half_w),
        min(85.0, centre_lat + half_h),
    )


def marker_area(killed: int | None) -> float:
    """Marker area in points² for a best estimate: grows with the toll, capped at 100 killed."""
    if killed is None:
        return 110.0
    if killed == 0:
        return 14.0
    grown: float = float(min(killed, 100)) ** 0.8
    return 36.0 + 28.0 * grown


# --- drawing ------------------------------------------------------------------------


def draw_map(
    incident_map: IncidentMap,
    out: Path,
    *,
    width: float = 11.0,
    height: float = 7.6,
    protect: Iterable[Path] = (),
    fmt: str | None = None,
) -> Path:
    """Draw ``incident_map`` into ``out`` (.png or .svg, or ``fmt`` for standard output or a
    device) through the shared output rules: never over ``protect`` (the database and its side
    files), complete or not at all."""
    fmt = map_format(out, fmt)
    if not out.parent.exists():
        raise ValidationError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    if not incident_map.incidents:
        raise NothingToMap(f"No incidents to map ({incident_map.description}); no file written.")
    from .geomap_draw import render_figure

    figure = render_figure(incident_map, width=width, height=height)

    save_figure(figure, out, fmt, protect)
    return out


def located_counts(incidents: Iterable[MapIncident]) -> dict[str, int]:
    """How many incidents per precision are drawn (for the command's message and tests)."""
    counts: dict[str, int] = {}
    for incident in incidents:
        key = incident.precision if incident.located else "not drawn"
        counts[key] = counts.get(key, 0) + 1
    return counts
