"""The brief as HTML (one self-contained file) or Markdown (for chat, images beside it).

HTML: the map and the timeline chart are SVG inlined as ``data:`` URIs, the style sheet is
in the page, there is no script, and the only links are the sources' own addresses, as
``<a href>`` for the reader to follow. The file opens with no network and prints well.

Markdown: chat clients do not take inline images, so the map and the chart are written as
PNG files beside the brief (``brief-map.png``, ``brief-chart.png``) and linked by name.
"""

from __future__ import annotations

import base64
import contextlib
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..models import ATTRIBUTION_STATUSES
from .basemap import BORDERS_CREDIT
from .brief import Brief, incident_date, toll_text, where_text
from .brief_html import brief_html
from .brief_words import DATES_NOTE, change_text, headline_items, safe_url, source_words, where_line
from .geomap import PLACES_CREDIT
from .text import ATTRIBUTION_MARKERS, attribution_label, type_text

__all__ = [
    "DATES_NOTE",
    "brief_format",
    "brief_html",
    "brief_markdown",
    "change_text",
    "headline_items",
    "where_line",
    "write_brief",
]

#: Brief formats by file extension. PDF is not among them: see docs/reports.md.
FORMATS: dict[str, str] = {".html": "html", ".htm": "html", ".md": "md"}


def brief_format(path: Path) -> str:
    """The brief's format from the file's extension, refused before anything is drawn: a
    brief takes seconds to make, and a wrong name should not cost them."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        if path.suffix.lower() == ".pdf":
            raise ValidationError(
                "A PDF brief is not made by tracker itself: write brief.html and print it to PDF from a browser "
                "(or with scripts/render_brief.py and Chromium)."
            )
        raise ValidationError(f"Cannot write a brief as {path.suffix or 'no extension'!r}: use .html or .md.")
    return fmt


# --- images -----------------------------------------------------------------------


def _images(brief: Brief, folder: Path, fmt: str, stem: str, protect: Iterable[Path] = ()) -> dict[str, Path]:
    """Draw the map and the chart into ``folder``; none when there is nothing to draw."""
    from .chart import draw_chart
    from .geomap import NothingToMap, draw_map

    drawn: dict[str, Path] = {}
    if not brief.totals.count:
        return drawn
    # Nothing placeable (no coordinates, no country with an outline): no map, and the brief says so.
    with contextlib.suppress(NothingToMap):  # a map that could not be written is the brief's failure
        drawn["map"] = draw_map(
            brief.incident_map, folder / f"{stem}-map.{fmt}", width=11.0, height=7.2, protect=protect
        )
    if brief.timeline.regular:
        chart_file = folder / f"{stem}-chart.{fmt}"
        drawn["chart"] = draw_chart(brief.timeline, chart_file, width=10.0, height=4.4, protect=protect).path
    return drawn


def _data_uri(path: Path) -> str:
    kind = "image/svg+xml" if path.suffix == ".svg" else "image/png"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _md_link_text(text: Any) -> str:
    """Text kept on one line as a Markdown link's words: a line break would end the link, and a
    ``|`` would split it where a renderer reads the line as a table row."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def brief_markdown(brief: Brief, images: dict[str, str]) -> str:
    """The brief for chat; ``images`` maps "map"/"chart" to file names beside the Markdown file."""
    out = [
        "# Incident brief",
        "",
        f"**Window:** {brief.window.label}  ",
        f"**Filter:** {brief.description}. Generated {brief.generated_at.strftime('%d %b %Y %H:%M').lstrip('0')} "
        f"({brief.window.zone}).",
        "",
    ]
    for label, figure, note in headline_items(brief.totals):
        out.append(f"- **{label}: {figure}**" + (f" — {note}" if note else ""))
    if where := where_line(brief):
        out.append(f"- **Where:** {where}")
    out += ["", "## New or revised in the window", ""]
    if brief.window.start is None and brief.window.end is None:
        out.append("_No window given (since/until): nothing to compare._")
    elif not brief.changes:
        out.append("_Nothing was recorded or revised in the window._")
    for change in brief.changes:
        out.append(f"- **#{change.incident_id}** {change.date}, {change.place}: {change_text(change, brief)}")
    if images:
        out += ["", "## Where and when", ""]
        if "map" in images:
            out.append(f"![Map of the incidents]({images['map']})")
        if "chart" in images:
            out.append(f"![Incidents and killed per period]({images['chart']})")
    rows = [r for r in brief.attribution.rows if r.figures.count]
    if rows:
        out += ["", "## Attribution", "", "| Status | Incidents | Killed | No death toll |", "|---|---:|---:|---:|"]
        for row in rows:
            figures = row.figures
            out.append(f"| {row.label} | {figures.count} | {figures.toll('killed')} | {figures.unknown('killed')} |")
    out += ["", f"## Incidents ({brief.totals.count:,})", ""]
    if not brief.incidents:
        out += ["_No incident matches the window and filter._", ""]
    for record in brief.incidents:
        attributed = attribution_label(record)
        if record.get("attributed_by"):
            attributed += f" (according to {record['attributed_by']})"
        out.append(f"### #{record['id']} · {incident_date(record)} · {type_text(record)}")
        out.append("")
        out.append(f"{where_text(record)}  ")
        out.append(
            f"Killed **{toll_text(record, 'killed')}** · injured **{toll_text(record, 'injured')}** · "
            f"{ATTRIBUTION_MARKERS.get(record.get('attribution') or 'unattributed', '')} {attributed}"
        )
        if record.get("description"):
            out += ["", str(record["description"])]
        out.append("")
        for source in record.get("sources") or []:
            words = source_words(source)
            url = safe_url(source.get("url"))
            line = f"- [{_md_link_text(words)}]({url})" if url else f"- {words}"
            if source.get("note"):
                line += f" ({source['note']})"
            out.append(line)
        if not record.get("sources"):
            out.append("- _No source recorded._")
        out.append("")
    out += ["---", "", f"_{DATES_NOTE} Unknown tolls are never counted as zero. {BORDERS_CREDIT}. {PLACES_CREDIT}._"]
    return "\n".join(out).rstrip("\n") + "\n"


