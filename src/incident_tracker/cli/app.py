"""The command tree of ``tracker``, composed in one place.

Every command is a plain function in its module and every subgroup a :func:`~.base.group`;
this file is the only one that puts them on the tree, so reading it shows all of ``tracker``
(the order of ``tracker --help`` is :data:`~.base.COMMAND_ORDER`). Error handling and the
global options live in :mod:`.base`.
"""

import typer

from . import (
    actors,
    brief,
    duplicates,
    exchange,
    extract,
    gazetteer,
    geo,
    incidents,
    maintenance,
    report,
    settings,
    sources,
)
from .base import (
    COMMAND_ORDER,
    CREDITS,
    DEBUG_VARIABLE,
    HELP_ASKED,
    State,
    TrackerGroup,
    fail,
    help_command,
    interactive,
    main_options,
    state,
)

app = typer.Typer(
    cls=TrackerGroup,
    name="tracker",
    help=(
        "Keep your own record of border and security incidents: log, list, report, export.\n\n"
        "Each command's --help ends with examples; docs/getting-started.md walks through one article.\n\n"
        "Examples:\n\n"
        "\b\n"
        "  tracker --db incidents.db timeline\n"
        "  tracker list --country TJ --since 2025-11\n"
        "  tracker config show"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.callback()(main_options)

# The record: write, read, change.
app.command("add")(incidents.add)
app.command("edit")(incidents.edit)
app.command("list")(incidents.list_incidents)
app.command("show")(incidents.show)
app.command("history")(incidents.history)
app.add_typer(sources.source_app, name="source")
app.command("link")(incidents.link)
app.command("unlink")(incidents.unlink)
app.command("delete")(incidents.delete)
app.command("restore")(incidents.restore)
app.command("export")(exchange.export)
app.command("import")(exchange.import_)
# From articles to records.
app.command("extract")(extract.extract_command)
app.command("duplicates")(duplicates.duplicates_command)
# Reports.
app.command("timeline")(report.timeline)
app.command("stats")(report.stats)
app.command("chart")(report.chart)
app.command("map")(brief.map_command)
app.command("brief")(brief.brief_command)
# Places and actors.
app.command("geocode")(geo.geocode)
app.add_typer(geo.places_app, name="places")
app.add_typer(gazetteer.gazetteer_app, name="gazetteer")
app.add_typer(actors.actors_app, name="actors")
# Settings and upkeep.
app.add_typer(settings.config_app, name="config")
app.command("check")(maintenance.check)
app.command("backup")(maintenance.backup)
app.command("help")(help_command)

__all__ = [
    "COMMAND_ORDER",
    "CREDITS",
    "DEBUG_VARIABLE",
    "HELP_ASKED",
    "State",
    "TrackerGroup",
    "app",
    "fail",
    "interactive",
    "state",
]
