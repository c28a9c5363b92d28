"""``tracker chart``: incidents and fatalities per period as a PNG or SVG image.

matplotlib is imported here only, inside :func:`draw_chart`, through its
object-oriented API (``Figure`` and the Agg canvas, no ``pyplot``): no global
state, no GUI backend, and no cost for any other command. The file is written to
a temporary name beside the target and renamed over it, so a failed or
interrupted run never leaves half an image behind.

Incidents in "date uncertain" rows are not drawn on any period (that would put them
on a made-up date); the footnote says how many were left out and how to include them.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import TrackerError, ValidationError
from .figures import Figures
from .periods import GROUP_ORDER, range_title, short_label
from .text import plural

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .timeline import Timeline
    from .timeline_rows import Period

#: Image formats by file extension.
FORMATS: dict[str, str] = {".png": "png", ".svg": "svg"}

#: Colours of stacked lanes (matplotlib's colour-blind friendly "tab10").
LANE_COLOURS = [f"C{i}" for i in range(10)]

AXIS_LABELS = {
    "day": "Day",
    "week": "Week (Monday to Sunday)",
    "month": "Month",
    "quarter": "Quarter",
    "year": "Year",
}


@dataclass
class ChartResult:
    """What was drawn, for the command's message and for tests."""

    path: Path
    periods: int
    incidents_drawn: int
    killed_drawn: int
    not_drawn: int


def image_format(path: Path, what: str, also: str = "", fmt: str | None = None) -> str:
    """The image format (png, svg) for writing ``what`` ("a chart", "a map") to ``path``, or a
    one-line error naming the valid ones; shared by the chart and the map, which write the same two.

    ``fmt`` (``--format``) is the format for standard output (``-``) and for a device or a FIFO,
    which have no extension: they are written in place, never replaced (see
    :mod:`~incident_tracker.exchange.files`). For a regular file it must agree with the extension.
    """
    from ..exchange.files import output_target

    if output_target(path).kind != "regular":
        if fmt is None:
            raise ValidationError(
                f"Cannot tell the {what.split()[-1]}'s format for {path} (standard output, a device or a pipe "
                "has no extension): give the format, png or svg.",
                field="format",
            )
        return fmt
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        shown = path.suffix or "no extension"
        raise ValidationError(
            f"Cannot write {what} as {shown!r} ({path.name}): give a file name ending in .png or .svg{also}.",
            field="out",
        )
    if fmt is not None and fmt != found:
        raise ValidationError(f"The {fmt} format needs a file ending in .{fmt}, not {path.name}.", field="format")
    return found


def chart_format(path: Path, fmt: str | None = None) -> str:
    """The image format for a chart written to ``path`` (``fmt``: ``--format``, see :func:`image_format`)."""
    return image_format(path, "a chart", fmt=fmt)


def draw_chart(
    timeline: Timeline,
    out: Path,
    *,
    width: float = 10.0,
    height: float = 6.5,
    protect: Iterable[Path] = (),
    fmt: str | None = None,
) -> ChartResult:
    """Draw incidents (top) and killed (bottom) per period of ``timeline`` into ``out``
    (in ``fmt``: needed for standard output or a device, see :func:`chart_format`)."""
    fmt = chart_format(out, fmt)
    if not out.parent.exists():
        raise ValidationError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    figure, drawn, left_out = chart_figure(timeline, width=width, height=height)

    save_figure(figure, out, fmt, protect)
    return ChartResult(out, len(timeline.regular), drawn.count, drawn.killed or 0, left_out)


def chart_figure(timeline: Timeline, *, width: float = 10.0, height: float = 6.5) -> tuple[Figure, Figures, int]:
    """The chart as a matplotlib figure, with the figures drawn and the incidents left out.

    The footnote is the figure's ``supxlabel``: the layout engine keeps room for it below
    the axes, and it wraps at the figure's edge, so however long it is it stays inside the
    image and clear of the tick labels.
    """
    periods = timeline.regular
    if not periods:
        raise TrackerError(f"No incidents to chart ({timeline.description}); no file written.")

    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    figure = Figure(figsize=(width, height), layout=ConstrainedLayoutEngine(h_pad=0.08))
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    _draw_incidents(top, timeline, periods)
    _draw_killed(bottom, periods)
    _label_periods(bottom, timeline, periods)
    for axes in (top, bottom):
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", alpha=0.3)
        axes.set_axisbelow(True)

    title = f"Incidents and fatalities by {timeline.group.value}"
    if timeline.first and timeline.last:
        title += f", {range_title(timeline.group, timeline.first, timeline.last)}"
    figure.suptitle(title, fontweight="bold")
    top.set_title(f"Filter: {timeline.description}", fontsize="medium", color="0.3")
    drawn = Figures()
    for period in periods:
        drawn.add(period.figures)
    left_out = sum(p.figures.count for p in timeline.uncertain)
    figure.supxlabel(
        _footnote(timeline, drawn, left_out), x=0.01, ha="left", fontsize="x-small", color="0.35", wrap=True
    )
    return figure, drawn, left_out


