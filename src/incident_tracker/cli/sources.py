"""``tracker source …``: the reports an incident rests on."""

from typing import Annotated, Optional

import typer

from .app import TrackerGroup, app, state
from .options import IdArgument
from .render import message

source_app = typer.Typer(
    cls=TrackerGroup, help="Add, edit and remove the sources of incidents.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(source_app, name="source")


@source_app.command("add")
def source_add(
    ctx: typer.Context,
    incident_id: IdArgument,
    url: Annotated[Optional[str], typer.Argument(help="The report's URL (optional if --outlet is given).")] = None,
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
) -> None:
    """Attach another source to an incident (kept in its history).

    Examples:

    \b
      tracker source add 1 https://example.org/report --outlet "TRT World" --published 2025-11-27 \\
        --note "reports 26 Nov and 4 killed" --reliability "state media: one side's figures"
    """
    source_id = (
        state(ctx)
        .store()
        .add_source(
            incident_id,
            {
                "url": url,
                "outlet": outlet,
                "published": published,
                "headline": headline,
                "source_original": source_original,
                "note": note,
                "reliability": reliability,
            },
        )
    )
    print(source_id)
    message(f"Added source {source_id} to incident {incident_id}.")
