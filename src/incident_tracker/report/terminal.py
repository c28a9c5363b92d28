"""Rich renderings of the reports, for a person at a terminal.

Rich is imported inside the functions: importing the report package (or running
``tracker --help``) does not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..models import Casualties
from .figures import Figures
from .text import (
    ATTRIBUTION_COLOURS,
    ATTRIBUTION_MARKERS,
    BAR_WIDTH,
    attribution_label,
    attribution_mix_text,
    bar_segments,
    capped_note,
    legend,
    place_text,
    plural,
    summary_sentence,
    type_text,
)
from .timeline import QuietRun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from .stats import Stats
    from .table_fit import FittingTable
    from .timeline import Period, Timeline


@dataclass
class _Layout:
    """Column widths of the period lines, computed once from every row to be shown."""

    label: int
    bar: int
    count: int
    killed: int
    injured: int
    unknown: int
    maximum: int
    #: The figure columns a terminal too narrow for them all leaves out (:data:`TIMELINE_LEFT_OUT_FIRST`).
    left_out: tuple[str, ...] = ()

    def header(self) -> str:
        room = self.bar + 1 + self.count
        text = f"{'Period':<{self.label}}  {_count_header(room):<{room}}"
        for name, width in (("Killed", self.killed), ("Injured", self.injured), ("No toll", self.unknown)):
            if name not in self.left_out:
                text += f"  {name:>{width}}"
        return text + ("" if "Attribution" in self.left_out else "  Attribution")


#: The figure columns of the period lines that give way, whole, on a terminal too narrow for them all, the
#: least read first (the count of incidents and its bar always stay): below 60 columns the lines had been cut
#: with an ellipsis, the Attribution, No toll, then Injured and Killed lost unsaid (probe16).
TIMELINE_LEFT_OUT_FIRST = ("Attribution", "No toll", "Injured", "Killed")


def _count_header(room: int) -> str:
    """The count column's header in the cells it has: a timeline by day at 20 columns leaves the bar and
    count 4, where "Incidents" was cut to `Inc…` (probe16's leftover)."""
    return next(word for word in ("Incidents", "Inc.", "N") if len(word) <= room or word == "N")


def _rows_figures(timeline: Timeline) -> list[tuple[str, Figures]]:
    rows: list[tuple[str, Figures]] = []
    for period in timeline.periods:
        rows.append((period.label, period.figures))
        rows.extend((f"  ▸ {lane.label}", f) for lane in timeline.lanes if (f := period.lanes.get(lane.key)))
    return rows


def _layout(timeline: Timeline, width: int) -> _Layout:
    rows = _rows_figures(timeline)
    maximum = max((p.figures.count for p in timeline.periods), default=0)
    count = len(f"{maximum:,}")
    killed = max([len("Killed"), *(len(f.toll("killed")) for _, f in rows)])
    injured = max([len("Injured"), *(len(f.toll("injured")) for _, f in rows)])
    unknown = max([len("No toll"), *(len(f"{f.unknown('killed'):,}") for _, f in rows)])
    mix = max(len(attribution_mix_text(f)) for _, f in rows) if rows else 0  # the last: its header may be cut
    from rich.cells import cell_len

    label = min(40, max([len("Period"), *(cell_len(text) for text, _ in rows)]))
    widths = {"Killed": killed, "Injured": injured, "No toll": unknown, "Attribution": mix}
    least_bar = max(6, len("Incidents") - 1 - count)  # the bar, a space and the count under the header's word
    left_out: tuple[str, ...] = ()
    for dropped in range(len(TIMELINE_LEFT_OUT_FIRST) + 1):
        left_out = TIMELINE_LEFT_OUT_FIRST[:dropped]
        fixed = label + 2 + 1 + count + sum(2 + w for name, w in widths.items() if name not in left_out)
        if fixed + least_bar <= width:  # a line may fill the last column
            break
    else:  # every figure column left out, and still too wide: the bar gives way, down to one cell, not the count
        least_bar = max(1, width - fixed)
    if "Attribution" not in left_out:  # the bar leaves its header room where it can
        fixed += max(0, len("Attribution") - mix)
    return _Layout(
        label=label,
        bar=max(least_bar, min(BAR_WIDTH, width - fixed - 1)),
        count=count,
        killed=killed,
        injured=injured,
        unknown=unknown,
        maximum=maximum,
        left_out=tuple(name for name in widths if name in left_out),
    )


def timeline_left_out(timeline: Timeline, width: int) -> tuple[str, ...]:
    """The figure columns :func:`timeline_renderable` leaves out at ``width``, in the lines' order."""
    return _layout(timeline, width).left_out


def in_cells(text: str, width: int) -> str:
    """``text`` taking exactly ``width`` cells of the terminal: padded, or cut with an ellipsis. Counted in cells,
    not characters: a combining mark takes none and a CJK character two, and a lane named so pushed its bar out
    of line with the others."""
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


def _period_line(text: str, figures: Figures, layout: _Layout, maximum: int, style: str) -> Text:
    """Label, bar (coloured by attribution), count, killed, injured, no-toll count, attribution mix."""
    from rich.text import Text

    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"{in_cells(text, layout.label)}  ", style=style)
    length = 0
    for status, chars in bar_segments(figures, maximum, layout.bar):
        line.append("█" * chars, style=ATTRIBUTION_COLOURS[status])
        length += chars
    line.append(
        " " * (layout.bar - length) + f" {figures.count:>{layout.count},}", style="" if figures.count else "dim"
    )
    if figures.count:
        shown = [
            f"  {text:>{width}}"
            for name, text, width in (
                ("Killed", figures.toll("killed"), layout.killed),
                ("Injured", figures.toll("injured"), layout.injured),
                ("No toll", f"{figures.unknown('killed'):,}", layout.unknown),
            )
            if name not in layout.left_out
        ]
        line.append("".join(shown))
        if "Attribution" in layout.left_out:
            return line
        line.append("  ")
        for index, (status, n) in enumerate(figures.attribution_mix()):
            line.append(
                (" " if index else "") + ATTRIBUTION_MARKERS[status], style=f"bold {ATTRIBUTION_COLOURS[status]}"
            )
            line.append(str(n))
    return line


