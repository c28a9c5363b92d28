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
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any, Optional, TypeVar

import typer

from .. import models
from ..errors import ValidationError
from ..store.filters import Filters, Near
from . import complete

F = TypeVar("F", bound=Callable[..., Any])

FILTERS_PANEL = "Filters"
RECORD_PANEL = "Record fields"
SOURCE_PANEL = "Source"


def option_bundle(options: dict[str, tuple[Any, Any]], into: str, build: Callable[..., Any]) -> Callable[[F], F]:
    """Add ``options`` (name → (Annotated type, default)) to a command.

    The command receives one argument, ``into``, built by ``build(**values)``; a
    ``build`` that takes ``ctx`` also gets the command's context (the command must
    then have a ``ctx: typer.Context`` parameter).
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

        wants_ctx = "ctx" in inspect.signature(build).parameters

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            values = {name: kwargs.pop(name) for name in options}
            if wants_ctx:
                values["ctx"] = kwargs.get("ctx")
            kwargs[into] = build(**values)
            return func(*args, **kwargs)

        wrapper.__signature__ = signature.replace(parameters=leading + extra + trailing)  # type: ignore[attr-defined]
        annotations = {p.name: p.annotation for p in own}
        annotations.update({name: annotation for name, (annotation, _) in options.items()})
        wrapper.__annotations__ = annotations
        return wrapper  # type: ignore[return-value]

    return decorator


# --- output -----------------------------------------------------------------------


class OutputFormat(StrEnum):
    """Every output format of every command; each command accepts the ones it can write
    (:func:`format_option`)."""

    table = "table"
    md = "md"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


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
CsvFlag = Annotated[bool, typer.Option("--csv", help="Shortcut for --format csv.")]
SortOption = Annotated[
    Optional[str],
    typer.Option(
        "--sort",
        help="Sort by date, id, killed, injured, country, type or updated; prefix - to reverse. "
        "Default: -date (newest first).",
    ),
]
LimitOption = Annotated[Optional[int], typer.Option("--limit", "-n", min=0, help="At most this many incidents.")]
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


def build_filters(
    ctx: typer.Context | None,
    since: str | None,
    until: str | None,
    country: list[str] | None,
    admin1: list[str] | None,
    event_type: str | None,
    sub_type: str | None,
    attribution: list[str] | None,
    perpetrator: str | None,
    actor: str | None,
    clarity: str | None,
    weapon: str | None,
    target: str | None,
    min_killed: int | None,
    tag: str | None,
    search: str | None,
    deleted: bool,
    near: str | None,
    within: float | None,
) -> Filters:
    """Turn the filter options, as typed, into a :class:`Filters`."""
    filters = Filters(
        since=models.parse_date(since).start.isoformat() if since else None,
        until=_last_day(until) if until else None,
        countries=_countries(country),
        admin1=[a.strip() for a in admin1 or [] if a.strip()],
        event_type=models.parse_event_type(event_type) if event_type else None,
        attributions=[models.parse_attribution(a) for a in attribution or []],
        perpetrator=perpetrator or None,
        actor=actor.strip() or None if actor else None,
        clarity=models.parse_event_clarity(clarity) if clarity else None,
        weapon=models.parse_weapon(weapon) if weapon else None,
        target_type=models.parse_target_type(target) if target else None,
        min_killed=min_killed,
        tag=tag or None,
        search=search or None,
        deleted=deleted,
    )
    if sub_type:
        filters.event_type, filters.sub_event_type = models.parse_sub_event_type(sub_type, filters.event_type)
    if within is not None and not near:
        raise ValidationError("--within needs --near PLACE (or LAT,LON).")
    if near:
        if within is None:
            raise ValidationError("--near needs --within KM, the radius in kilometres.")
        if not (math.isfinite(within) and within > 0):  # nan > 0 is False too
            raise ValidationError("--within must be a positive number of kilometres.")
        if models.looks_like_latlon(near):
            lat, lon = models.parse_latlon(near)
            label = near.strip()
        else:
            from ..geo import resolve_near_point
            from .app import state
            from .locate import build_progress

            db_path = state(ctx).db_path if ctx is not None else None
            lat, lon, label = resolve_near_point(near, db_path, reporter=build_progress)
        filters.near = Near(lat, lon, within, label)
    return filters


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


FILTER_OPTIONS: dict[str, tuple[Any, Any]] = {
    "since": (
        Annotated[Optional[str], _opt("--since", help="On or after this date (2025-11-01, Nov 2025, 2025).")],
        None,
    ),
    "until": (
        Annotated[Optional[str], _opt("--until", help="On or before this date; a month or year means its last day.")],
        None,
    ),
    "country": (
        Annotated[
            Optional[list[str]],
            _opt(
                "--country",
                "-c",
                help="Country name or ISO code; repeat for several. 'all' lifts a configured default.",
            ),
        ],
        None,
    ),
    "admin1": (
        Annotated[Optional[list[str]], _opt("--admin1", help="Province (admin1) name; repeatable.")],
        None,
    ),
    "event_type": (
        Annotated[Optional[str], _opt("--type", "-t", help="ACLED event type (e.g. 'Battles', 'explosions').")],
        None,
    ),
    "sub_type": (
        Annotated[Optional[str], _opt("--sub-type", help="ACLED sub-event type (e.g. 'Armed clash').")],
        None,
    ),
    "attribution": (
        Annotated[
            Optional[list[str]],
            _opt(
                "--attribution",
                "-a",
                help=f"Attribution status ({', '.join(models.ATTRIBUTION_STATUSES)}); repeatable.",
            ),
        ],
        None,
    ),
    "perpetrator": (
        Annotated[
            Optional[str],
            _opt("--perpetrator", "-p", help="Perpetrator contains this text, or is a spelling of the actor it names."),
        ],
        None,
    ),
    "actor": (
        Annotated[
            Optional[str],
            _opt("--actor", help="Perpetrator is this actor, under any of its spellings ('tracker actors list')."),
        ],
        None,
    ),
    "clarity": (
        Annotated[Optional[str], _opt("--clarity", help="Event clarity (clear, unclear).")],
        None,
    ),
    "weapon": (
        Annotated[Optional[str], _opt("--weapon", help=f"Weapon used ({', '.join(models.WEAPONS)}).")],
        None,
    ),
    "target": (
        Annotated[Optional[str], _opt("--target", help=f"Target type ({', '.join(models.TARGET_TYPES)}).")],
        None,
    ),
    "min_killed": (
        Annotated[Optional[int], _opt("--min-killed", min=0, help="At least this many killed (best estimate).")],
        None,
    ),
    "tag": (Annotated[Optional[str], _opt("--tag", help="Has this tag.")], None),
    "search": (
        Annotated[
            Optional[str],
            _opt("--search", "-s", help="Full-text search in description, place, victims, perpetrator and notes."),
        ],
        None,
    ),
    "deleted": (Annotated[bool, _opt("--deleted", help="Show deleted incidents (only those).")], False),
    "near": (
        Annotated[Optional[str], _opt("--near", help="Centre of a circle: a place name or LAT,LON. Needs --within.")],
        None,
    ),
    "within": (
        Annotated[Optional[float], _opt("--within", help="Radius in km around --near.")],
        None,
    ),
}

filter_options = option_bundle(FILTER_OPTIONS, "filters", build_filters)
"""Decorator: add the shared filters to a command, which receives ``filters: Filters``."""


# --- record fields (add/edit) -----------------------------------------------------


@dataclass
class RecordInput:
    """What the user typed for the record fields, parsed but not yet checked as a whole."""

    values: dict[str, Any] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    place_given: bool = False

    def set(self, name: str, value: Any) -> None:
        self.values[name] = value


def _casualty_values(what: str, text: str) -> dict[str, Any]:
    parsed = models.parse_casualties(text, what)
    return {
        what: parsed.best,
        f"{what}_low": parsed.low,
        f"{what}_high": parsed.high,
        f"{what}_text": parsed.text,
    }


def _warn_if_future(event_date: str | None) -> None:
    """A date after today is kept (a planned event, a time zone ahead) but said on stderr:
    more often it is a typo (2052 for 2025) or a month/day swap."""
    import datetime as dt

    if event_date and dt.date.fromisoformat(event_date) > dt.datetime.now(dt.UTC).date():
        from .render import message

        message(f"Warning: the date {event_date} is in the future. Kept as given; check it.")


def _split_origin(text: str) -> dict[str, Any]:
    """'Badakhshan, Afghanistan' → origin_place Badakhshan, origin_country AF."""
    if "," in text:
        head, tail = text.rsplit(",", 1)
        try:
            return {"origin_place": head.strip(), "origin_country": models.parse_country(tail)}
        except ValidationError:
            pass
    try:
        return {"origin_country": models.parse_country(text), "origin_place": text.strip()}
    except ValidationError:
        return {"origin_place": text.strip()}


def build_record(
    date: str | None,
    end_date: str | None,
    date_precision: str | None,
    place: str | None,
    location: str | None,
    lat: float | None,
    lon: float | None,
    geo_precision: str | None,
    country: str | None,
    admin1: str | None,
    admin2: str | None,
    origin: str | None,
    origin_country: str | None,
    event_type: str | None,
    sub_type: str | None,
    weapon: list[str] | None,
    target: str | None,
    victims: str | None,
    victim_nationality: str | None,
    civilian_targeting: bool | None,
    killed: str | None,
    injured: str | None,
    deaths_a: str | None,
    deaths_b: str | None,
    deaths_civilians: str | None,
    deaths_unknown: str | None,
    attribution: str | None,
    perpetrator: str | None,
    attributed_by: str | None,
    clarity: str | None,
    description: str | None,
    notes: str | None,
    tag: list[str] | None,
    source: list[str] | None,
    outlet: list[str] | None,
    published: list[str] | None,
    headline: list[str] | None,
    source_original: list[str] | None,
    source_note: list[str] | None,
) -> RecordInput:
    """Parse the record options. Only options actually given end up in ``values``."""
    record = RecordInput()
    record.values.update(models.resolve_dates(date, end_date, date_precision))
    _warn_if_future(record.values.get("event_date"))
    simple = {
        "place": place,
        "location": location,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": geo_precision,
        "country": country,
        "admin1": admin1,
        "admin2": admin2,
        "origin_country": origin_country,
        "event_type": event_type,
        "sub_event_type": sub_type,
        "target_type": target,
        "victims": victims,
        "victim_nationality": victim_nationality,
        "civilian_targeting": civilian_targeting,
        "attribution": attribution,
        "perpetrator": perpetrator,
        "attributed_by": attributed_by,
        "event_clarity": clarity,
        "deaths_a": deaths_a,
        "deaths_b": deaths_b,
        "deaths_civilians": deaths_civilians,
        "deaths_unknown": deaths_unknown,
        "description": description,
        "notes": notes,
    }
    record.values.update({k: v for k, v in simple.items() if v is not None})
    if origin is not None:
        origin_fields = _split_origin(origin)
        if origin_country is not None:
            origin_fields.pop("origin_country", None)
        record.values.update(origin_fields)
    if killed is not None:
        record.values.update(_casualty_values("killed", killed))
    if injured is not None:
        record.values.update(_casualty_values("injured", injured))
    if weapon:
        record.values["weapons"] = weapon
    if tag:
        record.values["tags"] = tag
    record.place_given = place is not None
    record.sources = _pair_sources(source, outlet, published, headline, source_original, source_note)
    return record


def _pair_sources(
    urls: list[str] | None,
    outlets: list[str] | None,
    published: list[str] | None,
    headlines: list[str] | None,
    originals: list[str] | None,
    notes: list[str] | None,
) -> list[dict[str, Any]]:
    """Pair the Nth --outlet/--published/… with the Nth --source."""
    columns = {
        "url": urls or [],
        "outlet": outlets or [],
        "published": published or [],
        "headline": headlines or [],
        "source_original": originals or [],
        "note": notes or [],
    }
    count = max(len(v) for v in columns.values())
    if count == 0:
        return []
    anchors = max(len(columns["url"]), len(columns["outlet"]))
    if count > anchors:
        raise ValidationError(
            "Each --published/--headline/--source-original/--source-note belongs to a --source URL "
            "(or --outlet): give them in the same order and number."
        )
    if anchors > 1:
        for name, option in (("published", "--published"), ("headline", "--headline"),
                             ("source_original", "--source-original"), ("note", "--source-note")):  # fmt: skip
            if 0 < len(columns[name]) < anchors:
                raise ValidationError(
                    f"{anchors} sources but {len(columns[name])} {option}: with several sources, give "
                    f"{option} once for each, in the same order ('' for a source without one), so that "
                    "none attaches to the wrong source."
                )
    return [
        {name: (values[index] if index < len(values) else None) for name, values in columns.items()}
        for index in range(count)
    ]


RECORD_OPTIONS: dict[str, tuple[Any, Any]] = {
    "date": (
        Annotated[
            Optional[str],
            _opt(
                "--date",
                "-d",
                panel=RECORD_PANEL,
                help="Event date: 2025-11-24, 24 Nov 2025, 24.11.2025, Nov 2025 (month), 2025 (year); "
                "03/04/2022 is refused as ambiguous.",
            ),
        ],
        None,
    ),
    "end_date": (
        Annotated[Optional[str], _opt("--end-date", panel=RECORD_PANEL, help="Last possible day, for a span.")],
        None,
    ),
    "date_precision": (
        Annotated[
            Optional[str],
            _opt(
                "--date-precision",
                panel=RECORD_PANEL,
                help=f"Override the inferred precision ({', '.join(models.DATE_PRECISIONS)}).",
            ),
        ],
        None,
    ),
    "place": (
        Annotated[
            Optional[str], _opt("--place", panel=RECORD_PANEL, help="The place as the source reported it, verbatim.")
        ],
        None,
    ),
    "location": (
        Annotated[Optional[str], _opt("--location", panel=RECORD_PANEL, help="Resolved place name (e.g. Khorugh).")],
        None,
    ),
    "lat": (Annotated[Optional[float], _opt("--lat", panel=RECORD_PANEL, help="Latitude, WGS84 degrees.")], None),
    "lon": (Annotated[Optional[float], _opt("--lon", panel=RECORD_PANEL, help="Longitude, WGS84 degrees.")], None),
    "geo_precision": (
        Annotated[
            Optional[str],
            _opt(
                "--geo-precision",
                panel=RECORD_PANEL,
                help=f"How precise the coordinates are ({', '.join(models.GEO_PRECISIONS)}).",
            ),
        ],
        None,
    ),
    "country": (
        Annotated[Optional[str], _opt("--country", "-c", panel=RECORD_PANEL, help="Country: name or ISO code.")],
        None,
    ),
    "admin1": (Annotated[Optional[str], _opt("--admin1", panel=RECORD_PANEL, help="Province.")], None),
    "admin2": (Annotated[Optional[str], _opt("--admin2", panel=RECORD_PANEL, help="District.")], None),
    "origin": (
        Annotated[
            Optional[str],
            _opt(
                "--origin",
                panel=RECORD_PANEL,
                help="Where the attack is said to come from ('Badakhshan, Afghanistan').",
            ),
        ],
        None,
    ),
    "origin_country": (
        Annotated[Optional[str], _opt("--origin-country", panel=RECORD_PANEL, help="Country the attack came from.")],
        None,
    ),
    "event_type": (
        Annotated[
            Optional[str],
            _opt("--type", "-t", panel=RECORD_PANEL, help="ACLED event type ('Battles', 'explosions', …)."),
        ],
        None,
    ),
    "sub_type": (
        Annotated[
            Optional[str], _opt("--sub-type", panel=RECORD_PANEL, help="ACLED sub-event type ('Air/drone strike').")
        ],
        None,
    ),
    "weapon": (
        Annotated[
            Optional[list[str]],
            _opt("--weapon", "-w", panel=RECORD_PANEL, help=f"Weapon, repeatable ({', '.join(models.WEAPONS)})."),
        ],
        None,
    ),
    "target": (
        Annotated[
            Optional[str], _opt("--target", panel=RECORD_PANEL, help=f"Target type ({', '.join(models.TARGET_TYPES)}).")
        ],
        None,
    ),
    "victims": (
        Annotated[Optional[str], _opt("--victims", panel=RECORD_PANEL, help="Who was hit ('Chinese workers').")],
        None,
    ),
    "victim_nationality": (
        Annotated[
            Optional[str], _opt("--victim-nationality", panel=RECORD_PANEL, help="Victims' country (CN, China).")
        ],
        None,
    ),
    "civilian_targeting": (
        Annotated[
            Optional[bool],
            _opt(
                "--civilian-targeting/--no-civilian-targeting",
                panel=RECORD_PANEL,
                help="Civilians were the main target.",
            ),
        ],
        None,
    ),
    "killed": (
        Annotated[
            Optional[str],
            _opt(
                "--killed",
                "-k",
                panel=RECORD_PANEL,
                help="Killed: 3, three, 3-5, 'at least 3', 'up to 4', 'about 20', several, dozens, unknown.",
            ),
        ],
        None,
    ),
    "injured": (
        Annotated[Optional[str], _opt("--injured", panel=RECORD_PANEL, help="Injured, same forms as --killed.")],
        None,
    ),
    "deaths_a": (
        Annotated[
            Optional[str],
            _opt("--deaths-a", panel=RECORD_PANEL, help="Deaths on the side said to have acted (UCDP deaths_a)."),
        ],
        None,
    ),
    "deaths_b": (
        Annotated[
            Optional[str], _opt("--deaths-b", panel=RECORD_PANEL, help="Deaths on the side hit (UCDP deaths_b).")
        ],
        None,
    ),
    "deaths_civilians": (
        Annotated[Optional[str], _opt("--deaths-civilians", panel=RECORD_PANEL, help="Civilian deaths.")],
        None,
    ),
    "deaths_unknown": (
        Annotated[Optional[str], _opt("--deaths-unknown", panel=RECORD_PANEL, help="Deaths of no known side.")],
        None,
    ),
    "attribution": (
        Annotated[
            Optional[str],
            _opt(
                "--attribution",
                "-a",
                panel=RECORD_PANEL,
                help=f"Attribution status ({', '.join(models.ATTRIBUTION_STATUSES)}).",
            ),
        ],
        None,
    ),
    "perpetrator": (
        Annotated[Optional[str], _opt("--perpetrator", "-p", panel=RECORD_PANEL, help="Named actor.")],
        None,
    ),
    "attributed_by": (
        Annotated[Optional[str], _opt("--attributed-by", panel=RECORD_PANEL, help="Who makes the attribution.")],
        None,
    ),
    "clarity": (
        Annotated[
            Optional[str],
            _opt("--clarity", panel=RECORD_PANEL, help="Event clarity (UCDP): clear, or unclear for a vague report."),
        ],
        None,
    ),
    "description": (
        Annotated[Optional[str], _opt("--description", panel=RECORD_PANEL, help="Short neutral summary.")],
        None,
    ),
    "notes": (
        Annotated[Optional[str], _opt("--notes", panel=RECORD_PANEL, help="Analyst's notes (searchable).")],
        None,
    ),
    "tag": (Annotated[Optional[list[str]], _opt("--tag", panel=RECORD_PANEL, help="Free tag; repeatable.")], None),
    "source": (
        Annotated[Optional[list[str]], _opt("--source", panel=SOURCE_PANEL, help="Source URL; repeatable.")],
        None,
    ),
    "outlet": (
        Annotated[Optional[list[str]], _opt("--outlet", panel=SOURCE_PANEL, help="Outlet of the Nth --source.")],
        None,
    ),
    "published": (
        Annotated[
            Optional[list[str]], _opt("--published", panel=SOURCE_PANEL, help="Publication date of the Nth --source.")
        ],
        None,
    ),
    "headline": (
        Annotated[Optional[list[str]], _opt("--headline", panel=SOURCE_PANEL, help="Headline of the Nth --source.")],
        None,
    ),
    "source_original": (
        Annotated[
            Optional[list[str]],
            _opt(
                "--source-original",
                panel=SOURCE_PANEL,
                help="Who gave the information (e.g. 'Tajik foreign ministry').",
            ),
        ],
        None,
    ),
    "source_note": (
        Annotated[
            Optional[list[str]],
            _opt("--source-note", panel=SOURCE_PANEL, help="What this source says (its own figures)."),
        ],
        None,
    ),
}

record_options = option_bundle(RECORD_OPTIONS, "record", build_record)
"""Decorator: add the record fields to a command, which receives ``record: RecordInput``."""
