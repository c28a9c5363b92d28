"""A city near the border of its own country, which the text names as "the <country's> border".

"X, near the Iranian border" is read as "X is not in Iran" (``ParsedQuery.beyond``, the sixty-seventh batch's
reading): in every `dev` string of the shape ("Lower Kurram close to the Afghan border", "Shymkent, just north of
the Uzbek border") the place lies across that line, and the reading chooses the namesake on the near side. geo172
left "Zahedan near the Iranian border" empty by it, and noted it: no Zahedan lies anywhere but in Iran, so the
reading had nothing to choose among, and the text itself names Iran's border, which Zahedan is near.

:func:`own_border_city` lets the reading yield where it would leave nothing: every trusted candidate lies in a
country the text names as the far side, and one of them is a city known in its own right
(:data:`.path_guard.KNOWN_POPULATION`, as a report names Zahedan or Quetta) within :data:`NEAR_KM` of a place of the
pack on a line of its own country. A village or town of that name is never taken so: a twin across the line that the
gazetteer does not hold may be the one meant (wrong is worse than empty).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .pack import shipped_pack
from .path_guard import KNOWN_POPULATION

if TYPE_CHECKING:
    from .candidates import Candidate

__all__ = ["own_border_city"]

#: A city this close to a pack place on its country's line is near that border (Zahedan: 78 km from Mirjaveh).
NEAR_KM = 100.0


@lru_cache(maxsize=16)
def _line_points(country: str) -> tuple[tuple[float, float], ...]:
    """The pack's places on a line of ``country``, on either side of it."""
    return tuple(
        (row.latitude, row.longitude)
        for row in shipped_pack()
        if (row.country == country and row.border_with) or country in row.border_with
    )


def own_border_city(candidates: list[Candidate], beyond: frozenset[str]) -> list[Candidate]:
    """The cities of ``candidates`` near their own country's border, where every candidate lies in a country of
    ``beyond`` (see the module); else none."""
    if not candidates or not beyond or any(c.country not in beyond for c in candidates):
        return []
    return [
        c
        for c in candidates
        if c.population >= KNOWN_POPULATION
        and c.level is None
        and c.country is not None
        and any(haversine_km(c.latitude, c.longitude, lat, lon) <= NEAR_KM for lat, lon in _line_points(c.country))
    ]
