"""Commands that record and read incidents: add, edit, list, show, history, link,
delete, restore. Each parses, calls the library, renders."""

import sqlite3
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from .. import models
from ..errors import TrackerError, ValidationError
from ..store.filters import Filters
from . import complete
from .base import interactive, state
from .interrupts import command_finished, last_write
from .locate import locate
from .options import (
    CsvFlag,
    FormatOption,
    IdArgument,
    JsonFlag,
    LimitOption,
    NoInputOption,
    OutputFormat,
    SortOption,
    filter_options,
    pick_format,
)
from .output import Result, emit
from .prompts import ask_until_valid, fill_missing
from .record_options import RecordInput, record_options
from .render import (
    history_table,
    incidents_table,
    message,
    print_fitted,
    render_incident,
)

if TYPE_CHECKING:
    from rich.console import Console

ReasonOption = Annotated[Optional[str], typer.Option("--reason", "-r", help="Why: kept in the history.")]


# --- add / edit -------------------------------------------------------------------


@record_options
def add(
    ctx: typer.Context,
    record: RecordInput,
    reason: ReasonOption = None,
    no_input: NoInputOption = False,
    as_json: JsonFlag = False,
) -> None:
    """Record a new incident.

    Prints the new id on stdout (the whole record with --json). A required field that
    is missing is asked for on a terminal; with --no-input, or when not on a terminal,
    the command fails naming the option to give.

    Examples:

    \b
      tracker add --date 2025-11-24 --place "near the Esteqlol border crossing" --country TJ \\
        --type explosions --sub-type "drone strike" --weapon drone --killed 3 --attribution alleged
      tracker add --date "Nov 2025" --country Tajikistan --type battles --killed "at least 2"
    """
    values = dict(record.values)
    ask = interactive(no_input)
    asked_place = fill_missing(values, ask)
    from ..store import IncidentStore

    IncidentStore.prepare(values)  # fail before a database file is created or opened
    for source in record.sources:
        IncidentStore.check_source(source)
    for warning in models.after_publication(values.get("event_date"), [s["published"] for s in record.sources]):
        message(f"Warning: {warning}")
    run = state(ctx)
    changed = record.place_given or asked_place
    if run.database_path().exists():
        store = run.store(create=True)
        values = locate(store, values, ask=ask, place_changed=changed)
    else:
        # No database yet: locate against an empty one in memory (no places of the user's own
        # to find), so that a place that cannot be located, or Ctrl-D at its question, leaves
        # no new empty file behind. The file is created only for the write itself.
        lookup = IncidentStore.open(":memory:")
        try:
            values = locate(lookup, values, ask=ask, place_changed=changed)
        finally:
            lookup.close()
        store = None
    if asked_place and not values.get("country") and values.get("latitude") is None:
        values["country"] = ask_until_valid("Country (name or ISO code)", models.parse_country)
    if store is None:
        store = run.store(create=True)
    with last_write():  # its COMMIT holds the signals back (probe22)
        new_id = store.add(values, sources=record.sources, reason=reason, locate=False)
    command_finished()  # committed: a signal from here could only contradict the success (probe21)
    # Committed: nothing after this may turn the success into an error (exit 0, the id printed).
    try:
        incident = store.get(new_id)
        summary = _summary(incident)
    except (TrackerError, ValueError, OverflowError, sqlite3.Error):
        print(new_id)
        message(f"Added incident {new_id} (it could not be summarised: see 'tracker show {new_id}').")
        return
    emit(Result(data=incident, draw=lambda _out: print(new_id), note=f"Added incident {new_id}: {summary}"),
         OutputFormat.json if as_json else OutputFormat.table)  # fmt: skip
    _warn_far_outside(incident)


def _warn_far_outside(incident: models.IncidentRecord) -> None:
    """One line when the stored coordinates lie far outside the incident's country (kept as given)."""
    from ..store.outside_country import outside_country_warning

    warning = outside_country_warning(incident["latitude"], incident["longitude"], incident["country"])
    if warning:
        message(f"Warning: incident {incident['id']}: {warning}")


def _summary(incident: models.IncidentRecord) -> str:
    from ..report.text import attribution_label
    from .render import place_label

    date = models.date_label(incident)
    killed = models.Casualties.of(incident, "killed").shown()
    kind = incident["sub_event_type"] or incident["event_type"]
    return f"{date}, {place_label(incident)}, {kind}, killed {killed}, {attribution_label(incident)}"


_NOT_CLEARABLE = set(models.NOT_NULL_FIELDS)

