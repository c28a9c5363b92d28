"""The crossing a town's name stands for, when an Arabic-script text names the crossing.

"معبر سبين بولداك" (the Spin Boldak crossing): the reader takes the crossing word off, the
name alone finds the town, and :func:`.arabic_guard.crossing_doubt` rightly refuses the
town's point (10 km from the crossing). In English the pack's crossing answers through its
alias ("Spin Boldak crossing"); in Arabic script no such alias exists for most crossings, so
the string was left empty while the pack held the crossing. :func:`crossing_of_town` gives
the pack's crossing instead, when it is the town's only one: every pack crossing of the
town's country (or its border) within :data:`CROSSING_TOWN_KM` of the town lies within
:data:`ONE_CROSSING_KM` of the nearest (the two sides of one crossing: Wesh and Chaman).
Two crossings apart, or none, and the refusal stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arabic_guard import crossing_doubt
from .gazetteer import BORDER_KINDS, haversine_km
from .pack import PackEntry, shipped_pack

if TYPE_CHECKING:
    from .chain import Candidate, Resolver

#: A crossing named after a town lies this close to it (Spin Boldak to Wesh: 6 km; to the
#: Pakistani side at Chaman: 11 km).
CROSSING_TOWN_KM = 15.0
#: Crossing rows this close together are the two sides of one crossing.
ONE_CROSSING_KM = 8.0


def crossing_of_town(text: str, chosen: Candidate | None, chain: Resolver) -> Candidate | None:
    """The pack crossing that ``chosen`` (a town) stands for in ``text``, or None (see the module)."""
    if chosen is None or crossing_doubt(text, chosen) is None:
        return None

    def far(entry: PackEntry) -> float:
        return haversine_km(chosen.latitude, chosen.longitude, entry.latitude, entry.longitude)

    near = sorted(
        (e for e in shipped_pack() if e.kind == "border_crossing" and chosen.country in (e.country, *e.border_with)),
        key=far,
    )
    near = [e for e in near if far(e) <= CROSSING_TOWN_KM]
    if not near:
        return None
    first = near[0]
    if any(haversine_km(first.latitude, first.longitude, e.latitude, e.longitude) > ONE_CROSSING_KM for e in near):
        return None
    found = chain.candidates(first.name, country=first.country).chosen
    if found is None or found.kind not in BORDER_KINDS:
        return None
    return found if haversine_km(found.latitude, found.longitude, first.latitude, first.longitude) < 1.0 else None
