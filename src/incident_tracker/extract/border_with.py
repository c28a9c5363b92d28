"""A place told near "the border with X" lies on the other side of that border, not in X.

"in the Bonyad area close to the border with Iran", "a village near the border with Pakistan", "on the border
with Afghanistan": news prose names the neighbour across the line, so the country named after "the border with"
is the one the place is *not* in: of the 44 dev reports that use the phrase, on every border of the region, none
codes its event in the country named after it. A gazetteer hit for the place in that very country is a namesake
far away (a Bonyad of Bushehr, a thousand kilometres from the Afghan border village), so it is refused, and so is
that country read from the names of the event's sentences; the country is left to the other readings (a province
the event's sentences name, else empty).
"""

from __future__ import annotations

import re

from .draft import state_code

#: The place, then a short stretch of its phrase, then "near / close to / along / on the border with X".
_NEAR_THE_BORDER_WITH = re.compile(
    r",?\s*(?:[\w\"'’-]+\s+){0,4}?(?:near|close\s+to|along|on|at|by)\s+(?:the|its|their)\s+"
    r"(?:\w+\s+)?border\s+with\s+(?P<country>[A-Z][a-z]+)\b"
)


def country_across(place: str, sentence: str) -> str | None:
    """The country the sentence says ``place`` lies near the border with, so not in: "the Bonyad area close to
    the border with Iran" → IR. None when the sentence names no such border right after the place."""
    start = sentence.find(place)
    if not place or start < 0:
        return None
    after = _NEAR_THE_BORDER_WITH.match(sentence, start + len(place))
    if after is None:
        return None
    return state_code(after.group("country"))
