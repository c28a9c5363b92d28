"""The crowd of a mob's blows as its actor, named as the report tells it.

"Some 100 residents of Tajikistan beat the builders", "Vorukh residents broke the window of an excavator with a
stone".

The codebook's perpetrator is a named actor, and the dev coding writes a mob's actor as the crowd is told, its
count and its country or village kept ("some 100 residents of Tajikistan", "Vorukh residents", "residents of Soh,
the Uzbek enclave"). A crowd with no name ("some 100 residents beat …") names no one and gives nothing, as a
generic label does; a capitalised word that opens the sentence is no village's name ("Angry residents beat …").

Three more ways a report tells the crowd acting (extract182): the blows in the passive, by a crowd named by its
state ("was beaten by citizens of Tajikistan", Repost.uz 1037; "was beaten by citizens of the neighbouring country",
Qazaq Times 1039: the coding keeps the phrase as told), never by its village alone ("beaten by 15 residents of
Kok-Tash", News.tj 446, whose two villages' accounts the coding reads as disputed); citizens of a state trying to
seize or disarm a force's men, the crowd opening its clause ("Citizens of Tajikistan tried to seize Kyrgyz border
guards", Sputnik 1194), the act the sixth rulings make a mob's; and a crowd answering with stones ("the Uch-Dobo
residents answered by throwing stones at them", Asia-Plus 1040).
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
#: People by what they are, and a count or group before them: "15 to 20", "some 40", "a group of".
_PEOPLE = r"(?:citizens|residents|villagers|nationals|locals)"
_COUNT = (
    r"(?:(?:some|about|around|nearly|up\s+to)\s+)?"
    r"(?:\d+(?:\s+(?:to|or)\s+\d+)?|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:group|crowd)\s+of)\s+"
)
#: A crowd named by its state: "citizens of Tajikistan", "Tajik citizens", "citizens of the neighbouring country".
_STATE_CROWD = (
    rf"(?:{_COUNT})?(?:{_NAME}\s+{_PEOPLE}|{_PEOPLE}\s+of\s+(?:(?:the\s+)?neighbou?ring\s+(?:country|state|republic)|"
    rf"{_NAME}))"
)
#: The blows in the passive, by a crowd named by its state: "was reported to have been beaten by citizens of X".
_BEATEN_BY = re.compile(
    rf"\b(?:was|were|been|being|got)\s+(?:\w+\s+)?(?:beaten|attacked|assaulted|stoned|pelted\s+with\s+stones)"
    rf"(?:\s+up)?\s+by\s+(?P<crowd>{_STATE_CROWD})",
    re.IGNORECASE,
)
#: Citizens of a state opening a clause and trying to seize a force's men (the sixth rulings' mob).
_TRIED_TO_SEIZE = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:and|but|then)\s+)(?P<crowd>(?:the\s+)?{_STATE_CROWD})\s+(?:had\s+)?(?:tried|attempted)\s+to\s+"
    r"(?:seize|grab|capture|disarm)\b",
    re.IGNORECASE,
)
#: A crowd of a place answering with stones: "the Uch-Dobo residents answered by throwing stones at them".
_ANSWERED_WITH_STONES = re.compile(
    rf"(?P<crowd>(?:{_COUNT})?{_NAME}\s+{_PEOPLE}|{_PEOPLE}\s+of\s+{_NAME})\s+"
    r"(?:answered|responded|reacted|retaliated)\s+by\s+(?:throwing|hurling)\s+(?:stones|rocks)\b",
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
    if stoned:
        return clean_side(stoned.group("crowd"))
    return crowd_told_otherwise(text)


def crowd_told_otherwise(text: str) -> str | None:
    """The crowd told beating in the passive, trying to seize a force's men or answering with stones (see module)."""
    from .statement import clean_side, names_a_side

    for pattern in (_BEATEN_BY, _TRIED_TO_SEIZE):
        found = pattern.search(text)
        if found and (names_a_side(found.group("crowd")) or "neighbo" in found.group("crowd").lower()):
            return clean_side(found.group("crowd"))  # a state's people, never a village's alone (446)
    answered = _ANSWERED_WITH_STONES.search(text)
    # a place's name mid-sentence ("and the Uch-Dobo residents answered"), or a nationality anywhere
    if answered and (answered.start() > 0 or names_a_side(answered.group("crowd"))):
        return clean_side(answered.group("crowd"))
    return None
