"""A crossing asked for with a province of the other country: only that country's side counts.

A place on the line (crossing, bridge, post) is stored once, in one country, with ``border_with``
naming the other side, and the gazetteer lets it answer for the other side's provinces too
("Dogharoun, Razavi Khorasan": Islam Qala seen from Iran). But any province of the other country
passed: "Ayritom, Samarqand" answered the Termez-Hairatan bridge (its Uzbek side is Surxondaryo,
250 km from Samarkand) and "Dogharoun, Tehran" answered Islam Qala. A province that does not hold
the crossing's other end is conflicting evidence, like "Khorog, Batken": the candidate is dropped
and the province stands in, as for any name not known in the province the text names.

The other end's province is the province of the nearest town of that country to the crossing's
point (docs/geocoding.md, section "Two conflicts").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .area_guard import within_area as _within_area
from .gazetteer import BORDER_KINDS

if TYPE_CHECKING:
    from .candidates import Candidate
    from .chain import Scoped
    from .gazetteer import Gazetteer


def within_area(found: list[Candidate], scoped: Scoped, gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """:func:`.area_guard.within_area`, then without the crossings whose named province is not their other end."""
    found = _within_area(found, scoped)
    areas = scoped.scope[1]
    if gazetteer is None or not areas:
        return found
    return [c for c in found if not _other_side_elsewhere(c, areas, gazetteer)]


def _other_side_elsewhere(c: Candidate, areas: frozenset[tuple[str, str]], gazetteer: Gazetteer) -> bool:
    """True when ``c`` is on the line, outside the named provinces' countries, and no named province
    of the other side holds the nearest town of that side to it."""
    countries = {country for country, _ in areas}
    if c.kind not in BORDER_KINDS or c.country in countries:
        return False
    sides = sorted(set(c.border_with) & countries)
    for side in sides:
        found = gazetteer.nearest(c.latitude, c.longitude, country=side, towns_only=True)
        if found is None or (side, found[0].admin1_code) in areas:
            return False
    return bool(sides)


__all__ = ["within_area"]
