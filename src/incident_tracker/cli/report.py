"""Commands for reports (``tracker timeline``, ``stats``, ``chart``): parse, call the library, render.

The report library (and Rich, and matplotlib for ``chart``) is imported inside the
commands, so ``tracker --help`` and the other commands do not pay for it.
"""

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..report.lanes import By
from ..report.periods import Group
from ..store.filters import Filters
from .base import state
from .file_names import FILE_METAVAR, file_name
from .interrupts import command_finished, last_rename
from .options import CsvFlag, ForceOption, JsonFlag, OutputFormat, filter_options, format_option, pick_format
from .output import Result, emit
from .render import message, print_fitted

if TYPE_CHECKING:
    from rich.console import Console

    from ..report import Timeline


GroupOption = Annotated[
    Optional[Group],
    typer.Option(
        "--group",
        "-g",
        help="Period length. Default: chosen from the span of dates (day up to a month, week up to six "
        "months, month up to three years, quarter up to ten, then year).",
    ),
]
ByOption = Annotated[
    Optional[By],
    typer.Option("--by", "-b", help="Split each period into lanes by this field."),
]
MaxIncidentsOption = Annotated[
    int,
    typer.Option(
        "--max-incidents",
        min=0,
        help="List at most this many incidents under the periods (the most recent); 0 lists none. "
        "The figures always count every incident.",
    ),
]
ReportFormatOption = Annotated[
    Optional[str], format_option(OutputFormat.table, OutputFormat.md, OutputFormat.json, OutputFormat.csv)
]
StatsFormatOption = Annotated[Optional[str], format_option(OutputFormat.table, OutputFormat.md, OutputFormat.json)]
MdFlag = Annotated[bool, typer.Option("--md", help="Shortcut for --format md.")]


def timeline_result(timeline: "Timeline") -> Result:
    """A timeline for :func:`~.output.emit`: a table, Markdown, JSON or CSV of its periods."""
    from ..report import data, markdown

    return Result(
        data=timeline.to_dict,
        draw=lambda out: _draw_timeline(out, timeline),
        markdown=lambda: markdown.timeline_markdown(timeline),
        stream=lambda out, _fmt: data.timeline_csv(timeline, out),
        stream_formats=(OutputFormat.csv,),
        empty=None if timeline.periods else f"No incidents match ({timeline.description}).",
    )


def _draw_timeline(out: "Console", timeline: "Timeline") -> None:
    """The timeline at the console's width, and which figure columns it left out to fit (as ``list`` says)."""
    from ..report import terminal

    out.print(terminal.timeline_renderable(timeline, out.width))
    left_out = terminal.timeline_left_out(timeline, out.width)
    if left_out:
        message(f"Left out at {out.width} columns: {', '.join(left_out)} (--json gives every figure).")


@filter_options
def timeline(
    ctx: typer.Context,
    filters: Filters,
    group: GroupOption = None,
    by: ByOption = None,
    max_incidents: MaxIncidentsOption = 100,
    fmt: ReportFormatOption = None,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
    as_md: MdFlag = False,
) -> None:
    """Incidents period by period: counts, killed and injured, then the incidents themselves.

    Empty periods are shown, so gaps are visible. An incident whose possible dates span
    more than one period (known only to the month, in a day view) is never put on a
    made-up day: it appears once, in a "date uncertain" row after the period of its last
    possible day. Takes the same filters as 'tracker list'. --format md writes a brief to
    paste; json the periods and their incidents; csv one row per period (and lane).

    Examples:

    \b
      tracker timeline --country TJ --since 2025-09-01 --group week
      tracker timeline --since 2025 --by country --format md
    """
    from ..report import build_timeline

    output = pick_format(fmt, {"json": as_json, "csv": as_csv, "md": as_md})
    store = state(ctx).store()
    result = build_timeline(store, filters, group=group, by=by, max_incidents=max_incidents)
    emit(timeline_result(result), output)


