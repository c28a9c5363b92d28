"""``tracker map`` and ``tracker brief``: parse, call the report library, write the file.

The map's libraries (matplotlib, the country outlines of ``countryinfo``) and the brief's
are imported inside these commands only, so no other command pays for them.
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..store.filters import Filters
from .base import state
from .file_names import FILE_METAVAR, file_name
from .interrupts import command_finished, last_rename
from .options import FILTER_OPTIONS, ForceOption, build_filters, filter_options, option_bundle, refuse_empty
from .render import message


class MapFormat(StrEnum):
    png = "png"
    svg = "svg"
    html = "html"


@filter_options
def map_command(
    ctx: typer.Context,
    filters: Filters,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="File to write: FILE.png, FILE.svg, or FILE.html with --format html.",
            parser=file_name,
            metavar=FILE_METAVAR,
        ),
    ],
    fmt: Annotated[
        Optional[MapFormat],
        typer.Option("--format", "-f", help="png, svg or html. Default: from the file's extension."),
    ] = None,
    tiles: Annotated[
        Optional[str],
        typer.Option(
            "--tiles",
            help="HTML only: a tile URL template (https://…/{z}/{x}/{y}.png) drawn under the borders. "
            "Without it the HTML map needs no network at all.",
        ),
    ] = None,
    max_incidents: Annotated[
        int, typer.Option("--max-incidents", min=1, help="Draw at most this many incidents (the most recent).")
    ] = 2000,
    force: ForceOption = False,
) -> None:
    """Draw the incidents on a map of their countries, as PNG, SVG or an offline HTML page.

    Markers are sized by the killed and coloured by attribution; an unknown toll is a
    hollow ring, never a zero. A place is drawn only as precisely as it is known: near a
    named place is a ring, a district or province a faint circle, a country hatched and
    listed beside the map. Borders: Natural Earth 1:110m, shipped with the tool (no
    download). Takes the same filters as 'tracker list'.

    Examples:

    \b
      tracker map --country TJ --since 2025-11-01 --out tj.png
      tracker map --attribution alleged --out alleged.svg
      tracker map --since 2025 --format html --out map.html
    """
    from ..report.geomap import build_map, draw_map, located_counts, map_format

    wants_html = str(fmt) == "html" if fmt else out.suffix.lower() in (".html", ".htm")
    # An image format: --format checked against the extension; stdout or a device take --format.
    chosen = "html" if wants_html else map_format(out, str(fmt) if fmt else None)
    if chosen != "html" and tiles:
        raise typer.BadParameter("--tiles is for --format html only.", param_hint="--tiles")
    from ..exchange.files import output_target, protected_files

    protect = protected_files(state(ctx).database_path())
    output_target(out, protect=protect, replace=force)  # the database's name, a missing folder: first
    result = build_map(state(ctx).store(), filters, max_incidents=max_incidents)
    with last_rename(out):  # the file's rename into place holds the signals back (probe23)
        if chosen == "html":
            from ..report.mapweb import write_map_html

            write_map_html(result, out, tiles=tiles, protect=protect)
        else:
            draw_map(result, out, protect=protect, fmt=chosen)
    to_stdout = output_target(out).kind == "stdout"
    if not to_stdout:
        command_finished()  # the file is in place: a full or closed standard output cannot undo it (probe23)
    if not to_stdout:
        print(out)  # the map itself is standard output's data otherwise
    counts = located_counts(result.incidents)
    not_drawn = counts.pop("not drawn", 0)
    detail = ", ".join(f"{n:,} {precision}" for precision, n in sorted(counts.items()))
    message(
        f"Wrote {'the map to standard output' if to_stdout else out}: "
        f"{len(result.incidents) - not_drawn:,} of {result.total:,} incidents at their location"
        + (f" ({detail})" if detail else "")
        + (f"; {not_drawn:,} located only to a country, listed beside the map" if not_drawn else "")
        + "."
    )


def _brief_filters(values: dict[str, Any], ctx: typer.Context | None) -> Filters:
    """The shared filters without --since/--until: the brief's window is a time, not only a date."""
    return build_filters(values, ctx)


_BRIEF_FILTERS = {name: spec for name, spec in FILTER_OPTIONS.items() if name not in ("since", "until")}
brief_filter_options = option_bundle(_BRIEF_FILTERS, "filters", _brief_filters)


@brief_filter_options
def brief_command(
    ctx: typer.Context,
    filters: Filters,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="File to write: brief.html (self-contained) or brief.md.",
            parser=file_name,
            metavar=FILE_METAVAR,
        ),
    ],
    since: Annotated[
        Optional[str],
        typer.Option("--since", help="Start of the window: '2025-11-29 16:00', or a date (from its first hour)."),
    ] = None,
    until: Annotated[
        Optional[str],
        typer.Option("--until", help="End of the window: '2025-11-30 16:00' (not included), or a date (to its end)."),
    ] = None,
    tz: Annotated[
        Optional[str],
        typer.Option(
            "--tz", help="The desk's time zone (IANA name). Default: 'timezone' in the config file, else UTC."
        ),
    ] = None,
    max_incidents: Annotated[
        int, typer.Option("--max-incidents", min=1, help="List at most this many incidents (the figures count all).")
    ] = 200,
    force: ForceOption = False,
) -> None:
    """Write the desk's brief for a window: totals, what is new, map, chart, incidents, sources.

    One file: HTML with the map and the chart inline (opens with no network, prints
    well), or Markdown for chat with the map and chart as PNG files beside it
    (FILE-map.png, FILE-chart.png); files that exist are replaced only with --force. The
    window is read in the desk's time zone, as written; new and revised incidents come
    from the history. Takes the filters of 'tracker list' (the window replaces
    --since/--until). PDF: print the HTML from a browser.

    Examples:

    \b
      tracker brief --since "2025-11-29 16:00" --until "2025-11-30 16:00" --tz Asia/Kabul --out brief.html
      tracker brief --since 2025-11-24 --until 2025-11-30 --country TJ --out brief.md
    """
    from .. import config
    from ..exchange.files import output_target, protected_files
    from ..report.brief import build_brief, parse_window
    from ..report.brief_render import brief_files, brief_format, write_brief
    from ..report.text import plural

    brief_format(out)  # a bad extension fails before the database is opened
    refuse_empty("--since", since)  # the brief's window is its own pair of options, not the filters'
    refuse_empty("--until", until)
    protect = protected_files(state(ctx).database_path())
    for each_file in brief_files(out):  # so does the database's name, a missing folder, a file that exists
        output_target(each_file, protect=protect, replace=force)
    window = parse_window(since, until, config.value("timezone", tz))
    result = build_brief(state(ctx).store(), filters, window, max_incidents=max_incidents)
    with last_rename(*brief_files(out)):  # the files' renames into place hold the signals back (probe23)
        written = write_brief(result, out, protect=protect)
    command_finished()  # the files are in place: a full or closed standard output cannot undo them (probe23)
    print(out)
    message(
        f"Wrote {', '.join(str(p) for p in written)}: {plural(result.totals.count, 'incident')}, "
        f"{len(result.changes):,} new or revised in the window ({window.label})."
    )