_CLEAR_GROUPS: dict[str, tuple[str, ...]] = {
    "killed": models.TOLL_FIELDS["killed"],
    "injured": models.TOLL_FIELDS["injured"],
    "coordinates": ("latitude", "longitude", "geo_precision", "geocoder"),
    "end_date": ("event_date_end",),
    "origin": ("origin_place", "origin_country"),
    "sub_type": ("sub_event_type",),
    "target": ("target_type",),
    "weapon": ("weapons",),
    "tag": ("tags",),
}


def _clear_fields(names: list[str]) -> dict[str, Any]:
    cleared: dict[str, Any] = {}
    for raw in names:
        name = raw.strip().lower().replace("-", "_")
        fields = _CLEAR_GROUPS.get(name) or ((name,) if name in models.EDITABLE_FIELDS else ())
        if not fields or name in _NOT_CLEARABLE:
            clearable = sorted((set(models.EDITABLE_FIELDS) - _NOT_CLEARABLE) | set(_CLEAR_GROUPS))
            raise ValidationError(
                f"Cannot clear {raw!r}: it is required or unknown. Clearable: {', '.join(clearable)}."
            )
        for field in fields:
            cleared[field] = [] if field in models.LIST_FIELDS else None
    return cleared


@record_options
def edit(
    ctx: typer.Context,
    incident_id: IdArgument,
    record: RecordInput,
    reason: ReasonOption = None,
    clear: Annotated[
        Optional[list[str]],
        typer.Option("--clear", help="Set a field back to unknown/empty (e.g. --clear injured); repeatable."),
    ] = None,
    no_input: NoInputOption = False,
    as_json: JsonFlag = False,
) -> None:
    """Change an incident; every old value is kept in its history.

    Give only the fields that change. --weapon and --tag replace the whole list.
    Sources are added with 'tracker source add'.

    Examples:

    \b
      tracker edit 1 --date 2025-11-26 --killed 3-4 --reason "second report gives 26 Nov and up to 4 killed"
      tracker edit 2 --clear injured --reason "the injured figure was a typo"
    """
    if record.sources:  # before "nothing to change": a source alone is no field, and must not be said so
        raise ValidationError("Add sources with 'tracker source add ID URL …', not with edit.")
    changes = {**_clear_fields(clear or []), **record.values}
    if not changes:
        raise ValidationError("Nothing to change: give the fields to edit (see 'tracker edit --help').")
    store = state(ctx).store()
    if record.place_given or changes.get("latitude") is not None:
        current = store.get(incident_id)
        changes = locate(store, changes, ask=interactive(no_input), place_changed=record.place_given, editing=current)
    with last_write():
        changed = store.edit(incident_id, changes, reason=reason)
    command_finished()  # committed: a signal from here could only contradict the success (probe21)
    if as_json:
        emit(Result(data=store.get(incident_id)), OutputFormat.json)
    if not changed:
        message(f"Incident {incident_id} already had those values; nothing changed.")
        return
    lines = [f"{c['field']}: {_show_value(c['old'])} → {_show_value(c['new'])}" for c in changed]
    message(f"Updated incident {incident_id}: " + "; ".join(lines))
    if {c["field"] for c in changed} & {"latitude", "longitude", "country"}:
        _warn_far_outside(store.get(incident_id))


#: The longest value an edit's confirmation shows whole; 'tracker show' and 'history' show every value.
SHOWN_VALUE_CHARS = 80


def _show_value(value: Any) -> str:
    """A value on the confirmation's one line: line breaks folded, a long text cut with its length."""
    if value is None:
        return "∅"
    text = ", ".join(value) or "∅" if isinstance(value, list) else str(value)
    flat = " ".join(text.split()) if "\n" in text or "\r" in text else text
    from ..store.listing import cut_with_length  # only an edit's confirmation needs it: off the start-up path

    return cut_with_length(flat, SHOWN_VALUE_CHARS, SHOWN_VALUE_CHARS - 20, length=len(text))


# --- reading ----------------------------------------------------------------------


