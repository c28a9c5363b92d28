"""A market or camp named after a small town far from the border the text is about: a namesake, no answer.

The readers take "X bazaar", "X market", "X camp" for the town X (a bazaar is the town's centre, a market or
camp next to it): right for "Chaman bazaar", "Angoor Adda bazaar", where the town is the border place the
report is about. But in the Pashtun belt a bazaar or camp is often a place of its own named after a common
word ("bagh", garden; "mela", fair), and the gazetteer holds only one town of that word: the seventy-fourth
batch's one wrong `dev` answer was "Bagh Bazaar", a bazaar of Tirah taken by militants, answered with Bagh of
Azad Kashmir (`exact`), 270 km east, in a report that names Pakistan alone (docs/geocoding-journal.md,
"Batch 74's dev failures and the leftovers: rules (geo147)"). Nothing in the text ties the bazaar to that town:
no district, province or "in" names it, and the town lies far from every border place of the countries the
text names, where a border report's bazaar would be.

:func:`far_facility_town` leaves such an answer empty. Not touched: a pack place or a unit (the border place
or district is the report's own), a city of :data:`CITY_POPULATION` or more (a city's market is the city's:
"a market of Quetta"), a string whose context part names the town or its province ("Bagh market, Azad Kashmir" ties
it; "Bagh Bazaar, Tirah", a valley no tier holds, does not), a hospital or
school (a building of a known town, read by :mod:`.building_in`), and a text that names no country.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS, haversine_km
from .pack import shipped_pack
from .text import name_key, strip_level

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

#: A bazaar, market or camp after a name, in English (singular or plural): "Bagh Bazaar", "the X camps".
_FACILITY_AFTER = re.compile(r"^(?:the\s+)?(?P<name>.+?)\s+(?:bazaa?rs?|markets?|camps?)$", re.IGNORECASE)

#: A town this large holds its own markets and camps: the name is the city's (as :mod:`.no_point_guard`'s city).
CITY_POPULATION = 100_000

#: Farther than this from every border place of the countries the text names, a small town is not where a border
#: report's bazaar lies: the set's facility answers that are right lie within 60 km of one (Chaman 5 km, Angoor
#: Adda 0, Kara-Suu 10); Bagh of Azad Kashmir lies 201 km from the nearest (Lower Dir District).
FAR_KM = 150.0


def far_facility_town(place: str, chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer ``place`` (a bazaar, market or camp named after a small town far from
    the border the text is about), or None."""
    named = resolution.named
    if not named or chosen.source != "geonames" or _tied(resolution.parsed.context, chosen):
        return None
    if chosen.level is not None or chosen.kind in BORDER_KINDS or chosen.population >= CITY_POPULATION:
        return None
    match = _FACILITY_AFTER.match(" ".join(place.split(",")[0].split()))  # the head, before any context part
    if match is None:
        return None
    points = _border_points(frozenset(named))
    if not points:
        return None
    km = min(haversine_km(chosen.latitude, chosen.longitude, lat, lon) for lat, lon in points)
    if km <= FAR_KM:
        return None
    return (
        f"left unlocated: {place!r} names a bazaar, market or camp of its own; {chosen.label}, the one town of the "
        f"name, lies {km:.0f} km from every border place of the countries the text names, and the text ties it "
        "to no unit"
    )


def _tied(context: list[str], chosen: Candidate) -> bool:
    """Does a context part name the town or its province ("Bagh market, Azad Kashmir")? A part that names neither
    ("Bagh Bazaar, Tirah": Tirah, which no tier holds) ties the bazaar to no town."""
    own = {name_key(chosen.name), name_key(chosen.admin1 or "")} - {""}
    return any(name_key(strip_level(part)[0]) in own for part in context)


@lru_cache(maxsize=64)
def _border_points(named: frozenset[str]) -> tuple[tuple[float, float], ...]:
    """The points of the pack's border places (crossings, posts, border districts and towns) of the ``named``
    countries, on any of their borders: a text naming Pakistan alone is about one of Pakistan's."""
    return tuple((row.latitude, row.longitude) for row in shipped_pack() if row.country in named and row.border_with)