def _draw_incidents(top: Axes, timeline: Timeline, periods: list[Period]) -> None:
    """Incidents: one bar per period, stacked by lane with --by; each bar's SVG id names its period (and lane)."""
    from matplotlib.ticker import MaxNLocator

    n = len(periods)
    positions = list(range(n))
    if timeline.by:
        base = [0] * n
        for index, lane in enumerate(timeline.lanes):
            counts = [(p.lanes.get(lane.key) or Figures()).count for p in periods]
            if not any(counts):
                continue
            bars = top.bar(positions, counts, bottom=base, label=lane.label, color=LANE_COLOURS[index % 10], width=0.8)
            for i, bar in enumerate(bars):
                bar.set_gid(f"incidents-{i}-{index}")
            base = [b + c for b, c in zip(base, counts, strict=True)]
        top.legend(title=timeline.by.value.capitalize(), fontsize="small", title_fontsize="small", loc="best")
    else:
        bars = top.bar(positions, [p.figures.count for p in periods], color="C0", width=0.8)
        for i, bar in enumerate(bars):
            bar.set_gid(f"incidents-{i}")
    top.set_ylabel("Incidents")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))


def _draw_killed(bottom: Axes, periods: list[Period]) -> None:
    """Killed: best estimates, with the low-high range as an error bar where there is one, and marks above the
    bars of up to 60 periods ("≥" for an open-ended figure, "+2?" for incidents with no figure)."""
    from matplotlib.ticker import MaxNLocator

    positions = list(range(len(periods)))
    killed = [p.figures.killed or 0 for p in periods]
    bars = bottom.bar(positions, killed, color="C3", width=0.8)
    for i, bar in enumerate(bars):
        bar.set_gid(f"killed-{i}")
    ranged = [
        i
        for i, p in enumerate(periods)
        if (p.figures.low("killed") or 0) < killed[i] or (p.figures.high("killed") or 0) > killed[i]
    ]
    if ranged:
        lows = [killed[i] - (periods[i].figures.low("killed") or 0) for i in ranged]
        highs = [max(0, (periods[i].figures.high("killed") or 0) - killed[i]) for i in ranged]
        bottom.errorbar(ranged, [killed[i] for i in ranged], yerr=[lows, highs], fmt="none", ecolor="black", capsize=3)
    if len(periods) <= 60:
        for i, period in enumerate(periods):
            marks = ("≥" if period.figures.killed_open else "") + (
                f"+{period.figures.unknown('killed')}?" if period.figures.unknown("killed") else ""
            )
            if marks:
                top_of_bar = max(killed[i], periods[i].figures.high("killed") or 0)
                bottom.annotate(marks, (i, top_of_bar), ha="center", va="bottom", fontsize="small")
    bottom.set_ylabel("Killed (best estimate)")
    bottom.yaxis.set_major_locator(MaxNLocator(integer=True))


def _label_periods(bottom: Axes, timeline: Timeline, periods: list[Period]) -> None:
    """The x axis: at most 24 period labels, slanted when they are days or weeks or more than 12."""
    n = len(periods)
    positions = list(range(n))
    bottom.set_xlabel(AXIS_LABELS[timeline.group.value])
    step = max(1, -(-n // 24))
    bottom.set_xticks(positions[::step], [short_label(timeline.group, p.start) for p in periods[::step]])
    if GROUP_ORDER.index(timeline.group) <= 1 or n > 12:
        for label in bottom.get_xticklabels():
            label.set_rotation(45)
            label.set_horizontalalignment("right")


def _footnote(timeline: Timeline, drawn: Figures, left_out: int) -> str:
    """What the bars hold and what they leave out: the incidents drawn and killed, the unknown tolls, the
    incidents dated too coarsely for a period and how to include them."""
    footnote = f"Drawn: {plural(drawn.count, 'incident')}, {drawn.toll('killed')} killed"
    if drawn.unknown("killed"):
        footnote += f"; death toll unknown for {drawn.unknown('killed')} (marked +n?)"
    footnote += ". Error bars: low–high ranges; ≥: open-ended figures."
    if left_out:
        footnote += (
            f" Not drawn: {plural(left_out, 'incident')} dated less precisely than a {timeline.group.value}"
            " (a coarser --group includes them)."
        )
    return footnote


def save_figure(figure: object, out: Path, fmt: str, protect: Iterable[Path]) -> None:
    """Write a Matplotlib figure (the chart, the map) reproducibly — no dates or software
    stamps, a fixed SVG hash salt — through the shared output rules (files.output_stream):
    never over the database, a regular file replaced only once complete, a device or FIFO
    written in place."""
    from matplotlib import rc_context

    from ..exchange.files import output_stream

    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    try:
        with (
            rc_context({"svg.hashsalt": "incident-tracker", "svg.fonttype": "none"}),
            output_stream(out, protect=protect, binary=True, text=fmt == "svg") as stream,
            warnings.catch_warnings(),
        ):
            # A Han or other name the font lacks is drawn as boxes, which the image shows; Matplotlib's
            # own warning (two lines naming its source file, once per letter) is not a message of ours.
            warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
            figure.savefig(stream, format=fmt, metadata=metadata)  # type: ignore[attr-defined]
    except BrokenPipeError:
        raise  # '-o - | head': the reader went away, and the CLI ends quietly, as for every output
    except OSError as exc:
        raise TrackerError(f"Cannot write {out}: {exc.strerror or exc}.") from None
