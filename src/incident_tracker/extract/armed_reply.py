"""Crossers who answered a state's guards with gunfire: "A group of armed Afghan smugglers answered the border guards'
warning signals with gunfire".

A border service tells the men it fought as having fired first by answering its warning or its order to stop with
fire; they are the party it holds responsible, as "put up armed resistance" tells them (issue 14, *The actor and
attribution shapes left empty out of sample*: 923, first seen and still on main left ``unattributed``). The actor is
the group as the report words it ("a group of armed Afghan smugglers", as the coders write it) and the nationality
before its trade is its origin. Only the border's armed crossers count (smugglers, traffickers, violators,
intruders, infiltrators, militants, gunmen): "the security forces answered … with heavy fire" is a state's reply.
"""

from __future__ import annotations

import re

from .statement import Attribution
from .vocab import DEMONYMS

_ANSWERED_WITH_FIRE = re.compile(
    r"(?P<who>(?:[Aa]\s+group\s+of\s+|[Aa]\s+band\s+of\s+|[Tt]he\s+)?(?:armed\s+)?(?:(?P<demonym>[A-Z][a-z]+)\s+)?"
    r"(?:drug\s+)?(?:smugglers|traffickers|violators|border\s+violators|intruders|infiltrators|militants|gunmen))\s+"
    r"(?:answered|met|responded\s+to|greeted)\s+[^.;]{1,70}?\bwith\s+(?:heavy\s+|automatic\s+)?"
    r"(?:gunfire|fire|shots|shooting)\b"
)


def answered_with_fire(text: str) -> Attribution | None:
    """The crossers the sentence tells answering the guards with fire, with their origin; or None."""
    match = _ANSWERED_WITH_FIRE.search(text)
    if match is None:
        return None
    who = match.group("who")
    demonym = (match.group("demonym") or "").lower()
    if match.group("demonym") and demonym not in DEMONYMS:
        return None  # "The Hamadoni smugglers": a place's name, not a nation
    return Attribution("alleged", perpetrator=who[:1].lower() + who[1:], origin_country=DEMONYMS.get(demonym))
