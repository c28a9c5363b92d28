"""A named area or post told as what the fire or the attack came down "on": the event's own spot.

"the firing from across the border fell on the Bin Shahi area of Dir" (The Express Tribune 1098), "The attack was made
on the Khara checkpost in the Gulibagh forest of Barawal tehsil" (HTN World 1109): in both the lead had named only the
district ("in Khyber Pakhtunkhwa's Dir district", "in Upper Dir district"), which the readings kept, because "on" is no
preposition of a place there ("on the Afghan side", "on Tuesday", "on the Pak-Afghan border" are not scenes). Told with
its own kind of a narrow place (an area, a village, a post), the name after "on the" is the spot the coders keep, and
it ranks as narrower than the district (:func:`.place._specificity`). Never a side or a country's post ("on the
Afghan side", "fired … on Pakistan Army post along Pak-Afg border", Business Recorder 276), which names whose post, not
which.
"""

from __future__ import annotations

import re

from .draft import country_code
from .place_patterns import NAME_RUN, NOT_PLACES
from .vocab import DEMONYMS

#: "on the Bin Shahi area", "on the Khara checkpost": a name and its kind of a narrow place, after "on the".
_ON_A_NAMED_SPOT = re.compile(
    rf"\bon\s+the\s+(?P<name>{NAME_RUN})\s+"
    r"(?P<kind>area|village|checkpost|check-post|check\s+post|outpost|post|checkpoint)\b"
)


def spot_on(text: str) -> re.Match[str] | None:
    """The first "on the <name> <area / village / post>" of ``text`` whose name is no side, country or weekday."""
    for match in _ON_A_NAMED_SPOT.finditer(text):
        first = re.sub(r"[’']s$", "", match.group("name").split()[0].split("-")[0]).lower()
        if first in NOT_PLACES or first in DEMONYMS or country_code(first.capitalize()):
            continue
        return match
    return None
