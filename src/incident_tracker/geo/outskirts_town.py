"""An unknown name "on the outskirts of" a town whose province bears its name: the town stands in, at ``near``.

geo169 read "Budhber, on the outskirts of Peshawar" as "Budhber, Peshawar": the unknown name has Peshawar's
district stand in. Where the gazetteer holds no district of the town, the context part matches the province of
the same name, and "X, on the outskirts of Kabul" had Kabul province stand in (``admin1``, at the province's point):
true, but coarser than the text, which puts X at the edge of the city. The town itself, at ``near``, is what it
says, as "the outskirts of Kabul" alone already answers (geo172).

Only where the text's last part is "(on) the (quarter's) outskirts of X" or "a suburb of X" with X a capitalised
name, the province standing in was read from that part (it is X's), and the gazetteer holds exactly one trusted town
named X in it (Kabul in Kabul province): two, or none, and the province stands in as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .candidates import Candidate
from .phrase_context import OUTSKIRTS_OF_WORDS

#: ", on the outskirts of Kabul", ", in the northern suburbs of Herat", ", a suburb of Khost" ending the text.
_OUTSKIRTS_PART = re.compile(
    r",\s+(?:(?:on|in|at)\s+)?"
    + OUTSKIRTS_OF_WORDS
    + r"(?P<town>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)(?:\s+(?:city|town))?$",
    re.IGNORECASE,
)


def outskirts_town(query: str, area: Candidate, towns_named: Callable[[str, str], list[Candidate]]) -> Candidate | None:
    """The town ``query`` puts an unknown name on the outskirts of, at ``near``, where ``area`` (the province
    that would stand in) bears the town's name and holds one such town (``towns_named(name, country)`` gives
    the gazetteer's trusted towns of that name in that country); else None."""
    match = _OUTSKIRTS_PART.search(" ".join(query.split()))
    if match is None or area.level != "admin1":
        return None
    inside = [c for c in towns_named(match.group("town"), area.country or "") if c.admin1_code == area.admin1_code]
    if len(inside) != 1:
        return None
    return replace(inside[0], geo_precision="near", match="context")


__all__ = ["outskirts_town"]