def _marker(status: str) -> Text:
    from rich.text import Text

    return Text(ATTRIBUTION_MARKERS.get(status, "?"), style=f"bold {ATTRIBUTION_COLOURS.get(status, '')}")


def _incident_line(incident: dict[str, Any], indent: int) -> RenderableType:
    """One incident, wrapping under itself: date, id, type, place, toll, attribution."""
    from rich.padding import Padding
    from rich.text import Text

    killed = Casualties.of(incident, "killed").shown()
    injured = Casualties.of(incident, "injured").shown()
    text = Text()
    text.append(incident["date"], style="italic")
    text.append(f"  #{incident['id']} ", style="dim")
    text.append(f"{type_text(incident)} · {place_text(incident)} · {killed} killed, {injured} injured · ")
    text.append_text(_marker(incident["attribution"]))
    text.append(" " + attribution_label(incident), style=ATTRIBUTION_COLOURS.get(incident["attribution"], ""))
    return Padding(text, (0, 0, 0, indent), expand=False)


def _period_lines(timeline: Timeline, period: Period, layout: _Layout) -> list[RenderableType]:
    from rich.text import Text

    style = "italic" if period.uncertain else ("bold" if period.figures.count else "dim")
    lines: list[RenderableType] = [_period_line(period.label, period.figures, layout, layout.maximum, style)]
    if timeline.by:
        for lane in timeline.lanes:
            figures = period.lanes.get(lane.key)
            if figures is None:
                continue
            lines.append(_period_line(f"  ▸ {lane.label}", figures, layout, layout.maximum, ""))
            lines.extend(_incident_line(i, 6) for i in period.incidents if i.get("lane") == lane.key)
    else:
        lines.extend(_incident_line(incident, 4) for incident in period.incidents)
    if period.omitted and period.incidents:
        lines.append(Text(f"    … {plural(period.omitted, 'earlier incident')} not listed", style="dim"))
    return lines


def timeline_renderable(timeline: Timeline, width: int = 120) -> RenderableType:
    """The timeline for a terminal: a line per period (bar and figures), its incidents under it.

    Aligned lines rather than a table, so that an incident's description can wrap
    under itself on a narrow terminal while the period lines keep their columns.
    ``width`` is the console's; the bars shrink to fit it.
    """
    from rich.console import Group
    from rich.text import Text

    layout = _layout(timeline, width)
    header = layout.header()
    parts: list[RenderableType] = [
        Text(timeline.title, style="bold"),
        Text(_subtitle(timeline), style="dim"),
        Text(summary_sentence(timeline.totals)),
        Text(""),
        Text(header, style="bold", no_wrap=True, overflow="ellipsis"),
        Text("─" * min(width, len(header)), style="dim", no_wrap=True, overflow="crop"),
    ]
    for row in timeline.rows():
        if isinstance(row, QuietRun):
            parts.append(Text(row.label, style="dim"))
        else:
            parts.extend(_period_lines(timeline, row, layout))
    parts += [
        Text(""),
        Text(f"Attribution: {legend(list(timeline.totals.attribution))}", style="dim"),
        Text(_bar_note(timeline, layout.maximum), style="dim"),
    ]
    note = capped_note(timeline)
    if note:
        parts.append(Text(note, style="dim"))
    return Group(*parts)


