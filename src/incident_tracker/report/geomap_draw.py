"""Drawing an :class:`~.geomap.IncidentMap` with matplotlib (imported only here, when a
map is drawn): land, incidents, legend, scale bar, graticule, inset and side panel.

:mod:`.geomap` builds the data and says how it is shown; see its docstring for the
conventions this module follows.
"""

from __future__ import annotations

import math
from typing import Any

from .basemap import BORDERS_CREDIT, Country, countries, countries_in
from .geomap import (
    AREA_RADIUS_KM,
    ATTRIBUTION_HEX,
    BORDER,
    LAND,
    LAND_FOCUS,
    MAP_BOX,
    PLACES_CREDIT,
    SEA,
    IncidentMap,
    MapIncident,
    map_extent,
    marker_area,
)
from .geomap_panel import draw_panel
from .text import plural


def render_figure(incident_map: IncidentMap, *, width: float = 11.0, height: float = 7.6) -> Any:
    """The matplotlib ``Figure`` of the map (for a file, or for the brief)."""
    from matplotlib.figure import Figure

    known = countries()
    west, south, east, north = _fit(map_extent(incident_map, known), MAP_BOX[2] * width / (MAP_BOX[3] * height))
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
    draw_panel(panel, incident_map)
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
    """The sea, then the countries around the box (those of the filter and of the incidents
    shaded darker, so the eye finds them), the countries of incidents known only to their
    country hatched, and the countries' names, in the order they must stack."""
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
    _hatch_country_only(ax, known, incident_map)
    for country in shown:
        _label_country(ax, country, box, involved, incident_map)


def _hatch_country_only(ax: Any, known: dict[str, Country], incident_map: IncidentMap) -> None:
    """Incidents known only to their country have no point to draw; their country is hatched
    in their attribution's colour (grey when they differ), so they are on the map without a
    place the source never gave."""
    from matplotlib.collections import PatchCollection

    for code, items in incident_map.by_country.items():
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


def _label_country(
    ax: Any, country: Country, box: tuple[float, float, float, float], involved: set[str], incident_map: IncidentMap
) -> None:
    """A country's name where it can be read inside the box; for a hatched country, with its
    incidents and toll under it, since no point on the map carries them."""
    spot = _label_point(country, box)
    if spot is None:
        return
    lon, lat = spot
    name = country.name.upper()
    unplaced = incident_map.by_country
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
    """Every located incident as its precision allows: an area for a province or district,
    a ring and a point for "near", a point for an exact place; large areas first and, among
    equals, the deadliest first, so that smaller marks stay visible on top. Ids are written
    beside them while there are few enough (25) to read."""
    order = {"admin1": 0, "admin2": 1, "near": 2, "exact": 3}
    located = sorted(incident_map.located, key=lambda i: (order.get(i.precision, 3), -(i.killed or 0)))
    for incident in located:
        colour = ATTRIBUTION_HEX.get(incident.attribution, "#555555")
        if incident.precision in ("admin1", "admin2"):
            _draw_area(ax, incident, colour)
            continue
        if incident.precision == "near":
            _draw_near_ring(ax, incident, colour)
        _draw_point(ax, incident, colour)
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


def _draw_area(ax: Any, incident: MapIncident, colour: str) -> None:
    """An incident placed only to a district or province: a shaded circle of that unit's size
    (:data:`~.geomap.AREA_RADIUS_KM`) with its toll written inside, never a point that would
    claim a place the source did not give."""
    lon, lat = incident.longitude, incident.latitude
    assert lon is not None and lat is not None
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


def _draw_near_ring(ax: Any, incident: MapIncident, colour: str) -> None:
    """A dashed ring around the point of an incident told only as near a named place."""
    assert incident.longitude is not None and incident.latitude is not None
    ring = _circle(
        incident.longitude,
        incident.latitude,
        AREA_RADIUS_KM["near"],
        facecolor="none",
        edgecolor=colour,
        linestyle=(0, (3, 2)),
        linewidth=1.1,
        zorder=5,
    )
    ring.set_gid(f"incident-{incident.id}-near-ring")
    ax.add_patch(ring)


def _draw_point(ax: Any, incident: MapIncident, colour: str) -> None:
    """The incident's point, its area the toll; an unknown toll hollow and marked "?", so it
    is never read as a toll of none."""
    lon, lat = incident.longitude, incident.latitude
    assert lon is not None and lat is not None
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
    # Up to 90°: a desk's record across the world spans more than 240° of longitude, past what 30° steps
    # hold in 8 lines (an "Unexpected StopIteration" after the whole drawing of map and brief, probe20).
    step = next((s for s in (1, 2, 5, 10, 20, 30, 45, 60, 90) if (east - west) / s <= 8), 90)
    lons = [x * step for x in range(math.ceil(west / step), math.floor(east / step) + 1)]
    lats = [y * step for y in range(math.ceil(max(south, -90) / step), math.floor(min(north, 90) / step) + 1)]
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


def _nice_km(target: float) -> float:
    """The scale bar's length: the longest round distance not over ``target`` km."""
    steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]
    return max([s for s in steps if s <= target] or [1])
