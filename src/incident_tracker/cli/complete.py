"""Dynamic values for Tab completion, through Typer's ``autocompletion=`` callbacks.

Each callback gets what the user has typed so far (``incomplete``) and returns the
matching values, with a short description that zsh and fish show. The vocabulary
comes from :mod:`incident_tracker.models`; incident ids and place names from the
database the command would use (``--db``, ``$TRACKER_DB``, the config file), read
by :mod:`incident_tracker.store.lookup`. Everything is imported inside the callbacks,
so that an ordinary run pays nothing for completion, and every callback swallows
errors: a Tab press must never print a traceback into the user's shell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any

import typer

Suggestions = list[tuple[str, str]]


def _safe(func: Callable[..., Iterable[tuple[str, str]]]) -> Callable[..., Suggestions]:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Suggestions:
        try:
            return list(func(*args, **kwargs))
        except Exception:  # noqa: BLE001  (a completion must never break the shell)
            return []

    return wrapper


def _starts(values: Iterable[str], incomplete: str, help: str = "") -> Iterable[tuple[str, str]]:
    typed = incomplete.casefold()
    return [(v, help) for v in values if v.casefold().startswith(typed)]


def _database(ctx: typer.Context) -> Path:
    db = ctx.find_root().params.get("db")
    if db:
        return Path(db)
    from ..store.database import default_path

    return default_path()


@_safe
def attributions(incomplete: str) -> Iterable[tuple[str, str]]:
    from ..models import ATTRIBUTION_STATUSES

    return _starts(ATTRIBUTION_STATUSES, incomplete, "attribution status")


@_safe
def event_types(incomplete: str) -> Iterable[tuple[str, str]]:
    from ..models import EVENT_TYPE_ALIASES, EVENT_TYPES

    return [*_starts(EVENT_TYPES, incomplete, "ACLED event type"), *_starts(EVENT_TYPE_ALIASES, incomplete, "short")]


@_safe
def sub_event_types(incomplete: str) -> Iterable[tuple[str, str]]:
    from ..models import EVENT_TYPES

    return [(sub, parent) for parent, subs in EVENT_TYPES.items() for sub, _ in _starts(subs, incomplete)]


@_safe
def weapons(incomplete: str) -> Iterable[tuple[str, str]]:
    from ..models import WEAPONS

    return _starts(WEAPONS, incomplete, "weapon")


@_safe
def target_types(incomplete: str) -> Iterable[tuple[str, str]]:
    from ..models import TARGET_TYPES

    return _starts(TARGET_TYPES, incomplete, "target type")


@_safe
def countries(incomplete: str) -> Iterable[tuple[str, str]]:
    """ISO codes (and names, once a word is typed) with the country's name."""
    from ..models import countries as table

    typed = incomplete.casefold()
    by_code = [(code, row["name"]) for code, row in sorted(table().items()) if code.casefold().startswith(typed)]
    if len(typed) < 2:
        return by_code
    by_name = [(row["name"], code) for code, row in sorted(table().items()) if row["name"].casefold().startswith(typed)]
    return [*by_code, *by_name]


@_safe
def incident_ids(ctx: typer.Context, incomplete: str) -> Iterable[tuple[str, str]]:
    from ..store.lookup import incident_ids as lookup

    return lookup(_database(ctx), incomplete)


@_safe
def places(ctx: typer.Context, incomplete: str) -> Iterable[tuple[str, str]]:
    """The user's own places and their aliases (the gazetteer is too big to list)."""
    from ..store.lookup import place_names

    return place_names(_database(ctx), incomplete)


@_safe
def link_kinds(incomplete: str) -> Iterable[tuple[str, str]]:
    from ..models import LINK_KINDS

    return _starts(LINK_KINDS, incomplete, "link kind")


@_safe
def place_kinds(incomplete: str) -> Iterable[tuple[str, str]]:
    from ..geo.places import PLACE_KINDS

    return _starts(PLACE_KINDS, incomplete, "place kind")