def _subtitle(timeline: Timeline) -> str:
    how = "chosen from the span of dates; change it with --group" if timeline.auto_group else "as asked"
    return f"Filter: {timeline.description}. Grouped by {timeline.group.value} ({how})."


def _bar_note(timeline: Timeline, maximum: int) -> str:
    text = f"Bars: incidents per period, full width = {plural(maximum, 'incident')}."
    if timeline.uncertain:
        text += (
            " 'date uncertain' rows hold incidents whose possible dates span more than one "
            f"{timeline.group.value}; each is counted there once, after the period of its last possible day."
        )
    return text


# --- stats ------------------------------------------------------------------------


def _section(title: str) -> list[RenderableType]:
    from rich.text import Text

    return [Text(""), Text(title, style="bold")]


def whole_words(table: Table, fold_beyond: int = 24, leave_out: Sequence[str] = ()) -> FittingTable:
    """Give each wrapping column at least the width of its longest word (header included).

    Rich wraps a cell at spaces, but a word longer than its column is cut ("Tajiki…") or,
    with ``overflow="fold"``, split across lines. With every column as wide as its longest
    word, a table that fits the terminal at all shows every word whole. A column with
    ``overflow="fold"`` still folds a word that cannot fit (a path, a URL, a table too
    wide for a very narrow terminal): split, but never lost; such a column asks for no more
    than ``fold_beyond`` columns for one word, so one URL cannot push the others off screen.
    Where the longest words together are wider than the terminal, the widest minimums give
    way (:class:`~.table_fit.FittingTable`) rather than the console cutting every line, and
    where even that cannot fit, the columns headed ``leave_out`` are left out, in that order.
    """
    from rich.cells import cell_len
    from rich.text import Text

    from .table_fit import FittingTable

    for column in table.columns:
        if column.no_wrap:
            continue
        texts = [column.header, *column.cells]
        longest = 0
        for cell in texts:
            plain = cell.plain if isinstance(cell, Text) else _plain(cell) if isinstance(cell, str) else ""
            longest = max([longest, *(cell_len(word) for word in plain.split())])
        if column.overflow == "fold":
            longest = min(longest, fold_beyond)
        column.min_width = max(column.min_width or 0, longest)
    return FittingTable(table, leave_out)


def _plain(markup: str) -> str:
    from rich.errors import MarkupError
    from rich.text import Text

    try:
        return Text.from_markup(markup).plain
    except MarkupError:
        return markup


def _small_table() -> Table:
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, show_edge=False)


def stats_renderable(stats: Stats, fitted: list[FittingTable] | None = None) -> RenderableType:
    """Totals, then one small table per breakdown, then the deadliest incidents. Each table is appended to
    ``fitted``, if given, so that the caller can say which columns a narrow terminal left out."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[RenderableType] = [
        Text("Incident statistics", style="bold"),
        Text(f"Filter: {stats.description}.", style="dim"),
        Text(""),
    ]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for label, value in stats.overview():
        grid.add_row(label, value)
    parts.append(grid)
    for breakdown in stats.breakdowns:
        table = _small_table()
        table.add_column(breakdown.column)
        for name in ("Incidents", "%", "Killed", "No toll"):
            table.add_column(name, justify="right", no_wrap=True)
        for row in breakdown.rows:
            table.add_row(
                row.label,
                f"{row.figures.count:,}",
                _percent(row.figures.count, stats.totals.count),
                row.figures.toll("killed"),
                f"{row.figures.unknown('killed'):,}",
            )
        if breakdown.more:
            table.add_row(Text(f"… {plural(breakdown.more, 'more')}", style="dim"))
        parts += [*_section(breakdown.title), _kept(fitted, whole_words(table, leave_out=("No toll", "%")))]
        if breakdown.note:
            parts.append(Text(breakdown.note, style="dim"))
    if stats.deadliest:
        table = _small_table()
        for name, justify in (
            ("ID", "right"),
            ("Date", "left"),
            ("Place", "left"),
            ("Type", "left"),
            ("Killed", "right"),
            ("Attribution", "left"),
        ):
            table.add_column(name, justify=justify, no_wrap=name in ("ID", "Date", "Killed"))  # type: ignore[arg-type]
        for incident in stats.deadliest:
            attribution = _marker(incident["attribution"])
            attribution.append(" " + attribution_label(incident))
            table.add_row(
                str(incident["id"]),
                incident["date"],
                place_text(incident),
                type_text(incident),
                Casualties.of(incident, "killed").shown(),
                attribution,
            )
        parts += [
            *_section("Deadliest incidents"),
            _kept(fitted, whole_words(table, leave_out=("Attribution", "Type"))),
        ]
    return Group(*parts)


def _kept(fitted: list[FittingTable] | None, table: FittingTable) -> FittingTable:
    if fitted is not None:
        fitted.append(table)
    return table


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"
