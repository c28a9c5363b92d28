"""``tracker source …``: the reports an incident rests on."""

from typing import Annotated, Optional

import typer

from ..errors import ValidationError
from .base import group, state
from .interrupts import last_write
from .options import IdArgument
from .render import message

source_app = group("Add, edit and remove the sources of incidents.")


@source_app.command("add")
def source_add(
    ctx: typer.Context,
    incident_id: IdArgument,
    url: Annotated[
        Optional[str],
        typer.Argument(help="The report's URL (optional if --outlet is given); with --note-only, a note instead."),
    ] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Who published it (e.g. TRT World).")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date.")] = None,
    headline: Annotated[Optional[str], typer.Option("--headline", help="The report's headline.")] = None,
    source_original: Annotated[
        Optional[str],
        typer.Option("--source-original", help="Who gave the information (e.g. 'Tajik foreign ministry')."),
    ] = None,
    note: Annotated[
        Optional[str],
        typer.Option("--note", help="What this source says, its own figures (e.g. 'says 26 Nov, 4 killed')."),
    ] = None,
    reliability: Annotated[
        Optional[str],
        typer.Option(
            "--reliability",
            help="How far this source can be trusted on this incident (e.g. 'B2: usually reliable, probably true').",
        ),
    ] = None,
    note_only: Annotated[
        bool,
        typer.Option(
            "--note-only",
            help="The text given is not a URL but the note of a source without a link (a call, a printed "
            "bulletin), whose --outlet you name. Without it, text that is not a URL is refused.",
        ),
    ] = False,
) -> None:
    """Attach another source to an incident (kept in its history).

    The URL must be one (http://… or https://…). A source without a link names its
    --outlet, with a --note or with the text given marked --note-only.

    Examples:

    \b
      tracker source add 1 https://example.org/report --outlet "TRT World" --published 2025-11-27 \\
        --note "reports 26 Nov and 4 killed" --reliability "state media: one side's figures"
      tracker source add 1 "Phone call, 27 Nov: 4 killed" --note-only --outlet "District administration"
    """
    if note_only:
        if note is not None:
            raise ValidationError("--note-only keeps the text given as the note: give it once, not with --note too.")
        if not outlet:
            raise ValidationError("--note-only needs --outlet NAME: who gave the information the note records.")
        url, note = None, url
    store = state(ctx).store()
    source = {"url": url, "outlet": outlet, "published": published, "headline": headline}
    source |= {"source_original": source_original, "note": note, "reliability": reliability}
    with last_write():  # one write: its COMMIT holds the signals back (probe22)
        source_id = store.add_source(incident_id, source)
    print(source_id)
    message(f"Added source {source_id} to incident {incident_id}.")


SourceIdArgument = Annotated[int, typer.Argument(help="Source id, as 'tracker show ID' lists it (#1).", min=1)]
ReasonOption = Annotated[Optional[str], typer.Option("--reason", "-r", help="Why; kept in the history.")]


@source_app.command("edit")
def source_edit(
    ctx: typer.Context,
    source_id: SourceIdArgument,
    url: Annotated[Optional[str], typer.Option("--url", help="The report's URL.")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Who published it.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date.")] = None,
    headline: Annotated[Optional[str], typer.Option("--headline", help="The report's headline.")] = None,
    source_original: Annotated[
        Optional[str], typer.Option("--source-original", help="Who gave the information.")
    ] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="What this source says.")] = None,
    reliability: Annotated[Optional[str], typer.Option("--reliability", help="How far it can be trusted.")] = None,
    reason: ReasonOption = None,
) -> None:
    """Change a source's fields; '' clears one. The old source is kept in the history.

    Examples:

    \b
      tracker source edit 3 --published 2025-11-28 --reason "date from the article page"
      tracker source edit 3 --headline ""
    """
    given = {
        "url": url,
        "outlet": outlet,
        "published": published,
        "headline": headline,
        "source_original": source_original,
        "note": note,
        "reliability": reliability,
    }
    changes = {name: value for name, value in given.items() if value is not None}
    if not changes:
        raise ValidationError("Nothing to change: give --url, --outlet, --published, --headline, --note, ….")
    store = state(ctx).store()
    with last_write():
        edited = store.edit_source(source_id, changes, reason=reason)
    message(f"Changed source {source_id} of incident {edited['incident_id']}.")


@source_app.command("remove")
def source_remove(ctx: typer.Context, source_id: SourceIdArgument, reason: ReasonOption = None) -> None:
    """Remove a source from its incident; the removed source is kept in the history.

    Examples:

    \b
      tracker source remove 3 --reason "the same report as source 2"
    """
    store = state(ctx).store()
    with last_write():
        incident_id = store.remove_source(source_id, reason=reason)
    message(f"Removed source {source_id} from incident {incident_id}.")
