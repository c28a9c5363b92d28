"""A named area or post told as what the fire or the attack came down "on": the event's own spot.

"the firing from across the border fell on the Bin Shahi area of Dir" (The Express Tribune 1098), "The attack was made
on the Khara checkpost in the Gulibagh forest of Barawal tehsil" (HTN World 1109): in both the lead had named only the
district ("in Khyber Pakhtunkhwa's Dir district", "in Upper Dir district"), which the readings kept, because "on" is no
preposition of a place there ("on the Afghan side", "on Tuesday", "on the Pak-Afghan border" are not scenes). Told with
its own kind of a narrow place (an area, a village, a post), the name after "on the" is the spot the coders keep, and
it ranks as narrower than the district (:func:`.place._specificity`). Never a side or a country's post ("on the
Afghan side", "fired … on Pakistan Army post along Pak-Afg border", Business Recorder 276), which names whose post, not
which.

A named unit told as what the fire or the attacks came down on, with no "the" ("The rockets fell on Dangam district",
The Pashtun Times 366; "Rocket attacks by the Pakistani army on Kunar province", Ariana News 1242; "Rocket attacks by
Pakistani troops on Afghanistan's Kunar province", IRIB 1240; "the Taliban's attack on Ghourian district", ISWNews
1205) is where the fire fell, the place (extract183): the district or province the coders keep, which
:func:`.place._set_place` ranks as any district or province, so a narrower place told elsewhere still wins.
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


#: Fire or attacks told coming down on a named unit: "fell on Dangam district", "attacks by the Pakistani army on Kunar
#: province", "shelling on Afghanistan's Kunar province"; the country owning the unit is no part of the place.
_FIRE_ON_A_UNIT = re.compile(
    r"\b(?:(?:fell|landed|came\s+down|rained\s+down)\s+(?:on|onto|upon)|"
    r"(?:attacks?|shelling|firing|strikes?)(?:\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s+on)\s+"
    rf"(?:(?P<owner>{NAME_RUN})[’']s\s+)?(?P<name>{NAME_RUN})\s+(?P<kind>district|tehsil|area|village|province)\b"
)


def fire_on_unit(text: str) -> re.Match[str] | None:
    """The first "fell on <name> district", "attacks … on <name> province" of ``text`` whose name is no side, country
    or weekday, and whose owner, if told, is a country (see the module)."""
    for match in _FIRE_ON_A_UNIT.finditer(text):
        first = re.sub(r"[’']s$", "", match.group("name").split()[0].split("-")[0]).lower()
        if first in NOT_PLACES or first in DEMONYMS or country_code(first.capitalize()):
            continue
        if match.group("owner") and not country_code(match.group("owner")):
            continue  # "attacks on the Taliban's Kunar province"? whose, not which: left to the other readings
        return match
    return None
