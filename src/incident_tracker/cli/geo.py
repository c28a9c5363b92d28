"""Commands for places and geocoding: ``tracker places``, ``tracker gazetteer``, ``tracker geocode``.

Each parses, calls :mod:`incident_tracker.geo`, renders. The geo library (and geopy,
rapidfuzz, Rich) is imported inside the commands, so ``tracker --help`` and the
commands that do not geocode pay nothing for it.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..errors import GeocodingError, ValidationError
from ..models import country_name
from . import complete
from .base import group, state
from .file_names import file_name
from .interrupts import last_write
from .locate import build_progress
from .options import JsonFlag, refuse_empty
from .output import OutputFormat, Result, emit, write_json
from .render import console, message

if TYPE_CHECKING:
    from ..geo.chain import Candidate


# --- tracker geocode ---------------------------------------------------------------


def _candidates_table(
    candidates: "list[Candidate]",
    chosen: "Candidate | None",
    aside: "Candidate | None" = None,
    *,
    explain: bool = False,
) -> Any:
    """Candidates for a person; narrow columns so a row fits 80 (names wrap, never truncate).

    The arrow marks what ``tracker add`` would store; "×" the chain's pick a guard set aside."""
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False, collapse_padding=True)
    table.add_column("", no_wrap=True)
    table.add_column("name", overflow="fold")
    table.add_column("admin1", overflow="fold")
    columns = ["cc", "lat, lon", "precision", "source", "score"] + (["match", "region"] if explain else [])
    for column in columns:
        table.add_column(column, no_wrap=True, justify="right" if column == "score" else "left")
    for candidate in candidates:
        extra = [candidate.match, "yes" if candidate.in_region else "no"] if explain else []
        table.add_row(
            "→" if candidate is chosen else "×" if candidate is aside else "",
            candidate.name,
            candidate.admin1 or "",
            candidate.country or "",
            f"{candidate.latitude:.4f}, {candidate.longitude:.4f}",
            candidate.geo_precision,
            candidate.source,
            f"{candidate.score:.0f}",
            *extra,
        )
    return table