@filter_options
def stats(
    ctx: typer.Context,
    filters: Filters,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows per breakdown, and deadliest incidents.")] = 10,
    by: Annotated[
        Optional[list[str]],
        typer.Option(
            "--by",
            help="Only these breakdowns (repeatable): country, admin1, event_type, sub_event_type, "
            "attribution, perpetrator, actor, weapon, victim_nationality.",
        ),
    ] = None,
    fmt: StatsFormatOption = None,
    as_json: JsonFlag = False,
    as_md: MdFlag = False,
) -> None:
    """Totals and breakdowns: by country, province, type, attribution, perpetrator, actor, weapon, victims.

    Also the deadliest incidents, the first and last dates, and how many incidents lack
    coordinates or a death toll. Takes the same filters as 'tracker list'.

    Examples:

    \b
      tracker stats --since 2025-01-01
      tracker stats --country TJ --format md
      tracker stats --by actor --by attribution
    """
    from ..report import build_stats, markdown

    output = pick_format(fmt, {"json": as_json, "md": as_md})
    result = build_stats(state(ctx).store(), filters, top=top)
    if by:
        result.only([name.strip().replace("-", "_") for name in by])
    found = Result(
        data=result.to_dict,
        draw=lambda out: _draw_stats(out, result),
        markdown=lambda: markdown.stats_markdown(result),
        empty=None if result.totals.count else f"No incidents match ({result.description}).",
    )
    emit(found, output)


class ImageFormat(StrEnum):
    """The chart's image formats (``--format``): needed when ``-o`` has no extension (``-``, a device)."""

    png = "png"
    svg = "svg"


@filter_options
def chart(
    ctx: typer.Context,
    filters: Filters,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Image file to write: FILE.png or FILE.svg; - for standard output (with --format).",
            parser=file_name,
            metavar=FILE_METAVAR,
        ),
    ],
    fmt: Annotated[
        Optional[ImageFormat],
        typer.Option("--format", "-f", help="png or svg. Default: from the file's extension (required with -)."),
    ] = None,
    group: GroupOption = None,
    by: ByOption = None,
    force: ForceOption = False,
) -> None:
    """Draw incidents and fatalities per period as a PNG or SVG chart.

    Same filters as 'tracker list' and the same --group as 'tracker timeline'; the
    filter is described under the title. With --by, incident bars are stacked by lane.
    Prints the file name. A file that exists is replaced only with --force, and only once
    the new one is complete. '-o -' writes the image to standard output (give --format: an SVG
    is text; a PNG is refused on a terminal, as binary data): 'tracker chart -f svg -o - > c.svg'.

    Examples:

    \b
      tracker chart --country TJ --since 2025-01-01 --group month --out tj-2025.png
    """
    from ..exchange.files import output_target, protected_files
    from ..report import build_timeline
    from ..report.chart import chart_format, draw_chart

    chosen = chart_format(out, fmt and fmt.value)  # a bad extension fails before the database is opened
    protect = protected_files(state(ctx).database_path())
    target = output_target(out, protect=protect, replace=force)  # so does the database's name, a missing folder
    if chosen == "png":
        from ..exchange.files import refuse_binary_on_terminal

        refuse_binary_on_terminal(target, "a PNG image")  # before the database is read, not after drawing
    result = build_timeline(state(ctx).store(), filters, group=group, by=by, max_incidents=0)
    with last_rename(out):  # the file's rename into place holds the signals back (probe23)
        drawn = draw_chart(result, out, protect=protect, fmt=chosen)
    to_stdout = target.kind == "stdout"
    if not to_stdout:
        command_finished()  # the file is in place: a full or closed standard output cannot undo it (probe23)
    if not to_stdout:
        print(drawn.path)  # the chart itself is standard output's data otherwise
    where = "the chart to standard output" if to_stdout else drawn.path
    periods = f"{drawn.periods:,} {result.group.value} period{'s' if drawn.periods != 1 else ''}"
    message(
        f"Wrote {where}: {periods}, "
        f"{drawn.incidents_drawn:,} incident{'s' if drawn.incidents_drawn != 1 else ''}"
        + (f" ({drawn.not_drawn:,} with imprecise dates not drawn)" if drawn.not_drawn else "")
        + "."
    )


def _draw_stats(out: Any, stats: Any) -> None:
    """The statistics' tables, and which columns a narrow terminal left out of them."""
    from ..report import terminal

    fitted: list[Any] = []
    print_fitted(out, terminal.stats_renderable(stats, fitted), fitted)
