"""The side a reported clause tells acting: "Officials said … when Afghan militia forces opened fire from across the
border" names the militia forces, not only the officials who speak.

:data:`.attribution_patterns.ALLEGE` reads a speaker saying the attack came, was fired or crossed from somewhere as
``alleged`` with the speaker as ``attributed_by``; the perpetrator was read only from an "… after <side> fired"
clause (:mod:`.after_act`), so a side the reported clause names as the subject of its act was left out, and the draft
was ``alleged`` against nobody (issue 14, *Actor and attribution out of sample*: out of sample, an ``alleged`` that
names neither a perpetrator nor an origin was right once in ten; on dev 917, 918 name the side in that clause). The
clause is read as a sentence of its own by :func:`.attribution_acts.side_that_acted`, and its side is kept only when
it names one by its nationality, an alliance or a group the dictionary knows (:func:`.statement.names_a_side`) and the
clause tells it firing or attacking: a crosser told only as "the man who crossed" names no one, and a side that only
"entered" is what set the fighting off.

The clause may tell the side only as the agent of its fire: "when mortars fired by foreign forces from the Afghan
side came down on them" (821, a Pakistani report of 2007: the coders write "foreign forces", the words Pakistani
officials of the Afghan-Pakistani line of 2005-2012 used for the coalition's troops, as the report does). The agent
after "fired by" is kept when it names a side, or is foreign, coalition or international forces or troops; a
generic agent ("fired by militants") is the label :mod:`.attribution_acts` weighs, not a side.
"""

from __future__ import annotations

import re

#: The side's own violent act, right after it: "opened fire", "had fired", "attacked"; never "entered" or "crossed"
#: alone, which a report tells as what set the fighting off ("the fighting started when Iranian border forces entered
#: Kang district", coded ``unattributed``: 110).
_ACT = re.compile(
    r"\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:opened\s+fire|fired|attacked|shelled|bombed|killed|shot|struck|raided|"
    r"ambushed)\b"
)


#: The agent of the fire the clause tells: "mortars fired by foreign forces", "shells launched by the Iranian forces".
_FIRED_BY = re.compile(
    r"\b(?:fired|launched|lobbed)\s+by\s+(?P<agent>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}(?:[a-z]+\s+)?"
    r"(?:forces|troops|soldiers|border\s+guards|guards|helicopters|gunships|aircraft|jets))\b"
)
#: Forces named by what they are to the land, not by a country: the coalition's troops in a Pakistani report.
_FOREIGN = re.compile(r"(?:the\s+)?(?:foreign|coalition|international|allied)\s+(?:forces|troops)")


def side_said_to_act(reported: str) -> str | None:
    """The side the reported clause tells acting, or None."""
    from .attribution_acts import side_that_acted
    from .statement import clean_side, names_a_side

    found = side_that_acted(reported)
    agent = _FIRED_BY.search(reported)
    if found is None and agent and (names_a_side(agent.group("agent")) or _FOREIGN.fullmatch(agent.group("agent"))):
        return clean_side(agent.group("agent"))
    if found is None or found.status != "alleged" or not found.perpetrator or not names_a_side(found.perpetrator):
        return None
    told = reported.find(found.perpetrator)
    if told < 0 or not _ACT.match(reported, told + len(found.perpetrator)):
        return None  # the side entered or crossed: what set the fighting off, not who fired
    return found.perpetrator
