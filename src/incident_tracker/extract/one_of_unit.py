"""One person hit, told by what he was "of": "a serviceman of the Afghan Public Protection Force was killed".

The count patterns (:mod:`.casualty_patterns`) read one victim told with whom he belongs to only when that is a
short capitalised name or a force ("a resident of Vorukh", "a soldier of the Frontier Corps"). A longer unit, a
possessive or a lowercase one left the death or the wound unread, and the incident's toll empty where the text
gives it: "a serviceman of the Afghan Public Protection Force was killed" (Krasnaya Vesna 1099), "A second
lieutenant of the Iranian police's special forces was killed" (Elmanshar 977), "A serviceman of Kyrgyzstan's State
Border Service was wounded" (The Central Asia 161), "A member of the internal security forces' patrol was killed"
(Vetogate 969), "The driver of a KAMAZ truck was hurt" (Kloop 460).

Only one person: a singular noun of who he was (or a rank) after "a", "an" or "one", or after "the" when what he
is "of" is itself new ("the driver of a … truck"); the words after "of" are at most six, with no clause word among
them (never "and", "who", "was"), and the verb of the death or the wound comes right after them. Asked after every
other count pattern (:func:`.casualties.find_tolls`), so a count already read keeps its reading. The count only: who
was hit is left to the other readings, as the unit's state or kind is not the victim's ("a member of the Afghan Border
Protection Police" in Pakistan Today 422, whose victims are coded as civilians of no nationality; read as the victim,
it turned that value wrong).
"""

from __future__ import annotations

import re

from .casualty_patterns import _AUX, HURT_WORDS, KILL_WORDS

#: Who one person was: a singular noun or a rank ("second lieutenant" by its words before it).
_ONE_WHO = (
    r"(?:soldier|guard|serviceman|officer|policeman|constable|conscript|member|commander|lieutenant|captain|major|"
    r"sergeant|colonel|driver|worker|engineer|employee|citizen|resident|villager|shepherd|farmer|trader|teacher|"
    r"student|man|woman|boy|girl|child)"
)
#: A word of what he was "of", never one that opens a clause or another count.
_UNIT_WORD = r"(?!(?:and|or|but|who|which|that|was|were|is|are|has|have|had|been|when|after|while)\b)[\w’'()-]+"

ONE_OF_UNIT = (
    re.compile(
        rf"\b(?P<qual>)(?P<num>an?|one)\s+(?P<noun>(?:[\w’'-]+\s+){{0,2}}?{_ONE_WHO}\s+of\s+"
        rf"(?:{_UNIT_WORD}\s+){{0,5}}?{_UNIT_WORD})\s+{_AUX}(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b",
        re.IGNORECASE,
    ),
    # "The driver of a KAMAZ truck was hurt": one, made definite by what is new after "of" (the article counts
    # one: .casualties)
    re.compile(
        rf"\b(?P<qual>)(?P<num>the)\s+(?P<noun>{_ONE_WHO}\s+of\s+an?\s+"
        rf"(?:{_UNIT_WORD}\s+){{0,4}}?{_UNIT_WORD})\s+{_AUX}(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b",
        re.IGNORECASE,
    ),
)
