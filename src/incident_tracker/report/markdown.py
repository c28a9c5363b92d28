"""Markdown renderings of the reports: a brief to paste into a document.

Plain GitHub-flavoured Markdown (headings and pipe tables), no colour: attribution
is written out in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models import Casualties
from .figures import Figures
from .text import attribution_label, attribution_words, capped_note, place_text, plural, summary_sentence, type_text
from .timeline import QuietRun

if TYPE_CHECKING:
    from .stats import Stats
    from .timeline import Period, Timeline


def cell(value: object) -> str:
    """A table cell: pipes escaped, line breaks flattened."""
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def table(header: list[str], rows: list[list[object]], right: set[int] | None = None) -> list[str]:
    """A pipe table; columns in ``right`` are right-aligned (numbers)."""
    right = right or set()
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|",
    ]
    lines.extend("| " + " | ".join(cell(v) for v in row) + " |" for row in rows)
    return lines


def _figure_cells(figures: Figures) -> list[object]:
    return [
        f"{figures.count:,}",
        figures.toll("killed"),
        figures.toll("injured"),
        f"{figures.unknown('killed'):,}",
        attribution_words(figures),
    ]


def _period_name(period: Period) -> str:
    return f"*{period.label}*" if period.uncertain else period.label


def _incident_cells(incident: dict[str, Any], timeline: Timeline) -> list[object]:
    cells: list[object] = [incident["date"], place_text(incident), type_text(incident)]
    if timeline.by:
        cells.append(timeline.lane_label(incident.get("lane")))
    return [
        *cells,
        Casualties.of(incident, "killed").shown(),
        Casualties.of(incident, "injured").shown(),
        attribution_label(incident),
        incident["id"],
    ]


def timeline_markdown(timeline: Timeline) -> str:
    """A heading, the totals, a table of every period, then a section per period with incidents."""
    how = "chosen from the span of dates" if timeline.auto_group else "as asked"
    lines = [
        f"# {timeline.title}",
        "",
        f"*Filter: {timeline.description}. Grouped by {timeline.group.value} ({how}).*",
        "",
        f"**{summary_sentence(timeline.totals)}**",
        "",
    ]
    by = timeline.by.value.capitalize() if timeline.by else None
    header = ["Period", *([by] if by else []), "Incidents", "Killed", "Injured", "No toll", "Attribution"]
    offset = 1 if by else 0
    rows: list[list[object]] = []
    for period in timeline.rows():
        if isinstance(period, QuietRun):
            rows.append([f"*{period.label}*", *([""] if by else []), "0", "", "", "", ""])
            continue
        rows.append([_period_name(period), *(["all"] if by else []), *_figure_cells(period.figures)])
        for lane in timeline.lanes:
            if lane.key in period.lanes:
                rows.append(["", lane.label, *_figure_cells(period.lanes[lane.key])])
    rows.append(
        ["**Total**", *([""] if by else []), *(f"**{c}**" if c else "" for c in _figure_cells(timeline.totals))]
    )
    lines += table(header, rows, right={1 + offset, 2 + offset, 3 + offset, 4 + offset})
    notes = []
    if timeline.uncertain:
        notes.append(
            f"Rows in italics (*date uncertain*) hold incidents whose possible dates span more than one "
            f"{timeline.group.value}: each is counted there once, after the period of its last possible day."
        )
    capped = capped_note(timeline)
    if capped:
        notes.append(capped)
    if notes:
        lines += ["", *notes]
    incident_header = ["Date", "Place", "Type", *([by] if by else []), "Killed", "Injured", "Attribution", "ID"]
    killed_col = 3 + offset
    for period in timeline.periods:
        if not period.incidents:
            continue
        figures = period.figures
        lines += [
            "",
            f"## {period.label}: {plural(figures.count, 'incident')}, {figures.toll('killed')} killed",
            "",
        ]
        lines += table(
            incident_header,
            [_incident_cells(incident, timeline) for incident in period.incidents],
            right={killed_col, killed_col + 1, killed_col + 3},
        )
        if period.omitted:
            lines += ["", f"… and {plural(period.omitted, 'earlier incident')} not listed."]
    return "\n".join(lines) + "\n"


def stats_markdown(stats: Stats) -> str:
    """The totals as a list, each breakdown as a table, the deadliest incidents last."""
    lines = ["# Incident statistics", "", f"*Filter: {stats.description}.*", ""]
    lines += [f"- **{label}:** {value}" for label, value in stats.overview()]
    total = stats.totals.count
    for breakdown in stats.breakdowns:
        rows: list[list[object]] = [
            [
                row.label,
                f"{row.figures.count:,}",
                f"{100 * row.figures.count / total:.0f}%" if total else "–",
                row.figures.toll("killed"),
                f"{row.figures.unknown('killed'):,}",
            ]
            for row in breakdown.rows
        ]
        if breakdown.more:
            rows.append([f"… {plural(breakdown.more, 'more')}", "", "", "", ""])
        lines += ["", f"## {breakdown.title}", ""]
        lines += table([breakdown.column, "Incidents", "%", "Killed", "No toll"], rows, right={1, 2, 3, 4})
        if breakdown.note:
            lines += ["", breakdown.note]
    if stats.deadliest:
        lines += ["", "## Deadliest incidents", ""]
        lines += table(
            ["ID", "Date", "Place", "Type", "Killed", "Attribution"],
            [
                [
                    incident["id"],
                    incident["date"],
                    place_text(incident),
                    type_text(incident),
                    Casualties.of(incident, "killed").shown(),
                    attribution_label(incident),
                ]
                for incident in stats.deadliest
            ],
            right={0, 4},
        )
    return "\n".join(lines) + "\n"
