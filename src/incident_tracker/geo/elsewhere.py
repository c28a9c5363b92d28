"""Which namesakes a "known elsewhere" note names when a country or province ruled out every place.

Every trusted record of the name is a namesake, and a common name has them on every continent
('Kabul' asked for in Tajikistan: Kabul in Afghanistan, a village in Israel, Cabool in Missouri).
Worth telling are those in the user's region (the place meant may be across a border) and, beyond
it, cities big enough that a reader could have meant them; when neither is there, the most
populous one, so that the note still says the name is known.
"""

from __future__ import annotations

from collections.abc import Iterable

from .candidates import Candidate

#: People a namesake outside the region needs to be named: a city a reader could mean.
CITY_POPULATION = 100_000


def worth_telling(candidates: Iterable[Candidate], region: frozenset[str]) -> list[Candidate]:
    """The namesakes a note names, in the order given: those in ``region`` (by their country or a
    border they stand on), then the big cities beyond it; else the most populous one."""
    given = list(candidates)
    kept = [c for c in given if {c.country, *c.border_with} & region or c.population >= CITY_POPULATION]
    if kept or not given:
        return kept
    return [max(given, key=lambda c: c.population)]