# --- writing ----------------------------------------------------------------------


def brief_files(out: Path) -> list[Path]:
    """Every file a brief at ``out`` may write: the HTML alone (its images are inline), or the
    Markdown with its map and chart beside it, so that all of them are checked before any is."""
    if brief_format(out) == "html":
        return [out]
    return [out, *(out.parent / f"{out.stem}-{image}.png" for image in ("map", "chart"))]


def write_brief(brief: Brief, out: Path, *, protect: Iterable[Path] = ()) -> list[Path]:
    """Write the brief (and, for Markdown, its images beside it); returns the files written.
    Nothing is ever written over ``protect`` (the database and its side files)."""
    fmt = brief_format(out)
    if not out.parent.exists():
        raise ValidationError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    if fmt == "html":
        with tempfile.TemporaryDirectory(prefix="tracker-brief-") as folder:
            drawn = _images(brief, Path(folder), "svg", "brief")
            text = brief_html(brief, {name: _data_uri(path) for name, path in drawn.items()})
        _write_text(out, text, protect)
        return [out]
    # The Markdown and its images are written whole into a folder beside them, and put in place
    # together: a failure on the chart leaves neither a new map nor a brief pointing at no chart.
    from ..exchange.placing import install_all, staged_folder

    with staged_folder(out) as folder:
        drawn = _images(brief, folder, "png", out.stem)
        _write_text(folder / out.name, brief_markdown(brief, {name: path.name for name, path in drawn.items()}))
        files = {out: folder / out.name, **{out.parent / path.name: path for path in drawn.values()}}
        install_all(files, protect=protect)
    return list(files)


def _write_text(out: Path, text: str, protect: Iterable[Path] = ()) -> None:
    """Write through the shared output rules (exchange.files): never over the database, a
    regular file replaced only once complete, a device or FIFO written in place."""
    from ..exchange.files import output_stream

    with output_stream(out, protect=protect) as stream:
        stream.write(text)


__all__ = ["ATTRIBUTION_STATUSES", "brief_files", "brief_html", "brief_markdown", "write_brief"]
