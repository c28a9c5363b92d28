"""Where an incident happened: the CLI side of :mod:`incident_tracker.geo.locate`.

``tracker add``/``edit`` call :func:`locate` before writing. The rule that fills the
location fields lives in the library (:func:`incident_tracker.geo.locate.complete_record`,
shared with ``store.add``, ``geocode --missing``, ``import --geocode`` and ``extract``);
this module only prints what it did and asks on a terminal:

* an ambiguous place, or one known only by a spelling-alike, is asked about on a
  terminal (0 keeps it unresolved); an ambiguous one fails otherwise, listing the
  candidates;
* a place nothing trustworthy matches is kept as reported (with the country, if
  known), without coordinates, and the command says so in one line;
* ``--lat/--lon`` without country or province → both filled from the nearest
  gazetteer place (offline reverse lookup).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from ..errors import GeocodingError
from .render import console, message

if TYPE_CHECKING:
    from ..geo.chain import Candidate, Resolution, Resolver
    from ..models import IncidentRecord
    from ..store import IncidentStore


def resolver(store: IncidentStore) -> Resolver:
    """The chain for an incident database: its places, the gazetteer, Nominatim if enabled."""
    from ..geo.locate import default_resolver

    return default_resolver(store, reporter=build_progress)


@contextmanager
def build_progress() -> Iterator[Callable[[int, int], None]]:
    """The gazetteer build's progress: the one bar (:func:`.output.progress_bar`) on a
    terminal, a line before and after otherwise."""
    from .output import progress_bar

    if not console(stderr=True).is_terminal:
        message("Building the offline gazetteer from GeoNames data (once, about 15 seconds)…")
    with progress_bar("Building the offline gazetteer") as report:
        yield report or (lambda done, total: None)
    message("Offline gazetteer ready.")


def locate(
    store: IncidentStore,
    values: dict[str, Any],
    *,
    ask: bool,
    place_changed: bool,
    editing: IncidentRecord | None = None,
) -> dict[str, Any]:
    """Return ``values`` with the location completed, saying on stderr what was done."""
    from ..geo.locate import complete_record

    located = complete_record(
        values,
        resolver=resolver(store),
        choose=choose if ask else None,
        current=cast("dict[str, Any] | None", editing),  # geo.locate takes a plain dict for now
        place_changed=place_changed,
    )
    for note in located.notes:
        message(f"Note: {note}.")
    if located.status == "ambiguous" and not ask:
        raise GeocodingError(
            located.note.split(" Kept as reported")[0].rstrip(".")
            + ". Nothing was written. Say which with --country or --admin1, "
            "write it as 'Town, Province' or 'Town, Country', or give --lat/--lon."
        )
    if located.note:
        message(located.note)
    if located.status in ("unlocated", "ambiguous"):
        message("'tracker places add' makes the place known; 'tracker geocode --missing' tries again later.")
    return values


def choose(resolution: Resolution) -> Candidate | None:
    """Ask on the terminal which candidate was meant; 0 keeps the place unresolved."""
    from rich.prompt import IntPrompt

    from .render import console

    err = console(stderr=True)
    if resolution.ambiguous:
        err.print(f"{resolution.query!r} could be:")
        offered = resolution.rivals[:9]
    else:
        err.print(f"{resolution.query!r} is not a name a trusted place goes by ({resolution.reason}). Did you mean:")
        offered = resolution.suggestions[:9]
    for number, candidate in enumerate(offered, start=1):
        err.print(
            f"  {number}. {candidate.label} ({candidate.latitude:.4f}, {candidate.longitude:.4f}) "
            f"— {candidate.source_label}, score {candidate.score:.0f}"
        )
    err.print("  0. none of these: keep the place as reported")
    answer = IntPrompt.ask("Which one?", console=err, choices=[str(n) for n in range(len(offered) + 1)])
    return offered[answer - 1] if answer else None
