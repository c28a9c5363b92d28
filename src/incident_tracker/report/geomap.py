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
from typing import TYPE_CHECKING, Any

from ..errors import TrackerError, ValidationError
from ..models import ATTRIBUTION_STATUSES, country_name, format_event_date, format_toll
from .basemap import BORDERS_CREDIT, Country, countries, countries_in
from .chart import _save, image_format
from .text import attribution_label, place_text, plural

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


def map_format(path: Path) -> str:
    """The image format for a map file name, or a one-line error naming the valid ones."""
    return image_format(path, "a map", " (or --format html with a .html file)")


def _map_incident(record: dict[str, Any]) -> MapIncident:
    return MapIncident(
        id=int(record["id"]),
        date=format_event_date(record["event_date"], record["event_date_end"], record["date_precision"]),
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
        raise ValidationError("--max-incidents must be at least 1 for a map.")
    records = list(store.query(filters, sort="-date", limit=max_incidents))
    total = store.count(filters) if max_incidents is not None and len(records) >= max_incidents else len(records)
    dates = [dt.date.fromisoformat(r["event_date"]) for r in records if r.get("event_date")]
    ends = [dt.date.fromisoformat(r["event_date_end"] or r["event_date"]) for r in records if r.get("event_date")]
    first = dt.date.fromisoformat(filters.since) if filters.since else (min(dates) if dates else None)
    last = dt.date.fromisoformat(filters.until) if filters.until else (max(ends) if ends else None)
    incidents = sorted((_map_incident(r) for r in records), key=lambda i: i.id)
    return IncidentMap(filters.describe(), incidents, total, first, last, focus=list(filters.countries))


# --- geometry -----------------------------------------------------------------------


def _extent(incident_map: IncidentMap, known: dict[str, Country]) -> tuple[float, float, float, float]:
    """(west, south, east, north) holding every drawn incident and every country hatched, padded."""
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
        raise TrackerError(
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


def _fit(box: tuple[float, float, float, float], ratio: float) -> tuple[float, float, float, float]:
    """Widen the box in one direction so that, drawn at its mean latitude, it fills an axes of
    width/height ``ratio`` exactly (equirectangular: a degree of longitude is cos(latitude) wide)."""
    west, south, east, north = box
    scale = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * scale, north - south
    if width / height < ratio:
        extra = (height * ratio / scale - (east - west)) / 2
        west, east = west - extra, east + extra
    else:
        extra = (width / ratio - height) / 2
        south, north = south - extra, north + extra
    return west, south, east, north


def marker_area(killed: int | None) -> float:
    """Marker area in points² for a best estimate: grows with the toll, capped at 100 killed."""
    if killed is None:
        return 110.0
    if killed == 0:
        return 14.0
    grown: float = float(min(killed, 100)) ** 0.8
    return 36.0 + 28.0 * grown


def _nice_km(target: float) -> float:
    steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]
    return max([s for s in steps if s <= target] or [1])


# --- drawing ------------------------------------------------------------------------


def draw_map(
    incident_map: IncidentMap,
    out: Path,
    *,
    width: float = 11.0,
    height: float = 7.6,
    protect: Iterable[Path] = (),
) -> Path:
    """Draw ``incident_map`` into ``out`` (.png or .svg) through the shared output rules: never
    over ``protect`` (the database and its side files), complete or not at all."""
    fmt = map_format(out)
    if not out.parent.exists():
        raise ValidationError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    if not incident_map.incidents:
        raise TrackerError(f"No incidents to map ({incident_map.description}); no file written.")
    figure = render_figure(incident_map, width=width, height=height)

    from matplotlib import rc_context

    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    try:
        with rc_context({"svg.hashsalt": "incident-tracker", "svg.fonttype": "none"}):
            _save(figure, out, fmt, metadata, protect)
    except OSError as exc:
        raise TrackerError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    return out


def render_figure(incident_map: IncidentMap, *, width: float = 11.0, height: float = 7.6) -> Any:
    """The matplotlib ``Figure`` of the map (for a file, or for the brief)."""
    from matplotlib.figure import Figure

    known = countries()
    west, south, east, north = _fit(_extent(incident_map, known), MAP_BOX[2] * width / (MAP_BOX[3] * height))
    lat0 = (south + north) / 2

    figure = Figure(figsize=(width, height), facecolor="white")
    ax = figure.add_axes(MAP_BOX)
    # The right column: the locator inset on top, then the legend and the list of incidents not drawn.
    inset_drawn = east - west < 40
    panel = figure.add_axes((0.70, 0.09, 0.29, 0.59 if inset_drawn else 0.80))
    panel.set_axis_off()

    _draw_land(ax, known, (west, south, east, north), incident_map)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians(lat0)), adjustable="box")
    _draw_incidents(ax, incident_map)
    _draw_scale_bar(ax, (west, south, east, north), lat0)
    _draw_graticule(ax, (west, south, east, north))
    if inset_drawn:
        _draw_inset(figure, known, (west, south, east, north))

    figure.text(0.02, 0.955, incident_map.title, fontsize=15, fontweight="bold", va="top")
    figure.text(0.02, 0.915, f"Filter: {incident_map.description}", fontsize=9.5, color="0.3", va="top")
    _draw_panel(panel, incident_map)
    credit = f"{BORDERS_CREDIT}; simplified, accurate to tens of km: not for judging which side of a border. "
    credit += f"{PLACES_CREDIT}."
    note = figure.text(0.02, 0.035, credit, fontsize=7, color="0.35", va="bottom", wrap=True)
    note.set_gid("credit")
    return figure


