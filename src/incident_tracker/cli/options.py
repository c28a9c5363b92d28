"""Options shared between commands, defined once.

Typer builds options from a function's signature, so a group of options that several
commands share (the filters, the record fields) is added to each command by a
decorator, :func:`option_bundle`, which also turns the parsed values into one object
(a :class:`~incident_tracker.store.Filters`, a :class:`RecordInput`) before the
command body runs. Nothing here touches the database.
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, Optional, TypeVar

import typer

from .. import models
from ..errors import ValidationError
from ..store.filters import Filters, Near
from . import complete
from .output import OutputFormat as OutputFormat  # the one format enum, re-exported

F = TypeVar("F", bound=Callable[..., Any])

FILTERS_PANEL = "Filters"
RECORD_PANEL = "Record fields"
SOURCE_PANEL = "Source"


def option_bundle(options: dict[str, tuple[Any, Any]], into: str, build: Callable[..., Any]) -> Callable[[F], F]:
    """Add ``options`` (name → (Annotated type, default)) to a command.

    The command receives one argument, ``into``, built by ``build(values, ctx)`` from the
    parsed values (name → value) and the command's context (``None`` unless the command
    has a ``ctx: typer.Context`` parameter).
    """

    def decorator(func: F) -> F:
        signature = inspect.signature(func, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != into]
        # Arguments (no default) first, then the bundle, then the command's own options.
        leading = [p for p in own if p.default is inspect.Parameter.empty]
        trailing = [
            p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own if p.default is not inspect.Parameter.empty
        ]
        extra = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
            for name, (annotation, default) in options.items()
        ]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            values = {name: kwargs.pop(name) for name in options}
            kwargs[into] = build(values, kwargs.get("ctx"))
            return func(*args, **kwargs)

        wrapper.__signature__ = signature.replace(parameters=leading + extra + trailing)  # type: ignore[attr-defined]
        annotations = {p.name: p.annotation for p in own}
        annotations.update({name: annotation for name, (annotation, _) in options.items()})
        wrapper.__annotations__ = annotations
        return wrapper  # type: ignore[return-value]

    return decorator


# --- output -----------------------------------------------------------------------


def format_option(*accepted: OutputFormat) -> Any:
    """The --format option of a command that writes ``accepted`` (the first is the default)."""
    names = [f.value for f in accepted]

    def parse(text: str) -> str:
        if text.strip().lower() not in names:
            raise typer.BadParameter(f"{text!r} is not one of {', '.join(repr(n) for n in names)}.")
        return text.strip().lower()

    return typer.Option(
        "--format",
        "-f",
        parser=parse,
        metavar="[" + "|".join(names) + "]",
        autocompletion=lambda: names,
        help=f"Output format. Default: {names[0]}, on a terminal or piped alike.",
    )


FormatOption = Annotated[
    Optional[str], format_option(OutputFormat.table, OutputFormat.json, OutputFormat.jsonl, OutputFormat.csv)
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]
#: Every command that writes a file asks before it replaces one that exists (exchange.files).
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force", help="Replace the output file if it exists (a device, a pipe or '-' is written without asking)."
    ),
]
CsvFlag = Annotated[bool, typer.Option("--csv", help="Shortcut for --format csv.")]
#: What --sort takes, for every command that sorts (each adds its own default).
SORT_HELP = "Sort by date, id, killed, injured, country, type or updated; prefix - to reverse."
SortOption = Annotated[
    Optional[str],
    typer.Option("--sort", help=f"{SORT_HELP} Default: -date (newest first)."),
]
LimitOption = Annotated[
    Optional[int], typer.Option("--limit", "-n", min=0, help="At most this many incidents; 0 lists every incident.")
]
NoInputOption = Annotated[
    bool,
    typer.Option("--no-input", "--yes", "-y", help="Never prompt: fail on anything missing or ambiguous."),
]
IdArgument = Annotated[
    int, typer.Argument(help="Incident id, as shown by 'tracker list'.", min=1, autocompletion=complete.incident_ids)
]


def pick_format(fmt: str | StrEnum | None, shortcuts: dict[str, bool], configured: str | None = None) -> OutputFormat:
    """Resolve --format and its shortcut flags (--json, --csv, …), refusing contradictions.

    Without either: the ``configured`` format (config file or $TRACKER_FORMAT) if any, else a
    table. Never whether stdout is a terminal: ``tracker list | grep Khatlon`` sees what the
    terminal shows (only colour and width follow the terminal); programs ask for --json.
    """
    chosen = [name for name, on in shortcuts.items() if on]
    if fmt is not None:
        chosen.append(str(fmt))  # a StrEnum member prints as its value
    if len(set(chosen)) > 1:
        flags = ", ".join(f"--{name}" for name in shortcuts)
        raise ValidationError(f"Choose one output format: --format or one of {flags}.")
    if chosen:
        return OutputFormat(chosen[0])
    if configured:
        return OutputFormat(configured)
    return OutputFormat.table


# --- filters ----------------------------------------------------------------------


#: Tab completion for the options that take a vocabulary value, a country or a place.
COMPLETIONS: dict[str, Callable[..., Any]] = {
    "--country": complete.countries,
    "--origin-country": complete.countries,
    "--victim-nationality": complete.countries,
    "--type": complete.event_types,
    "--sub-type": complete.sub_event_types,
    "--weapon": complete.weapons,
    "--target": complete.target_types,
    "--attribution": complete.attributions,
    "--near": complete.places,
    "--place": complete.places,
}


def _opt(*names: str, help: str, panel: str = FILTERS_PANEL, **extra: Any) -> Any:
    extra.setdefault("autocompletion", COMPLETIONS.get(names[0].split("/")[0]))
    return typer.Option(*names, help=help, rich_help_panel=panel, **extra)


#: One optional text value / a repeatable one: the types most options share.
Text = Optional[str]
Texts = Optional[list[str]]


#: One option per row: name → (type, flags, help, extra keyword arguments of typer.Option).
OptionTable = dict[str, tuple[Any, str, str, dict[str, Any]]]


def declare(panel: str, table: OptionTable) -> dict[str, tuple[Any, Any]]:
    """Options for :func:`option_bundle` from one row each: name → (type, flags, help, extra).

    Flags are one string ('--country -c', '--civilian-targeting/--no-civilian-targeting');
    the default is ``False`` for a plain flag and ``None`` for everything else.
    """
    return {
        name: (Annotated[kind, _opt(*flags.split(), help=text, panel=panel, **extra)], False if kind is bool else None)
        for name, (kind, flags, text, extra) in table.items()
    }


def build_filters(values: dict[str, Any], ctx: typer.Context | None = None) -> Filters:
    """Turn the filter options, as typed (a missing one counts as not given), into a :class:`Filters`."""
    given = {name: values.get(name) for name in FILTER_OPTIONS}
    for name, value in given.items():
        if name not in ("country", "search"):  # refused in their own words: an unknown country, no word to search
            for each in value if isinstance(value, list) else [value]:
                refuse_empty(FILTER_FLAGS[name], each)
    since, until, actor, near, within = (given[n] for n in ("since", "until", "actor", "near", "within"))
    filters = Filters(
        since=models.parse_date(since).start.isoformat() if since else None,
        until=_last_day(until) if until else None,
        countries=_countries(given["country"]),
        admin1=[a.strip() for a in given["admin1"] or [] if a.strip()],
        event_type=models.parse_event_type(given["event_type"]) if given["event_type"] else None,
        attributions=[models.parse_attribution(a) for a in given["attribution"] or []],
        attribution_default=given["attribution_default"],
        perpetrator=given["perpetrator"] or None,
        actor=actor.strip() or None if actor else None,
        clarity=models.parse_event_clarity(given["clarity"]) if given["clarity"] else None,
        weapon=models.parse_weapon(given["weapon"]) if given["weapon"] else None,
        target_type=models.parse_target_type(given["target"]) if given["target"] else None,
        min_killed=given["min_killed"],
        tag=given["tag"] or None,
        search=given["search"],
        deleted=bool(given["deleted"]),
    )
    if given["sub_type"]:
        filters.event_type, filters.sub_event_type = models.parse_sub_event_type(given["sub_type"], filters.event_type)
    if within is not None and not near:
        raise ValidationError("--within needs --near PLACE (or LAT,LON).")
    if near:
        filters.near = _near(near, within, ctx)
    return filters


def refuse_empty(flag: str, value: object) -> None:
    """Refuse an option given an empty value (``--since ''``, a script's unset variable), as ``--country ''``
    is refused: read as no filter, it listed every incident where the script meant some (probe20)."""
    if isinstance(value, str) and not value.strip():
        raise ValidationError(f"{flag} was given an empty value: give one, or leave {flag} out.")


def _near(near: str, within: float | None, ctx: typer.Context | None) -> Near:
    if within is None:
        raise ValidationError("--near needs --within KM, the radius in kilometres.")
    if not (math.isfinite(within) and within > 0):  # nan > 0 is False too
        raise ValidationError("--within must be a positive number of kilometres.")
    if models.looks_like_latlon(near):
        lat, lon = models.parse_latlon(near)
        return Near(lat, lon, within, near.strip())
    from ..geo import resolve_near_point
    from .base import state
    from .locate import build_progress

    db_path = state(ctx).db_path if ctx is not None else None
    lat, lon, label = resolve_near_point(near, db_path, reporter=build_progress)
    return Near(lat, lon, within, label)


def _countries(given: list[str] | None) -> list[str]:
    """--country as typed; without it, the configured default; ``--country all`` lifts it."""
    if not given:
        from .. import config

        return list(config.value("country"))
    if any(c.strip().lower() == "all" for c in given):
        if len(given) > 1:
            raise ValidationError("--country all means every country: give it alone.")
        return []
    return [models.parse_country(c) for c in given]


def _last_day(text: str) -> str:
    parsed = models.parse_date(text)
    return (parsed.end or parsed.start).isoformat()


FILTER_OPTIONS = declare(FILTERS_PANEL, {
    "since": (Text, "--since", "On or after this date (2025-11-01, Nov 2025, 2025); an incident dated only by "
              "month, year or span counts if any of its days could be.", {}),
    "until": (Text, "--until", "On or before this date; a month or year means its last day.", {}),
    "country": (Texts, "--country -c",
                "Country name or ISO code; repeat for several. 'all' lifts a configured default.", {}),
    "admin1": (Texts, "--admin1", "Province (admin1) name; repeatable.", {}),
    "event_type": (Text, "--type -t", "ACLED event type (e.g. 'Battles', 'explosions').", {}),
    "sub_type": (Text, "--sub-type", "ACLED sub-event type (e.g. 'Armed clash').", {}),
    "attribution": (Texts, "--attribution -a",
                    f"Attribution status ({', '.join(models.ATTRIBUTION_STATUSES)}); repeatable.", {}),
    "attribution_default": (Optional[bool], "--default-attribution/--stated-attribution",
                            "Only records whose 'unattributed' is the default (nobody has read an attribution "
                            "yet), or only those whose status was stated; with -a unattributed, the stated ones.",
                            {}),
    "perpetrator": (Text, "--perpetrator -p",
                    "Perpetrator contains this text, or is a spelling of the actor it names.", {}),
    "actor": (Text, "--actor", "Perpetrator is this actor, under any of its spellings ('tracker actors list').", {}),
    "clarity": (Text, "--clarity", "Event clarity (clear, unclear).", {}),
    "weapon": (Text, "--weapon", f"Weapon used ({', '.join(models.WEAPONS)}).", {}),
    "target": (Text, "--target", f"Target type ({', '.join(models.TARGET_TYPES)}).", {}),
    "min_killed": (Optional[int], "--min-killed", "At least this many killed (best estimate).", {"min": 0}),
    "tag": (Text, "--tag", "Has this tag, in any case (TTP finds ttp).", {}),
    "search": (Text, "--search -s", "Full-text search in description, place, victims, perpetrator and notes.", {}),
    "deleted": (bool, "--deleted", "Show deleted incidents (only those).", {}),
    "near": (Text, "--near", "Centre of a circle: a place name or LAT,LON. Needs --within.", {}),
    "within": (Optional[float], "--within", "Radius in km around --near.", {}),
})  # fmt: skip

#: Each filter's option as the help names it (``event_type``: ``--type``; typer takes the first name as the
#: default, which it reads as the long name), for the messages about it.
FILTER_FLAGS = {name: annotation.__metadata__[0].default for name, (annotation, _) in FILTER_OPTIONS.items()}

filter_options = option_bundle(FILTER_OPTIONS, "filters", build_filters)
"""Decorator: add the shared filters to a command, which receives ``filters: Filters``."""
