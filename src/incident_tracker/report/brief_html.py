"""A brief as one self-contained HTML page (images inlined by the caller)."""

from __future__ import annotations

import html
from typing import Any

from .basemap import BORDERS_CREDIT
from .brief import Brief, incident_date, toll_text, where_text
from .brief_words import DATES_NOTE, change_text, headline_items, safe_url, source_words, where_line
from .geomap import ATTRIBUTION_HEX, PLACES_CREDIT
from .text import ATTRIBUTION_MARKERS, attribution_label, type_text

_CSS = """
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d1d1f;
  max-width: 1040px; margin: 0 auto; padding: 28px 32px 40px; background: #fff; }
header { border-bottom: 3px solid #1d1d1f; padding-bottom: 10px; margin-bottom: 18px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 26px 0 10px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.meta { color: #555; font-size: 13px; margin: 2px 0; }
.headline { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.box { border: 1px solid #d8d8d8; border-radius: 6px; padding: 10px 12px; background: #fafafa; }
.box .label { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.box .figure { font-size: 28px; font-weight: 700; line-height: 1.2; }
.box .note { font-size: 12px; color: #666; }
figure { margin: 12px 0; }
figure img { width: 100%; height: auto; border: 1px solid #e3e3e3; }
figcaption { font-size: 12px; color: #666; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e6e6e6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px;
  vertical-align: -1px; }
.changes li { margin: 3px 0; }
.where { margin: 12px 0 0; font-size: 14px; }
.incident { border-left: 4px solid #999; padding: 6px 12px; margin: 12px 0; break-inside: avoid; }
.incident h3 { font-size: 15px; margin: 0 0 2px; }
.incident .facts { font-size: 14px; margin: 2px 0; }
.incident .desc { margin: 4px 0; }
.incident .sources { font-size: 13px; color: #333; margin: 4px 0 0; padding-left: 18px; }
.muted { color: #666; }
footer { margin-top: 28px; font-size: 12px; color: #666; border-top: 1px solid #ddd; padding-top: 8px; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } figure { break-inside: avoid; } }
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _chip(status: str) -> str:
    return f'<span class="chip" style="background:{ATTRIBUTION_HEX.get(status, "#777")}"></span>'


def brief_html(brief: Brief, images: dict[str, str]) -> str:
    """The whole page; ``images`` maps "map"/"chart" to ``data:`` URIs."""
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(brief.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<header>",
        "<h1>Incident brief</h1>",
        f'<p class="meta"><strong>Window:</strong> {_e(brief.window.label)}</p>',
        f'<p class="meta"><strong>Filter:</strong> {_e(brief.description)}. '
        f"Generated {_e(brief.generated_at.strftime('%d %b %Y %H:%M').lstrip('0'))} ({_e(brief.window.zone)}).</p>",
        "</header>",
        '<section class="headline">',
    ]
    for label, figure, note in headline_items(brief.totals):
        out.append(
            f'<div class="box"><div class="label">{_e(label)}</div><div class="figure">{_e(figure)}</div>'
            f'<div class="note">{_e(note)}</div></div>'
        )
    out.append("</section>")
    if where := where_line(brief):
        out.append(f'<p class="where"><strong>Where:</strong> {_e(where)}</p>')
    out += _html_changes(brief)
    if "map" in images or "chart" in images:
        out.append("<h2>Where and when</h2>")
    if "map" in images:
        out.append(
            f'<figure><img alt="Map of the incidents" src="{images["map"]}"><figcaption>Markers sized by the killed, '
            "coloured by attribution; rings, faint circles and hatching show places known only approximately."
            "</figcaption></figure>"
        )
    elif brief.totals.count:
        out.append('<p class="muted">No map: no incident has coordinates or a country with an outline.</p>')
    if "chart" in images:
        out.append(f'<figure><img alt="Incidents and killed per period" src="{images["chart"]}"></figure>')
    out += _html_attribution(brief)
    out += _html_incidents(brief)
    out.append(
        f"<footer><p>{_e(DATES_NOTE)} Unknown tolls are never counted as zero.</p>"
        f"<p>{_e(BORDERS_CREDIT)}. {_e(PLACES_CREDIT)}. Made with incident-tracker (tracker brief).</p></footer>"
    )
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _html_changes(brief: Brief) -> list[str]:
    out = ["<h2>New or revised in the window</h2>"]
    if brief.window.start is None and brief.window.end is None:
        return [*out, '<p class="muted">No window given (since/until): nothing to compare.</p>']
    if not brief.changes:
        return [*out, '<p class="muted">Nothing was recorded or revised in the window.</p>']
    out.append('<ul class="changes">')
    for change in brief.changes:
        out.append(
            f"<li><strong>#{change.incident_id}</strong> {_e(change.date)}, {_e(change.place)}: "
            f"{_e(change_text(change, brief))}</li>"
        )
    out.append("</ul>")
    return out


def _html_attribution(brief: Brief) -> list[str]:
    rows = [r for r in brief.attribution.rows if r.figures.count]
    if not rows:
        return []
    out = [
        "<h2>Attribution</h2>",
        '<table><tr><th>Status</th><th class="num">Incidents</th><th class="num">Killed</th>'
        '<th class="num">No death toll</th></tr>',
    ]
    for row in rows:
        out.append(
            f"<tr><td>{_chip(row.key)}{_e(ATTRIBUTION_MARKERS.get(row.key, ''))} {_e(row.label)}</td>"
            f'<td class="num">{row.figures.count:,}</td><td class="num">{_e(row.figures.toll("killed"))}</td>'
            f'<td class="num">{row.figures.unknown("killed"):,}</td></tr>'
        )
    out.append("</table>")
    return out


def _html_incidents(brief: Brief) -> list[str]:
    out = [f"<h2>Incidents ({brief.totals.count:,})</h2>"]
    if not brief.incidents:
        return [*out, '<p class="muted">No incident matches the window and filter.</p>']
    for record in brief.incidents:
        status = record.get("attribution") or "unattributed"
        attributed = attribution_label(record)
        if record.get("attributed_by"):
            attributed += f" (according to {record['attributed_by']})"
        out.append(f'<article class="incident" style="border-left-color:{ATTRIBUTION_HEX.get(status, "#999")}">')
        out.append(f"<h3>#{record['id']} · {_e(incident_date(record))} · {_e(type_text(record))}</h3>")
        out.append(f'<p class="facts">{_e(where_text(record))}</p>')
        out.append(
            f'<p class="facts"><strong>Killed</strong> {_e(toll_text(record, "killed"))} · '
            f"<strong>Injured</strong> {_e(toll_text(record, 'injured'))} · {_chip(status)}{_e(attributed)}</p>"
        )
        if record.get("description"):
            out.append(f'<p class="desc">{_e(record["description"])}</p>')
        out += _html_sources(record.get("sources") or [])
        out.append("</article>")
    if brief.totals.count > len(brief.incidents):
        out.append(
            f'<p class="muted">Listed the first {len(brief.incidents):,} of {brief.totals.count:,} incidents '
            "by date.</p>"
        )
    return out


def _html_sources(sources: list[dict[str, Any]]) -> list[str]:
    if not sources:
        return ['<p class="facts muted">No source recorded.</p>']
    out = ['<ul class="sources">']
    for source in sources:
        words = _e(source_words(source))
        url = safe_url(source.get("url"))
        item = f'<a href="{_e(url)}">{words}</a>' if url else words
        if source.get("source_original"):
            item += f" — via {_e(source['source_original'])}"
        if source.get("note"):
            item += f' <span class="muted">({_e(source["note"])})</span>'
        out.append(f"<li>{item}</li>")
    out.append("</ul>")
    return out


# --- Markdown ---------------------------------------------------------------------