def geocode(
    ctx: typer.Context,
    query: Annotated[
        Optional[str],
        typer.Argument(help="A place as a source reports it ('near Khorog').", autocompletion=complete.places),
    ] = None,
    country: Annotated[
        Optional[str],
        typer.Option("--country", "-c", help="Only places in this country.", autocompletion=complete.countries),
    ] = None,
    admin1: Annotated[Optional[str], typer.Option("--admin1", help="Only places in this province.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many candidates.")] = 10,
    online: Annotated[
        bool, typer.Option("--online", help="Also ask Nominatim (OpenStreetMap) over the network; cached.")
    ] = False,
    missing: Annotated[
        bool, typer.Option("--missing", help="Geocode the stored incidents that have a place but no coordinates.")
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="With --missing: show what would change.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Also show how each candidate matched, whether it is in your region, and why one won "
            "(or why none did).",
        ),
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Look a place up: candidates with name, admin1, country, coordinates, precision, source, score.

    Offline: your places (tracker places), then the regional place pack and the GeoNames
    gazetteer. A table (the arrow marks the candidate 'tracker add' would choose; none
    when nothing trustworthy or several places match; with --explain, × marks the one a
    guard set aside); JSON with --json.
    With --missing, fills the coordinates of stored incidents instead (recorded in their
    history).

    Examples:

    \b
      tracker geocode "Faizabad, Badakhshan"
      tracker geocode Torkham --explain
      tracker geocode Ishkashim --json
      tracker geocode --missing --dry-run
    """
    if missing:
        if query:
            raise ValidationError("Give a QUERY or --missing, not both.")
        _geocode_missing(ctx, dry_run=dry_run, online=online)
        return
    if not query:
        raise ValidationError('Give a place to look up (tracker geocode "Khorog"), or --missing.')
    refuse_empty("--country", country)  # no narrowing before (probe20): a script's unset variable
    refuse_empty("--admin1", admin1)
    from ..geo import resolver_for
    from ..geo.locate import answer

    resolver = resolver_for(state(ctx).db_path, online=online or None, reporter=build_progress)
    resolution = resolver.candidates(query, country=country, admin1=admin1, online=online)
    found = answer(query, resolution, resolver)  # what add would store, and why: the library's one rule
    chosen, aside = found.chosen, found.set_aside
    for note in found.notes:
        message(f"Note: {note}.")
    shown = resolution.candidates[:limit]
    for extra in (found.proposed, chosen):  # a fallback, a crossing for its town: shown too
        if extra is not None and not any(c is extra for c in shown):
            shown = [*shown[: limit - 1], extra]
    if not shown and not explain:
        raise GeocodingError(
            f"No place matches {query!r}. Try another spelling, 'Town, Country', --online, "
            "or add it with 'tracker places add'."
        )
    rows = [{**c.as_dict(), "chosen": c is chosen, **({"set_aside": c is aside} if explain else {})} for c in shown]
    data = {"candidates": rows, "region": sorted(resolution.region), "reason": found.reason} if explain else rows
    emit(
        Result(
            data=data,
            draw=lambda out: out.print(_candidates_table(shown, chosen, aside if explain else None, explain=explain)),
        ),
        OutputFormat.json if as_json else OutputFormat.table,
    )
    if explain:
        message(f"Region: {', '.join(sorted(resolution.region))}.")
        message(f"Why: {found.reason}.")
    if chosen is not None:
        message(f"Chosen: {chosen.label} ({chosen.geo_precision}).")
    elif resolution.ambiguous:
        message("Ambiguous: add --country or --admin1, or write 'Town, Province'.")
    elif not explain:
        message(f"None chosen: {found.reason}.")


def _geocode_missing(ctx: typer.Context, *, dry_run: bool, online: bool) -> None:
    from ..geo.chain import Resolver
    from ..geo.online import OnlineGeocoder, online_enabled

    store = state(ctx).store()
    resolver = Resolver(
        store, online=OnlineGeocoder() if (online or online_enabled()) else None, reporter=build_progress
    )
    report_batch(store, resolver, dry_run=dry_run)


def report_batch(store: Any, resolver: Any = None, *, dry_run: bool = False, ids: Any = None) -> None:
    """Geocode stored incidents without coordinates (those of ``ids`` only, if given) and say what happened."""
    from ..geo.chain import describe
    from ..geo.locate import default_resolver

    resolver = resolver or default_resolver(store, reporter=build_progress)
    try:
        report = _run_batch(store, resolver, dry_run=dry_run, ids=ids)
    except KeyboardInterrupt as stopped:  # those saved stand (geo.batch counts them), and where to go on (probe23)
        from ..store.transactions import mark_saved, saved_before

        if saved := saved_before(stopped):
            mark_saved(stopped, f"{saved}; 'tracker geocode --missing' locates the rest")
        raise
    failure = getattr(getattr(resolver, "online", None), "failure", None)
    if failure:  # said once: the incidents after it were looked up offline only
        message(f"Note: {failure} The incidents it could not answer were looked up offline only.")
    verb = "Would locate" if dry_run else "Located"
    for incident_id, chosen in report.located:
        message(f"{verb} incident {incident_id}: {chosen.label} ({chosen.geo_precision}, {chosen.source}).")
    for incident_id, rivals in report.ambiguous:
        message(
            f"Incident {incident_id} is ambiguous ({describe(rivals[:4])}); fix it with "
            f"'tracker edit {incident_id} --place \"Town, Country\"' or --lat/--lon."
        )
    for incident_id in report.unknown:
        message(f"Incident {incident_id}: {report.notes.get(incident_id) or 'not found'}")
    if report.unknown:
        message("Add the places with 'tracker places add' (or 'tracker gazetteer add CC'), then run this again.")
    total = len(report.located) + len(report.ambiguous) + len(report.unknown)
    message(
        f"{verb} {len(report.located):,} of {total:,} incident{'s' if total != 1 else ''} without coordinates"
        f"; {len(report.ambiguous):,} ambiguous, {len(report.unknown):,} not found."
    )


def _run_batch(store: Any, resolver: Any, *, dry_run: bool = False, ids: Any = None) -> Any:
    """Geocode stored incidents without coordinates, with a progress bar on a terminal."""
    from ..geo.batch import geocode_missing
    from .output import progress_bar

    with progress_bar("Geocoding incidents") as report:
        return geocode_missing(store, resolver, write=not dry_run, ids=ids, step=report)


# --- tracker places ----------------------------------------------------------------

places_app = group("Your own places (border crossings, posts, camps) that no gazetteer knows; kept in the database.")


def _book(ctx: typer.Context, *, create: bool = False) -> Any:
    return state(ctx).store(create=create).places


@places_app.command("add")
def places_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The place's name, as you will write it ('Esteqlol border crossing').")],
    lat: Annotated[float, typer.Option("--lat", help="Latitude, WGS84 degrees.")],
    lon: Annotated[float, typer.Option("--lon", help="Longitude, WGS84 degrees.")],
    country: Annotated[
        Optional[str],
        typer.Option(
            "--country",
            "-c",
            help="Country (name or ISO code). Default: from the coordinates.",
            autocompletion=complete.countries,
        ),
    ] = None,
    admin1: Annotated[Optional[str], typer.Option("--admin1", help="Province. Default: from the coordinates.")] = None,
    kind: Annotated[
        Optional[str],
        typer.Option(
            "--kind",
            help="border_crossing, checkpoint, border_post, camp, base, … or other.",
            autocompletion=complete.place_kinds,
        ),
    ] = None,
    alias: Annotated[Optional[list[str]], typer.Option("--alias", help="Another name it goes by; repeatable.")] = None,
    notes: Annotated[Optional[str], typer.Option("--notes", help="Where the coordinates come from, etc.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Add a place; from then on it resolves like a town, before the gazetteer.

    Examples:

    \b
      tracker places add "Esteqlol border crossing" --lat 37.615 --lon 71.455 --country TJ --kind border_crossing
    """
    from ..geo.places import parse_kind
    from ..models import check_coordinates, parse_country

    check_coordinates(lat, lon)
    parse_kind(kind)
    code = parse_country(country) if country else None
    store = state(ctx).store(create=True)
    note = None
    if code is None or admin1 is None:
        from ..geo.locate import locate
        from .locate import resolver

        # The rule records follow: the nearest town's country, unless the point may be across a border.
        located = locate(None, latitude=lat, longitude=lon, country=code, admin1=admin1, resolver=resolver(store))
        code = located.fields.get("country", code)
        admin1 = located.fields.get("admin1", admin1)
        note = located.note
    with last_write():  # one write: its COMMIT holds the signals back (probe22)
        place = store.places.add(
            name, lat, lon, kind=kind, country=code, admin1=admin1, aliases=alias or [], notes=notes
        )
    if note:  # only once the place is written: a note before a failed write read as a success (probe19)
        message(note)
    if as_json:
        write_json(place.as_dict())
    else:
        print(place.id)
    where = "".join(f", {p}" for p in (place.admin1, country_name(place.country)) if p)
    message(f"Added place {place.id}: {place.name} ({place.latitude:.4f}, {place.longitude:.4f}){where}.")


@places_app.command("list")
def places_list(
    ctx: typer.Context,
    country: Annotated[
        Optional[str],
        typer.Option("--country", "-c", help="Only places in this country.", autocompletion=complete.countries),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """List your places with their ids, kinds, coordinates and aliases.

    Examples:

    \b
      tracker places list
      tracker places list --country TJ --json
    """
    from ..models import parse_country

    places = _book(ctx).all(parse_country(country) if country is not None else None)  # "" refused, as by list (probe19)
    if as_json:
        write_json([p.as_dict() for p in places])
        return
    if not places:
        message("No places yet. Add one with 'tracker places add NAME --lat … --lon …'.")
        return
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for column in ("id", "name", "kind", "latitude", "longitude", "admin1", "country", "aliases"):
        table.add_column(column)
    for p in places:
        table.add_row(
            str(p.id),
            p.name,
            p.kind or "",
            f"{p.latitude:.5f}",
            f"{p.longitude:.5f}",
            p.admin1 or "",
            country_name(p.country) or "",
            "; ".join(p.aliases),
        )
    console().print(table)


@places_app.command("remove")
def places_remove(
    ctx: typer.Context,
    place: Annotated[str, typer.Argument(help="The place's id or name.", autocompletion=complete.places)],
) -> None:
    """Remove one of your places (incidents already located keep their coordinates).

    Examples:

    \b
      tracker places remove "Esteqlol border crossing"
    """
    book = _book(ctx)
    with last_write():
        removed = book.remove(place)
    message(f"Removed place {removed.id}: {removed.name}.")


@places_app.command("import")
def places_import(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="CSV file with a header row.", parser=file_name)],
) -> None:
    """Add places from a CSV file: name, latitude, longitude[, country, admin1, kind, aliases, notes].

    Aliases are separated by ';'. All or nothing: one bad row and nothing is added.

    Examples:

    \b
      tracker places import my-places.csv
    """
    from ..exchange.readers import check_readable_text

    # A missing or non-UTF-8 file fails before a new database is made.
    check_readable_text(path, whole=not state(ctx).database_path().exists())
    book = _book(ctx, create=True)
    with last_write():
        added = book.import_csv(path)
    message(f"Imported {len(added):,} place{'s' if len(added) != 1 else ''} from {path}.")