def _polygon_patches(country: Country) -> list[Any]:
    from matplotlib.patches import Polygon

    return [Polygon(polygon[0], closed=True) for polygon in country.polygons]


def _draw_land(
    ax: Any, known: dict[str, Country], box: tuple[float, float, float, float], incident_map: IncidentMap
) -> None:
    from matplotlib.collections import PatchCollection

    west, south, east, north = box
    ax.set_facecolor(SEA)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor("0.6")
    shown = countries_in(west - 5, south - 5, east + 5, north + 5)
    involved = set(incident_map.focus) | {i.country for i in incident_map.incidents if i.country}
    patches, colours = [], []
    for country in shown:
        for patch in _polygon_patches(country):
            patches.append(patch)
            colours.append(LAND_FOCUS if country.code in involved else LAND)
    land = PatchCollection(patches, facecolors=colours, edgecolors=BORDER, linewidths=0.8, zorder=1)
    land.set_gid("countries")
    ax.add_collection(land)

    unplaced = incident_map.by_country
    for code, items in unplaced.items():
        if code not in known:
            continue
        statuses = {i.attribution for i in items}
        colour = ATTRIBUTION_HEX[statuses.pop()] if len(statuses) == 1 else "#555555"
        hatch = PatchCollection(
            _polygon_patches(known[code]), facecolors="none", edgecolors=colour, hatch="///", linewidths=1.4, zorder=2
        )
        hatch.set_alpha(0.55)
        hatch.set_gid(f"country-only-{code}")
        ax.add_collection(hatch)

    for country in shown:
        spot = _label_point(country, box)
        if spot is None:
            continue
        lon, lat = spot
        name = country.name.upper()
        if code_items := unplaced.get(country.code):
            killed = sum(i.killed or 0 for i in code_items)
            unknown = sum(1 for i in code_items if i.killed is None)
            name += f"\n{plural(len(code_items), 'incident')} located only to the country"
            name += f"\n{killed} killed" + (f", {unknown} toll unknown" if unknown else "")
        label = ax.text(
            lon,
            lat,
            name,
            fontsize=9 if country.code in involved else 7.5,
            color="0.2" if country.code in involved else "0.5",
            ha="center",
            va="center",
            fontweight="bold" if country.code in involved else "normal",
            linespacing=1.3,
            zorder=3,
            clip_on=True,
            bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 1.5}
            if country.code in unplaced
            else None,
        )
        label.set_gid(f"country-label-{country.code}")


