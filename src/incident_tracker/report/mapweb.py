"""``tracker map --format html``: an interactive map in one HTML file that opens offline.

Hand-written, no library and no CDN: the country outlines (the same Natural Earth data as
the image map) are inlined as SVG paths in Web Mercator, and a few lines of script pan
(drag) and zoom (wheel, buttons) by changing the SVG's ``viewBox``. Markers keep their
size on screen when zooming; hovering shows an incident's summary, clicking lists it in
the side panel. Precision is drawn as in :mod:`.geomap` (ring, faint circles, hatching).

Online map tiles are used only when the user passes ``--tiles URL`` (a ``{z}/{x}/{y}``
template): then, and only then, the page asks that server for tiles as the view moves.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable
from pathlib import Path

from ..errors import ValidationError
from .basemap import BORDERS_CREDIT, Country, countries
from .geomap import (
    AREA_RADIUS_KM,
    ATTRIBUTION_HEX,
    LAND,
    LAND_FOCUS,
    PLACES_CREDIT,
    SEA,
    IncidentMap,
    MapIncident,
    map_extent,
)

#: World size in Web Mercator units at zoom 0 (one 256-pixel tile).
WORLD = 256.0
EARTH_KM = 40075.016686


def mercator(lon: float, lat: float) -> tuple[float, float]:
    """(x, y) in Web Mercator units of a 256-wide world, y growing southwards, as tiles count."""
    lat = max(-85.0, min(85.0, lat))
    x = (lon + 180.0) / 360.0 * WORLD
    y = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * WORLD
    return x, y


def km_to_units(km: float, lat: float) -> float:
    """A distance at ``lat`` in Mercator units (the projection stretches by 1/cos(latitude))."""
    return km / (EARTH_KM * math.cos(math.radians(lat))) * WORLD


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        points = [mercator(lon, lat) for lon, lat in ring]
        parts.append("M" + " L".join(f"{x:.3f},{y:.3f}" for x, y in points) + " Z")
    return " ".join(parts)


def _marker_px(killed: int | None) -> float:
    from .geomap import marker_area

    return math.sqrt(marker_area(killed)) / 2 * 1.25


def map_html(incident_map: IncidentMap, *, tiles: str | None = None) -> str:
    """The page as text: the countries, the incidents drawn on them, and those that could not
    be (located only to a country), listed beside the map."""
    if tiles is not None and not all(part in tiles for part in ("{z}", "{x}", "{y}")):
        raise ValidationError(
            "The tiles setting needs a URL template with {z}, {x} and {y}, e.g. https://…/{z}/{x}/{y}.png."
        )
    known = countries()
    west, south, east, north = map_extent(incident_map, known)
    x0, y0 = mercator(west, north)
    x1, y1 = mercator(east, south)
    involved = {i.country for i in incident_map.incidents if i.country} | set(incident_map.focus)
    unplaced = incident_map.by_country
    shapes, labels = _land(known, involved, unplaced)
    # The larger circles first, so that a point is never hidden under an area.
    order = {"admin1": 0, "admin2": 1, "near": 2, "exact": 3}
    located = sorted(incident_map.located, key=lambda i: order.get(i.precision, 3))
    marks = [mark for incident in located for mark in _incident_marks(incident)]
    listing = [
        f"<li><b>#{i.id}</b> {html.escape(i.date)} · {html.escape(i.place)} · {html.escape(i.toll)} killed · "
        f"{html.escape(i.attribution_text)} <i>({html.escape(i.why_not_drawn)})</i></li>"
        for items in unplaced.values()
        for i in items
    ]
    legend = "".join(
        f'<li><span class="chip" style="background:{ATTRIBUTION_HEX[s]}"></span>{s}</li>'
        for s in ATTRIBUTION_HEX
        if any(i.attribution == s for i in incident_map.incidents)
    )
    config = {"view": [x0, y0, x1 - x0, y1 - y0], "tiles": tiles}
    credit = f"{BORDERS_CREDIT}; simplified, accurate to tens of km. {PLACES_CREDIT}."
    if tiles:
        credit += f" Background tiles: {tiles} (online; their provider's terms apply)."
    return _PAGE.format(
        title=html.escape(incident_map.title),
        description=html.escape(incident_map.description),
        sea=SEA,
        shapes="\n".join(shapes),
        labels="\n".join(labels),
        marks="\n".join(marks),
        legend=legend,
        listing="\n".join(listing) or "<li>none</li>",
        drawn=len(incident_map.located),
        total=incident_map.total,
        credit=html.escape(credit),
        # "<" escaped: a tile URL holding "</script>" closed the page's script and ran what followed (probe19)
        config=json.dumps(config).replace("<", "\\u003c"),
        radii=f"{AREA_RADIUS_KM['near']:g} / {AREA_RADIUS_KM['admin2']:g} / {AREA_RADIUS_KM['admin1']:g} km",
    )


def _land(
    known: dict[str, Country], involved: set[str], unplaced: dict[str, list[MapIncident]]
) -> tuple[list[str], list[str]]:
    """Every country's outline (shaded where an incident or the filter is, hatched over where
    incidents are known only by country) and its name, larger for the countries involved."""
    shapes: list[str] = []
    labels: list[str] = []
    for country in known.values():
        rings = [polygon[0] for polygon in country.polygons]
        fill = LAND_FOCUS if country.code in involved else LAND
        shapes.append(
            f'<path class="land" data-code="{country.code}" fill="{fill}" d="{_path(rings)}">'
            f"<title>{html.escape(country.name)}</title></path>"
        )
        if country.code in unplaced:
            shapes.append(f'<path class="country-only" fill="url(#hatch)" d="{_path(rings)}"/>')
        lx, ly = mercator(*country.label_at)
        labels.append(
            f'<text class="label{" focus" if country.code in involved else ""}" x="{lx:.3f}" y="{ly:.3f}" '
            f'data-px="{11 if country.code in involved else 9}">{html.escape(country.name.upper())}</text>'
        )
    return shapes, labels


def _incident_marks(incident: MapIncident) -> list[str]:
    """An incident's marks: the circle of the area it is known within (a province, a district,
    "near" a place), and a point where it is placed closely enough to be one ("near", exact);
    hollow when the toll is unknown, which is not zero."""
    assert incident.longitude is not None and incident.latitude is not None
    marks: list[str] = []
    x, y = mercator(incident.longitude, incident.latitude)
    colour = ATTRIBUTION_HEX.get(incident.attribution, "#555555")
    tip = html.escape(
        f"#{incident.id} {incident.date} · {incident.place} · {incident.toll} killed · {incident.attribution_text}"
        f" · location: {incident.precision}"
    )
    data = f'data-id="{incident.id}" data-tip="{tip}"'
    if incident.precision in ("admin1", "admin2", "near"):
        radius = km_to_units(AREA_RADIUS_KM[incident.precision], incident.latitude)
        area = (
            f'fill="none" stroke="{colour}" stroke-dasharray="4 3"'
            if incident.precision == "near"
            else f'fill="{colour}" fill-opacity="0.18" stroke="{colour}" stroke-dasharray="5 4"'
        )
        marks.append(
            f'<circle class="area {incident.precision}" {data} cx="{x:.4f}" cy="{y:.4f}" r="{radius:.5f}" '
            f'{area} vector-effect="non-scaling-stroke"><title>{tip}</title></circle>'
        )
        if incident.precision != "near":
            return marks
    unknown = incident.killed is None
    style = (
        f'fill="white" stroke="{colour}" stroke-width="2.5"'
        if unknown
        else f'fill="{colour}" stroke="white" stroke-width="1"'
    )
    kind = "unknown-toll" if unknown else "point"
    marks.append(
        f'<circle class="marker {kind}" {data} cx="{x:.4f}" cy="{y:.4f}" r="1" '
        f'data-px="{_marker_px(incident.killed):.1f}" {style} vector-effect="non-scaling-stroke">'
        f"<title>{tip}</title></circle>"
    )
    return marks


def write_map_html(
    incident_map: IncidentMap, out: Path, *, tiles: str | None = None, protect: Iterable[Path] = ()
) -> Path:
    """Write the page to ``out`` (complete or not at all)."""
    if out.suffix.lower() not in (".html", ".htm"):
        raise ValidationError(
            f"The html format writes an HTML page: give an output file ending in .html, not {out.name}."
        )
    if not out.parent.exists():
        raise ValidationError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    if not incident_map.incidents:
        raise ValidationError(f"No incidents to map ({incident_map.description}); no file written.")
    page = map_html(incident_map, tiles=tiles)
    from ..exchange.files import atomic_writer

    with atomic_writer(out, protect=protect) as stream:
        stream.write(page)
    return out


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ margin: 0; font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; display: grid;
  grid-template-columns: 1fr 320px; height: 100vh; }}
#map {{ width: 100%; height: 100vh; background: {sea}; cursor: grab; touch-action: none; }}
#map.dragging {{ cursor: grabbing; }}
.land {{ stroke: #8a8a8a; stroke-width: 0.8; vector-effect: non-scaling-stroke; }}
.country-only {{ stroke: none; pointer-events: none; }}
.label {{ fill: #777; text-anchor: middle; dominant-baseline: middle; pointer-events: none; }}
.label.focus {{ fill: #222; font-weight: bold; }}
.marker {{ cursor: pointer; }}
aside {{ padding: 14px 16px; overflow-y: auto; border-left: 1px solid #ddd; }}
h1 {{ font-size: 18px; margin: 0 0 4px; }} .muted {{ color: #666; font-size: 12px; }}
.chip {{ display: inline-block; width: 11px; height: 11px; margin-right: 6px; border-radius: 2px; }}
ul {{ padding-left: 18px; }} #legend {{ list-style: none; padding: 0; }}
#zoom {{ position: fixed; left: 12px; top: 12px; }} #zoom button {{ width: 32px; height: 32px; font-size: 18px; }}
#picked {{ background: #fffbe6; padding: 6px 8px; border: 1px solid #eadf9c; display: none; }}
</style></head><body>
<svg id="map" xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<line x1="0" y1="0" x2="0" y2="6" stroke="#555" stroke-width="1.2" stroke-opacity="0.5"
vector-effect="non-scaling-stroke"/></pattern></defs>
<g id="tiles"></g>
<g id="countries">
{shapes}
</g>
<g id="labels">
{labels}
</g>
<g id="incidents">
{marks}
</g>
</svg>
<div id="zoom"><button id="zin" title="Zoom in">+</button><br><button id="zout" title="Zoom out">−</button></div>
<aside>
<h1>{title}</h1>
<p class="muted">Filter: {description}</p>
<p id="picked"></p>
<p>{drawn} of {total} incidents drawn at their location. Drag to pan, wheel or buttons to zoom; hover or click a
marker for the incident.</p>
<h2 style="font-size:14px">Attribution (colour)</h2><ul id="legend">{legend}</ul>
<p class="muted">Marker area grows with the killed; a hollow marker is an unknown toll, a small dot zero.
A dashed ring is "near a named place"; faint circles ({radii}) a place known only to its district or
province; a hatched country holds incidents known only to the country, listed here:</p>
<ul>{listing}</ul>
<p class="muted">{credit}</p>
</aside>
<script>
(function () {{
  "use strict";
  var config = {config};
  var svg = document.getElementById("map");
  var view = config.view.slice();
  function pad() {{
    var box = svg.getBoundingClientRect(), ratio = box.width / box.height, w = view[2], h = view[3];
    if (w / h < ratio) {{ view[0] -= (h * ratio - w) / 2; view[2] = h * ratio; }}
    else {{ view[1] -= (w / ratio - h) / 2; view[3] = w / ratio; }}
  }}
  function scale() {{ return view[2] / svg.getBoundingClientRect().width; }}
  function draw() {{
    svg.setAttribute("viewBox", view.join(" "));
    var s = scale();
    svg.querySelectorAll("[data-px]").forEach(function (el) {{
      var px = parseFloat(el.getAttribute("data-px"));
      if (el.tagName === "text") {{ el.setAttribute("font-size", px * s); }} else {{ el.setAttribute("r", px * s); }}
    }});
    var hatch = document.getElementById("hatch"), step = 7 * s;  // 7 screen pixels apart at any zoom
    hatch.setAttribute("width", step); hatch.setAttribute("height", step);
    hatch.firstElementChild.setAttribute("y2", step);
    if (config.tiles) {{ tiles(s); }}
  }}
  function tiles(s) {{
    var layer = document.getElementById("tiles"), z = Math.max(0, Math.min(18, Math.round(Math.log2(1 / s))));
    var n = Math.pow(2, z), size = 256 / n, html = "";
    var tx0 = Math.max(0, Math.floor(view[0] / size)), tx1 = Math.min(n - 1, Math.floor((view[0] + view[2]) / size));
    var ty0 = Math.max(0, Math.floor(view[1] / size)), ty1 = Math.min(n - 1, Math.floor((view[1] + view[3]) / size));
    while (layer.firstChild) {{ layer.removeChild(layer.firstChild); }}
    for (var x = tx0; x <= tx1; x++) {{
      for (var y = ty0; y <= ty1; y++) {{
        var img = document.createElementNS("http://www.w3.org/2000/svg", "image");
        img.setAttribute("href", config.tiles.replace("{{z}}", z).replace("{{x}}", x).replace("{{y}}", y));
        img.setAttribute("x", x * size); img.setAttribute("y", y * size);
        img.setAttribute("width", size); img.setAttribute("height", size);
        layer.appendChild(img);
      }}
    }}
    document.querySelectorAll(".land").forEach(function (el) {{ el.setAttribute("fill-opacity", "0.35"); }});
  }}
  function zoom(factor, cx, cy) {{
    var box = svg.getBoundingClientRect();
    var px = cx === undefined ? 0.5 : (cx - box.left) / box.width;
    var py = cy === undefined ? 0.5 : (cy - box.top) / box.height;
    var x = view[0] + px * view[2], y = view[1] + py * view[3];
    view[2] *= factor; view[3] *= factor; view[0] = x - px * view[2]; view[1] = y - py * view[3];
    draw();
  }}
  svg.addEventListener("wheel", function (e) {{
    e.preventDefault(); zoom(e.deltaY > 0 ? 1.25 : 0.8, e.clientX, e.clientY);
  }});
  var start = null;
  svg.addEventListener("pointerdown", function (e) {{
    start = [e.clientX, e.clientY, view[0], view[1]]; svg.classList.add("dragging");
  }});
  window.addEventListener("pointerup", function () {{ start = null; svg.classList.remove("dragging"); }});
  window.addEventListener("pointermove", function (e) {{
    if (!start) {{ return; }}
    var s = scale();
    view[0] = start[2] - (e.clientX - start[0]) * s; view[1] = start[3] - (e.clientY - start[1]) * s; draw();
  }});
  document.getElementById("zin").onclick = function () {{ zoom(0.67); }};
  document.getElementById("zout").onclick = function () {{ zoom(1.5); }};
  svg.querySelectorAll("[data-tip]").forEach(function (el) {{
    el.addEventListener("click", function () {{
      var p = document.getElementById("picked"); p.textContent = el.getAttribute("data-tip"); p.style.display = "block";
    }});
  }});
  window.addEventListener("resize", function () {{ pad(); draw(); }});
  pad(); draw();
}})();
</script>
</body></html>
"""
