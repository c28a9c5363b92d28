"""The crowd of a mob's blows as its actor, named as the report tells it.

"Some 100 residents of Tajikistan beat the builders", "Vorukh residents broke the window of an excavator with a
stone".

The codebook's perpetrator is a named actor, and the dev coding writes a mob's actor as the crowd is told, its
count and its country or village kept ("some 100 residents of Tajikistan", "Vorukh residents", "residents of Soh,
the Uzbek enclave"). A crowd with no name ("some 100 residents beat …") names no one and gives nothing, as a
generic label does; a capitalised word that opens the sentence is no village's name ("Angry residents beat …").
"""

from __future__ import annotations

import re

from .mob import CROWD_ACT, CROWD_TOLD

_CROWD_ACTED = re.compile(rf"(?<![\w'’-])(?P<crowd>{CROWD_TOLD}){CROWD_ACT}", re.IGNORECASE)
_NAME = r"(?-i:[A-Z])[\w'’-]+"
#: A crowd told at length that threw stones: a range for its count ("some 50 to 60"), its place told as a village,
#: town or district of a name ("residents of the Kalgan village of Dasht"), an aside of who led it (", led by the
#: village head, …,"): "Some 50 to 60 residents of the Kalgan village of Dasht, led by …, threw stones at …".
_CROWD_STONED = re.compile(
    rf"(?<![\w'’-])(?P<crowd>(?:(?:some|about|around|nearly)\s+)?\d+(?:\s+(?:to|or)\s+\d+)?\s+"
    r"(?:residents|villagers|locals|protesters|protestors|demonstrators)\s+of\s+(?:the\s+)?"
    rf"(?:{_NAME}\s+)?(?:village|town|city|district|settlement)\s+of\s+{_NAME})"
    r"(?:,\s+(?:led|headed)\s+by\s+[^.;]{1,80}?,)?\s+(?:then\s+)?(?:threw|hurled)\s+(?:stones|rocks)\b",
    re.IGNORECASE,
)
#: The crowd's place after it: "residents of Tajikistan".
_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?[A-Z]")
#: The crowd's place before it: "Vorukh residents" (not the count's or the group's words).
_PLACE_BEFORE = re.compile(r"^[A-Z][\w'’-]+\s+(?:residents|villagers|locals|protesters|protestors|demonstrators)\b")


def crowd_actor(text: str) -> str | None:
    """The crowd, as told, that dealt a mob's blows in the sentence, when it is named by a place; else None."""
    from .statement import clean_side, names_a_side

    for match in _CROWD_ACTED.finditer(text):
        crowd = match.group("crowd")
        if _OF_PLACE.search(crowd):
            return clean_side(crowd)
        before = _PLACE_BEFORE.match(crowd)
        # a place's name mid-sentence ("and Vorukh residents broke …"), or a nationality anywhere ("Tajik residents")
        if before and (match.start() > 0 or names_a_side(crowd.split()[0])):
            return clean_side(crowd)
    stoned = _CROWD_STONED.search(text)
    return clean_side(stoned.group("crowd")) if stoned else None