@filter_options
def list_incidents(
    ctx: typer.Context,
    filters: Filters,
    sort: SortOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """List incidents, filtered and sorted.

    A table, on a terminal or piped alike; JSON (keys are the codebook's field names),
    JSON lines or CSV with --json, --csv or --format. Deleted incidents are left out unless --deleted is given.
    A terminal too narrow for every column even with long words folded (below 75 to 85
    columns, as the values need) gets the table without Injured, then Country, Attribution,
    Type and Killed, as many as need be, and a line on stderr that says which.

    Examples:

    \b
      tracker list --country TJ --since 2025-11 --attribution alleged --attribution claimed
      tracker list --search drone --json
      tracker list --default-attribution
    """
    from .. import config

    configured = config.value("format") if fmt is None and not (as_json or as_csv) else None
    output = pick_format(fmt, {"json": as_json, "csv": as_csv}, configured)
    store = state(ctx).store()
    limit = limit or None  # -n 0 lists every incident
    if output is not OutputFormat.table:
        from ..exchange import export_records

        emit(Result(stream=lambda out, fmt: export_records(store, out, filters=filters, fmt=fmt, sort=sort,
                                                           limit=limit)), output)  # fmt: skip
        return
    table, count = incidents_table(store.query(filters, sort=sort, limit=limit))
    found = f"{count:,} incident{'s' if count != 1 else ''} ({filters.describe()})."

    def draw(out: "Console") -> None:
        out.print(table)
        if table.left_out:
            message(f"Left out at {out.width} columns: {', '.join(table.left_out)} "
                    "('tracker show ID' and --json give every field).")  # fmt: skip

    emit(Result(draw=draw, note=found, empty=None if count else f"No incidents match ({filters.describe()})."))


def show(ctx: typer.Context, incident_id: IdArgument, as_json: JsonFlag = False) -> None:
    """Show one incident in full: fields, sources, links and history.

    Examples:

    \b
      tracker show 1
      tracker show 1 --json
    """
    store = state(ctx).store()
    incident = store.get(incident_id)
    history = store.history(incident_id)
    sides = store.actors.sides_of(incident)
    shown = Result(data={**incident, "sides": sides, "history": history},
                   draw=lambda _out: render_incident(incident, history, sides))  # fmt: skip
    emit(shown, OutputFormat.json if as_json else OutputFormat.table)


def history(ctx: typer.Context, incident_id: IdArgument, as_json: JsonFlag = False) -> None:
    """Show every change to an incident: field, old and new value, when and why.

    Examples:

    \b
      tracker history 1
      tracker history 1 --json
    """
    store = state(ctx).store()
    changes = store.history(incident_id)

    def draw(out: "Console") -> None:
        table = history_table(changes)
        print_fitted(out, table, [table])

    emit(Result(data=changes, draw=draw), OutputFormat.json if as_json else OutputFormat.table)


# --- links and deletion -----------------------------------------------------------


def link(
    ctx: typer.Context,
    incident_id: IdArgument,
    other_id: Annotated[
        int, typer.Argument(help="The other incident's id.", min=1, autocompletion=complete.incident_ids)
    ],
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help="related, or duplicate_of (the first is a duplicate of the second).",
            autocompletion=complete.link_kinds,
        ),
    ] = "related",
) -> None:
    """Link two incidents as related (one campaign) or as duplicates.

    Examples:

    \b
      tracker link 1 2 --kind related
    """
    store = state(ctx).store()
    with last_write():
        store.link(incident_id, other_id, kind)
    message(f"Linked incident {incident_id} to {other_id} ({models.parse_link_kind(kind)}).")


def unlink(
    ctx: typer.Context,
    incident_id: IdArgument,
    other_id: Annotated[
        int, typer.Argument(help="The other incident's id.", min=1, autocompletion=complete.incident_ids)
    ],
) -> None:
    """Remove the links between two incidents.

    Examples:

    \b
      tracker unlink 1 2
    """
    store = state(ctx).store()
    with last_write():
        removed = store.unlink(incident_id, other_id)
    message(f"Removed {removed} link{'s' if removed != 1 else ''} between {incident_id} and {other_id}.")


def delete(
    ctx: typer.Context,
    incident_id: IdArgument,
    reason: Annotated[str, typer.Option("--reason", "-r", help="Why it is deleted (required; kept in history).")],
    duplicate_of: Annotated[
        Optional[int], typer.Option("--duplicate-of", min=1, help="Also link it as a duplicate of this incident.")
    ] = None,
) -> None:
    """Delete an incident: it leaves lists and reports but stays in the file.

    'tracker list --deleted' shows deleted incidents; 'tracker restore ID' brings one back.

    Examples:

    \b
      tracker delete 2 --reason "same attack as 1" --duplicate-of 1
      tracker list --deleted
    """
    with last_write():
        state(ctx).store().delete(incident_id, reason=reason, duplicate_of=duplicate_of)
    command_finished()  # committed: a signal from here could only contradict the success (probe21)
    message(f"Deleted incident {incident_id} ({reason}). 'tracker restore {incident_id}' undoes this.")


def restore(ctx: typer.Context, incident_id: IdArgument, reason: ReasonOption = None) -> None:
    """Bring back a deleted incident; the restore is kept in its history.

    Examples:

    \b
      tracker restore 2 --reason "not a duplicate after all"
    """
    with last_write():
        still_duplicate_of = state(ctx).store().restore(incident_id, reason=reason)
    command_finished()  # committed: a signal from here could only contradict the success (probe21)
    message(f"Restored incident {incident_id}.")
    for target in still_duplicate_of:
        message(
            f"It is still linked as a duplicate of incident {target}, so stats count the two once; "
            f"'tracker unlink {incident_id} {target}' if they are two events."
        )
