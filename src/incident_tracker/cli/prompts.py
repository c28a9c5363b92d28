"""Asking for the required fields a new incident lacks (models.REQUIRED_FIELDS), or
failing with the option that gives each when the command may not ask."""

from typing import Any

from .. import models
from ..errors import MissingFieldError, ValidationError
from .render import console


def ask_until_valid(question: str, parse: Any, choices: list[str] | None = None) -> Any:
    """Ask on the terminal until the answer parses."""
    from rich.prompt import Prompt

    err = console(stderr=True)
    while True:
        answer = Prompt.ask(question, console=err, choices=choices, show_choices=bool(choices))
        try:
            return parse(answer)
        except ValidationError as exc:
            err.print(f"[red]{exc}[/]")


#: How the CLI asks for each of models.REQUIRED_FIELDS: the option to name when it may
#: not ask, the question, and the parser of the answer (which returns the fields it sets).
_ASK_FOR: dict[str, tuple[str, str, Any]] = {
    "event_date": (
        "--date (e.g. --date 2025-11-24)",
        "Date of the event (2025-11-24, Nov 2025, …)",
        lambda text: models.resolve_dates(text, None, None),
    ),
    "event_type": (
        f"--type ({', '.join(models.EVENT_TYPES)})",
        f"Event type ({'; '.join(models.EVENT_TYPES)})",
        lambda text: {"event_type": models.parse_event_type(text)},
    ),
    # Located exactly as --place is; the country is asked only if the place does not settle it.
    "place": (
        "--place (with --country or --lat/--lon), or --country",
        "Place, as the source reports it",
        lambda text: {"place": _non_empty(text)},
    ),
}


def fill_missing(values: dict[str, Any], ask: bool) -> bool:
    """Ask for the required fields (models.REQUIRED_FIELDS) that are missing, or fail
    naming the option; True if the place was asked."""
    asked_place = False
    for need in models.REQUIRED_FIELDS:
        if need not in models.missing_fields(values):  # an earlier answer may have given it
            continue
        option, question, parse = _ASK_FOR[need.field]
        if not ask:
            raise MissingFieldError(need.words, option)
        values.update(ask_until_valid(question, parse))
        asked_place = asked_place or need.field == "place"
    return asked_place


def _non_empty(text: str) -> str:
    if not text.strip():
        raise ValidationError("Please type something.")
    return text.strip()