def _label_point(country: Country, box: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """Where to write a country's name: its own label point if visible, else a visible point inside it."""
    from matplotlib.path import Path as Outline

    west, south, east, north = box
    outlines = [Outline(polygon[0]) for polygon in country.polygons]

    def inside(lon: float, lat: float) -> bool:
        return any(o.contains_point((lon, lat)) for o in outlines)

    lon, lat = country.label_at
    margin_x, margin_y = (east - west) * 0.08, (north - south) * 0.05
    if west + margin_x < lon < east - margin_x and south + margin_y < lat < north - margin_y and inside(lon, lat):
        return lon, lat
    w, s, e, n = country.bounds
    w, s, e, n = max(w, west + margin_x), max(s, south + margin_y), min(e, east - margin_x), min(n, north - margin_y)
    if w >= e or s >= n:
        return None
    centre = ((w + e) / 2, (s + n) / 2)
    candidates = [
        (w + (e - w) * i / 8, s + (n - s) * j / 8)
        for i in range(1, 8)
        for j in range(1, 8)
        if inside(w + (e - w) * i / 8, s + (n - s) * j / 8)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda p: (p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2)


def _circle(lon: float, lat: float, radius_km: float, **style: Any) -> Any:
    from matplotlib.patches import Ellipse

    height = 2 * radius_km / 111.32
    width = height / max(0.05, math.cos(math.radians(lat)))
    return Ellipse((lon, lat), width, height, **style)


def _draw_incidents(ax: Any, incident_map: IncidentMap) -> None:
    # Large areas first, so smaller marks stay visible on top of them.
    order = {"admin1": 0, "admin2": 1, "near": 2, "exact": 3}
    located = sorted(incident_map.located, key=lambda i: (order.get(i.precision, 3), -(i.killed or 0)))
    for incident in located:
        colour = ATTRIBUTION_HEX.get(incident.attribution, "#555555")
        lon, lat = incident.longitude, incident.latitude
        assert lon is not None and lat is not None
        if incident.precision in ("admin1", "admin2"):
            area = _circle(
                lon,
                lat,
                AREA_RADIUS_KM[incident.precision],
                facecolor=colour,
                alpha=0.16 if incident.precision == "admin1" else 0.22,
                edgecolor=colour,
                linestyle="--",
                linewidth=1.0,
                zorder=4,
            )
            area.set_gid(f"incident-{incident.id}-{incident.precision}-area")
            ax.add_patch(area)
            toll = ax.text(
                lon, lat, incident.toll, ha="center", va="center", fontsize=8, color=colour, fontweight="bold", zorder=5
            )
            toll.set_gid(f"incident-{incident.id}-toll")
            continue
        if incident.precision == "near":
            ring = _circle(
                lon,
                lat,
                AREA_RADIUS_KM["near"],
                facecolor="none",
                edgecolor=colour,
                linestyle=(0, (3, 2)),
                linewidth=1.1,
                zorder=5,
            )
            ring.set_gid(f"incident-{incident.id}-near-ring")
            ax.add_patch(ring)
        unknown = incident.killed is None
        point = ax.scatter(
            [lon],
            [lat],
            s=marker_area(incident.killed),
            facecolors="white" if unknown else colour,
            edgecolors=colour if unknown else "white",
            linewidths=2.0 if unknown else 0.8,
            alpha=0.95,
            zorder=6,
        )
        point.set_gid(f"incident-{incident.id}-{'unknown-toll' if unknown else 'point'}")
        if unknown:
            mark = ax.text(lon, lat, "?", ha="center", va="center", fontsize=7, color=colour, zorder=7)
            mark.set_gid(f"incident-{incident.id}-unknown-mark")
    if len(located) <= 25:
        for incident in located:
            assert incident.longitude is not None and incident.latitude is not None
            tag = ax.annotate(
                f"#{incident.id}",
                (incident.longitude, incident.latitude),
                xytext=(7, 5),
                textcoords="offset points",
                fontsize=7,
                color="0.15",
                zorder=8,
            )
            tag.set_gid(f"incident-{incident.id}-id")


def _draw_scale_bar(ax: Any, box: tuple[float, float, float, float], lat0: float) -> None:
    west, south, east, north = ax.get_xlim()[0], ax.get_ylim()[0], ax.get_xlim()[1], ax.get_ylim()[1]
    km_per_degree = 111.32 * math.cos(math.radians(lat0))
    length_km = _nice_km((east - west) * km_per_degree / 5)
    length = length_km / km_per_degree
    x0 = west + (east - west) * 0.04
    y0 = south + (north - south) * 0.05
    bar = ax.plot([x0, x0 + length], [y0, y0], color="0.15", linewidth=3, solid_capstyle="butt", zorder=9)[0]
    bar.set_gid("scale-bar")
    text = ax.text(x0 + length / 2, y0 + (north - south) * 0.015, f"{length_km:g} km", ha="center", va="bottom")
    text.set_fontsize(8)
    text.set_zorder(9)
    text.set_gid("scale-bar-label")


def _draw_graticule(ax: Any, box: tuple[float, float, float, float]) -> None:
    west, south, east, north = box
    step = next(s for s in (1, 2, 5, 10, 20, 30) if (east - west) / s <= 8)
    lons = [x * step for x in range(math.ceil(west / step), math.floor(east / step) + 1)]
    lats = [y * step for y in range(math.ceil(south / step), math.floor(north / step) + 1)]
    for lon in lons:
        ax.axvline(lon, color="white", linewidth=0.5, alpha=0.6, zorder=0.5)
    for lat in lats:
        ax.axhline(lat, color="white", linewidth=0.5, alpha=0.6, zorder=0.5)
    ax.set_xticks(lons, [f"{abs(v):g}°{'E' if v >= 0 else 'W'}" for v in lons], fontsize=7, color="0.4")
    ax.set_yticks(lats, [f"{abs(v):g}°{'N' if v >= 0 else 'S'}" for v in lats], fontsize=7, color="0.4")
    ax.tick_params(length=2, pad=1)


def _draw_inset(figure: Any, known: dict[str, Country], box: tuple[float, float, float, float]) -> None:
    """A small locator map: where the main map lies in its region."""
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Rectangle

    west, south, east, north = box
    cx, cy = (west + east) / 2, (south + north) / 2
    half = max(east - west, north - south) * 1.8 + 6
    inset_box = (0.70, 0.70, 0.20, 0.19)
    fig_w, fig_h = figure.get_size_inches()
    iw, is_, ie, in_ = _fit(
        (cx - half, cy - half * 0.7, cx + half, cy + half * 0.7), inset_box[2] * fig_w / (inset_box[3] * fig_h)
    )
    inset = figure.add_axes(inset_box)
    inset.set_gid("inset")
    inset.set_facecolor(SEA)
    patches = [p for c in countries_in(iw, is_, ie, in_) for p in _polygon_patches(c)]
    inset.add_collection(PatchCollection(patches, facecolors=LAND, edgecolors="0.7", linewidths=0.3))
    inset.add_patch(
        Rectangle((west, south), east - west, north - south, facecolor="none", edgecolor="#c0142c", linewidth=1.2)
    )
    inset.set_xlim(iw, ie)
    inset.set_ylim(is_, in_)
    inset.set_aspect(1 / math.cos(math.radians((is_ + in_) / 2)), adjustable="box")
    inset.set_xticks([])
    inset.set_yticks([])
    for spine in inset.spines.values():
        spine.set_edgecolor("0.5")


def _legend_handles(incident_map: IncidentMap) -> list[Any]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Ellipse, Patch

    present = [s for s in ATTRIBUTION_STATUSES if any(i.attribution == s for i in incident_map.incidents)]
    handles: list[Any] = [Patch(visible=False, label="Attribution (colour)")]
    handles += [Patch(facecolor=ATTRIBUTION_HEX[s], edgecolor="none", label=s) for s in present]
    handles.append(Patch(visible=False, label="Killed (marker area)"))
    for killed in (1, 5, 20):
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=math.sqrt(marker_area(killed)),
                markerfacecolor="0.45",
                markeredgecolor="white",
                label=f"{killed} killed",
            )
        )
    handles.append(
        Line2D(
            [], [], linestyle="none", marker="o", markersize=math.sqrt(marker_area(0)), color="0.45", label="0 killed"
        )
    )
    handles.append(
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=math.sqrt(marker_area(None)),
            markerfacecolor="white",
            markeredgecolor="0.45",
            markeredgewidth=2,
            label="toll unknown (hollow, ?)",
        )
    )
    handles.append(Patch(visible=False, label="Where (precision)"))
    handles.append(
        Ellipse((0, 0), 1, 1, facecolor="none", edgecolor="0.45", linestyle="--", label="near a named place (ring)")
    )
    handles.append(
        Patch(
            facecolor="0.45",
            alpha=0.25,
            edgecolor="0.45",
            linestyle="--",
            label=f"district / province: circle of {AREA_RADIUS_KM['admin2']:g} / {AREA_RADIUS_KM['admin1']:g} km",
        )
    )
    handles.append(Patch(facecolor="none", edgecolor="0.35", hatch="///", label="country only (hatched, listed)"))
    return handles


