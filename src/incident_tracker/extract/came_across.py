"""Attackers told only by the country they came in from: an alleged origin, and no actor.

Examples: "Armed terrorists came into Iran from Pakistan and fought the border guards" (a deputy governor to IRNA,
through APP 442), "terrorists who had come into Iran across the Pakistani border" (the same official through Press
TV 443), "Rebels who slipped in from neighbouring Pakistan".

The codebook's ``alleged``: "an interested party … names a perpetrator or an origin". A label ("terrorists",
"rebels") names no actor ("Named actor, or empty"), so only the origin is kept; the perpetrator stays empty.
"""

from __future__ import annotations

import re

from .vocab import DEMONYMS

_ATTACKERS = r"(?:terrorists|militants|rebels|insurgents|gunmen|attackers|assailants|infiltrators|bandits)"
_CAME_ACROSS = re.compile(
    rf"\b(?:armed\s+)?{_ATTACKERS}\s+(?:who\s+)?(?:had\s+)?(?:came|come|slipped|sneaked|crossed|infiltrated)"
    r"(?:\s+(?:in|over))?(?:\s+into\s+[A-Z][\w’'-]*)?\s+"
    r"(?:from\s+(?:neighbou?ring\s+)?(?P<where>[A-Z][\w’'-]*)|across\s+the\s+(?P<adj>[A-Z][\w’'-]*)\s+(?:border|frontier))",
    re.IGNORECASE,
)


def came_across(text: str) -> str | None:
    """The country attackers are said to have come in from, by its name or adjective, or None."""
    from .draft import country_code

    match = _CAME_ACROSS.search(text)
    if match is None:
        return None
    where = match.group("where")
    if where:
        return country_code(where) if where[0].isupper() else None
    adjective = match.group("adj")
    return DEMONYMS.get(adjective.lower()) if adjective[0].isupper() else None
