"""The command tree of ``tracker``, composed in one place.

Every command is a plain function in its module and every subgroup a :func:`~.base.group`;
this file is the only one that puts them on the tree, so reading it shows all of ``tracker``
(the order of ``tracker --help`` is :data:`~.base.COMMAND_ORDER`). Error handling and the
global options live in :mod:`.base`.
"""

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import typer
import typer.main

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


class TrackerTyper(typer.Typer):
    """Typer's app, run (``app(prog_name="tracker")``, the console script) with only the command
    invoked built (:func:`console_command`); ``--help`` and completion build them all."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return console_command(self)(*args, **kwargs)


app = TrackerTyper(
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


class CommandsOnDemand(MutableMapping[str, Any]):
    """A group's Click commands by name, each built the first time it is asked for.

    Typer builds every command's Click parameters (and their help) before it runs one: about
    half of a short command's start-up, paid by every ``tracker`` a user or a script runs. A
    Click group reaches its commands only through this mapping (``get_command``, the names for
    ``--help``, completion and "did you mean"), so a command line builds the one command it
    runs, and ``--help`` or completion build all of them, in the same order, as before.
    """

    def __init__(self, builders: dict[str, Callable[[], Any]]) -> None:
        self._builders = builders
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = self._builders[name]()
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._builders[name] = lambda: command
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._builders[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)

    def built(self) -> list[str]:
        """The names built so far (what a test of the start-up reads)."""
        return list(self._built)


def console_command(typer_app: typer.Typer) -> Any:
    """The Click group ``typer_app`` makes, its commands built on demand (:class:`CommandsOnDemand`).

    What Typer's ``typer_app(...)`` runs, less the work for the commands not invoked: the root (its
    callback, global options and completion options) is built by Typer itself, each command and
    subgroup by the same Typer functions, in the order Typer would put them (commands, then
    groups). A subgroup with no name of its own (its commands merged into the root) is built
    at once, as Typer does.
    """
    bare = typer.Typer()
    bare.__dict__.update(typer_app.__dict__)
    bare.registered_commands, bare.registered_groups = [], []
    root: Any = typer.main.get_command(bare)
    short, markup = typer_app.pretty_exceptions_short, typer_app.rich_markup_mode

    def command(info: typer.models.CommandInfo) -> Callable[[], Any]:
        return lambda: typer.main.get_command_from_info(info, pretty_exceptions_short=short, rich_markup_mode=markup)

    def subgroup(info: typer.models.TyperInfo) -> Callable[[], Any]:
        return lambda: typer.main.get_group_from_info(
            info, pretty_exceptions_short=short, rich_markup_mode=markup, suggest_commands=typer_app.suggest_commands
        )

    builders: dict[str, Callable[[], Any]] = {}
    for command_info in typer_app.registered_commands:
        name = command_info.name or typer.main.get_command_name(getattr(command_info.callback, "__name__", ""))
        builders[name] = command(command_info)
    for group_info in typer_app.registered_groups:
        group_name = typer.main.solve_typer_info_defaults(group_info).name
        if group_name:
            builders[group_name] = subgroup(group_info)
        else:  # merged into the root by Typer: built now, as Typer builds it
            for sub, built in subgroup(group_info)().commands.items():
                builders[sub] = (lambda kept: lambda: kept)(built)
    root.commands = CommandsOnDemand(builders)
    return root


__all__ = [
    "COMMAND_ORDER",
    "CREDITS",
    "DEBUG_VARIABLE",
    "HELP_ASKED",
    "CommandsOnDemand",
    "State",
    "TrackerGroup",
    "TrackerTyper",
    "app",
    "console_command",
    "fail",
    "interactive",
    "state",
]