def _draw_panel(panel: Any, incident_map: IncidentMap) -> None:
    legend = panel.legend(
        handles=_legend_handles(incident_map),
        loc="upper left",
        frameon=False,
        fontsize=8,
        handlelength=2.2,
        borderaxespad=0,
        labelspacing=0.55,
    )
    for text in legend.get_texts():
        if text.get_text() in ("Attribution (colour)", "Killed (marker area)", "Where (precision)"):
            text.set_fontweight("bold")
            text.set_x(-30)
    legend.set_gid("legend")
    lines = _panel_lines(incident_map)
    if lines:
        listing = panel.text(
            0, 0.0, "\n".join(lines), fontsize=7.5, va="bottom", ha="left", color="0.2", transform=panel.transAxes
        )
        listing.set_gid("not-drawn-list")


def _shorten(text: str, width: int = 46) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _panel_lines(incident_map: IncidentMap) -> list[str]:
    drawn = len(incident_map.located)
    if drawn == 0:
        lines = [f"None of the {plural(incident_map.total, 'incident')} has a place finer than its country."]
    else:
        lines = [
            f"{plural(drawn, 'incident')} drawn at their location"
            + (f" of {incident_map.total:,} matching" if incident_map.total != drawn else "")
            + "."
        ]
    unplaced = incident_map.by_country
    if unplaced:
        lines.append("")
        lines.append("Not drawn as points (country hatched):")
        shown = 0
        for code, items in sorted(unplaced.items(), key=lambda kv: -len(kv[1])):
            lines.append(f"{country_name(code) or 'no country'}: {plural(len(items), 'incident')}")
            for incident in items[: max(0, 8 - shown)]:
                # En spaces, not plain ones: an SVG viewer collapses leading spaces.
                lines.append(f"\u2002#{incident.id} {incident.date} · {incident.toll} killed · {incident.attribution}")
                lines.append(f"\u2002\u2002\u2002{_shorten(incident.place, 34)} ({incident.why_not_drawn})")
                shown += 1
        if shown < sum(len(v) for v in unplaced.values()):
            lines.append(f"\u2002… and {sum(len(v) for v in unplaced.values()) - shown} more")
    if incident_map.left_out:
        lines.append(f"Not read: {incident_map.left_out:,} older incidents (raise --max-incidents).")
    return lines


def located_counts(incidents: Iterable[MapIncident]) -> dict[str, int]:
    """How many incidents per precision are drawn (for the command's message and tests)."""
    counts: dict[str, int] = {}
    for incident in incidents:
        key = incident.precision if incident.located else "not drawn"
        counts[key] = counts.get(key, 0) + 1
    return counts
