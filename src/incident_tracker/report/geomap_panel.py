"""The map's legend and the panel beside it (the incidents not shown as points, the
counts), kept apart from the drawing of the map itself (:mod:`.geomap_draw`)."""

from __future__ import annotations

import math
from typing import Any

from ..models import ATTRIBUTION_STATUSES, country_name
from .geomap import AREA_RADIUS_KM, ATTRIBUTION_HEX, IncidentMap, marker_area
from .text import plural


def _legend_handles(incident_map: IncidentMap) -> list[Any]:
    """The legend's entries, in three groups under their own headings (colour, marker area,
    precision): each says how to read one of the marks :mod:`.geomap_draw` draws, so a map
    printed alone still explains itself. Only the attributions present are listed."""
    from matplotlib.patches import Ellipse, Patch

    present = [s for s in ATTRIBUTION_STATUSES if any(i.attribution == s for i in incident_map.incidents)]
    handles: list[Any] = [Patch(visible=False, label="Attribution (colour)")]
    handles += [Patch(facecolor=ATTRIBUTION_HEX[s], edgecolor="none", label=s) for s in present]
    handles.append(Patch(visible=False, label="Killed (marker area)"))
    for killed in (1, 5, 20):
        handles.append(_dot(f"{killed} killed", marker_area(killed), markerfacecolor="0.45", markeredgecolor="white"))
    handles.append(_dot("0 killed", marker_area(0), color="0.45"))
    handles.append(
        _dot(
            "toll unknown (hollow, ?)",
            marker_area(None),
            markerfacecolor="white",
            markeredgecolor="0.45",
            markeredgewidth=2,
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


def _dot(label: str, area: float, **style: Any) -> Any:
    """A legend entry that is one round marker of ``area`` (as a scatter's ``s``), no line."""
    from matplotlib.lines import Line2D

    return Line2D([], [], linestyle="none", marker="o", markersize=math.sqrt(area), label=label, **style)


def draw_panel(panel: Any, incident_map: IncidentMap) -> None:
    """The legend and, below it, the incidents not drawn as points and the counts, in the
    panel beside the map."""
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
        lines.append(f"Not read: {incident_map.left_out:,} older incidents (raise the maximum number of incidents).")
    return lines
