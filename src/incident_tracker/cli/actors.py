"""``tracker actors …``: the actor dictionary (canonical names, aliases, ACLED types)."""

from typing import Annotated, Any, Optional

import typer

from . import complete
from .base import group, state
from .interrupts import last_write
from .options import JsonFlag, refuse_empty
from .output import OutputFormat, Result, emit
from .render import message

actors_app = group("The actor dictionary: one name per armed group or force, with every spelling reports use.")

ActorArgument = Annotated[str, typer.Argument(help="The actor's id, name or any of its spellings.")]
ReasonOption = Annotated[Optional[str], typer.Option("--reason", help="Why (kept in the actor's history).")]


def _actors(ctx: typer.Context, *, create: bool = False) -> Any:
    return state(ctx).store(create=create).actors


@actors_app.command("list")
def actors_list(
    ctx: typer.Context,
    actor_type: Annotated[
        Optional[str], typer.Option("--type", "-t", help="Only this ACLED actor type (1-8 or its name).")
    ] = None,
    country: Annotated[
        Optional[str],
        typer.Option("--country", "-c", help="Only actors of this country.", autocompletion=complete.countries),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """List the actors with their type, country, spellings and how many incidents name them.

    Examples:

    \b
      tracker actors list
      tracker actors list --type rebel --country PK
    """
    from ..models import parse_country
    from ..sides import parse_actor_type

    refuse_empty("--type", actor_type)  # no filter before (probe20), where --country '' was refused
    actors = _actors(ctx)
    entries = actors.entries(
        actor_type=parse_actor_type(actor_type) if actor_type is not None else None,
        country=parse_country(country) if country is not None else None,  # "" refused, as by list
    )
    counts = actors.incident_counts()
    found = Result(
        data=lambda: [{**e.as_dict(), "incidents": counts.get(e.id, 0)} for e in entries],
        draw=lambda out: _draw_actors(out, entries, counts),
        empty=None if entries else "No actors match. Add one with 'tracker actors add NAME --type …'.",
    )
    emit(found, OutputFormat.json if as_json else OutputFormat.table)


def _draw_actors(out: Any, entries: list[Any], counts: dict[int, int]) -> None:
    from rich.table import Table

    from ..models import country_name
    from ..sides import ACTOR_TYPES

    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column, justify in (("id", "right"), ("name", "left"), ("type", "left"), ("country", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    table.add_column("incidents", justify="right")
    table.add_column("aliases")
    for e in entries:
        table.add_row(
            str(e.id),
            e.name,
            f"{e.actor_type} {ACTOR_TYPES[e.actor_type]}" if e.actor_type else "",
            country_name(e.country) or "",
            str(counts.get(e.id, 0)),
            "; ".join(e.aliases),
        )
    out.print(table)


@actors_app.command("add")
def actors_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The canonical name (as ACLED writes it, if ACLED has the actor).")],
    actor_type: Annotated[
        Optional[str],
        typer.Option(
            "--type",
            "-t",
            help="ACLED actor type: 1 state forces, 2 rebel group, 3 political militia, 4 identity militia, "
            "5 rioters, 6 protesters, 7 civilians, 8 external/other forces (number or name).",
        ),
    ] = None,
    country: Annotated[
        Optional[str],
        typer.Option("--country", "-c", help="The actor's country.", autocompletion=complete.countries),
    ] = None,
    alias: Annotated[Optional[list[str]], typer.Option("--alias", help="Another spelling; repeatable.")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Where the actor is documented (URL).")] = None,
    notes: Annotated[Optional[str], typer.Option("--notes", help="Anything worth knowing.")] = None,
    reason: ReasonOption = None,
) -> None:
    """Add an actor to the dictionary, with its spellings.

    Examples:

    \b
      tracker actors add "Harakat Ansar Iran" --type rebel --country IR
      tracker actors add "Hizbul-Furqan" --type rebel --country IR --source https://en.wikipedia.org/wiki/Ansar_Al-Furqan
    """
    actors = _actors(ctx, create=True)
    with last_write():  # one write: its COMMIT holds the signals back (probe22)
        actor_id = actors.add(
            name, actor_type=actor_type, country=country, aliases=alias or [], source=source, notes=notes, reason=reason
        )
    print(actor_id)
    message(f"Added actor {actor_id}: {name.strip()}.")


@actors_app.command("alias")
def actors_alias(
    ctx: typer.Context,
    actor: ActorArgument,
    aliases: Annotated[list[str], typer.Argument(help="The new spellings.")],
    reason: ReasonOption = None,
) -> None:
    """Give an actor more spellings; incidents written that way then count as that actor.

    Examples:

    \b
      tracker actors alias ISKP "Daesh-Khorasan" "IS Khorasan"
    """
    actors = _actors(ctx)
    entry = actors.find(actor)
    with last_write():
        added = actors.alias(entry.id, aliases, reason=reason)
    if added:
        message(f"Added {len(added)} spelling(s) to actor {entry.id} ({entry.name}): {'; '.join(added)}.")
    else:
        message(f"Actor {entry.id} ({entry.name}) already had those spellings; nothing changed.")


@actors_app.command("merge")
def actors_merge(
    ctx: typer.Context,
    merged: Annotated[str, typer.Argument(help="The actor to fold in (its names become aliases).")],
    into: Annotated[str, typer.Argument(help="The actor that stays.")],
    reason: ReasonOption = None,
) -> None:
    """Fold one actor into another: one actor, every spelling of both, both histories.

    Examples:

    \b
      tracker actors merge "Harakat Ansar Iran" "Ansar al-Furqan" --reason "merged into Ansar al-Furqan in 2013"
    """
    actors = _actors(ctx)
    with last_write():
        kept = actors.merge(merged, into, reason=reason)
    message(f"Merged into actor {kept.id} ({kept.name}); it now has {len(kept.aliases)} other spelling(s).")


@actors_app.command("show")
def actors_show(ctx: typer.Context, actor: ActorArgument, as_json: JsonFlag = False) -> None:
    """One actor: type, country, spellings, source, incidents, and its history.

    Examples:

    \b
      tracker actors show TTP
    """

    actors = _actors(ctx)
    entry = actors.find(actor)
    history = actors.history(entry.id)
    incidents = actors.incident_counts().get(entry.id, 0)
    emit(Result(data={**entry.as_dict(), "incidents": incidents, "history": history},
                draw=lambda out: _draw_actor(out, entry, incidents, history)),
         OutputFormat.json if as_json else OutputFormat.table)  # fmt: skip


def _draw_actor(out: Any, entry: Any, incidents: int, history: list[dict[str, Any]]) -> None:
    from rich.markup import escape
    from rich.table import Table

    from ..models import country_name
    from ..sides import ACTOR_TYPES

    out.print(f"[bold]Actor {entry.id}: {escape(entry.name)}[/]")
    fields = Table.grid(padding=(0, 2))
    for label, value in (
        ("Type", f"{entry.actor_type} {ACTOR_TYPES[entry.actor_type]}" if entry.actor_type else "not given"),
        ("Country", country_name(entry.country) or "not given"),
        ("Spellings", "; ".join(entry.aliases) or "none"),
        ("Incidents", str(incidents)),
        ("Source", entry.source or "none"),
        ("Notes", entry.notes or ""),
    ):
        fields.add_row(f"[bold]{label}[/]", escape(value))
    out.print(fields)
    out.print("[bold]History[/]")
    for row in history:
        what = row["action"] + (f" {row['new_value']}" if row["new_value"] else "")
        why = f" ({row['reason']})" if row["reason"] else ""
        out.print(escape(f"  {row['changed_at']}  {what}{why}"), soft_wrap=True)


@actors_app.command("seed")
def actors_seed(ctx: typer.Context) -> None:
    """Add the shipped seed actors that the dictionary lacks (yours are kept as they are).

    Examples:

    \b
      tracker actors seed
    """
    actors = _actors(ctx, create=True)
    with last_write():
        added = actors.seed()
    message(f"Added {added} seed actor(s)." if added else "Every seed actor is already in the dictionary.")
