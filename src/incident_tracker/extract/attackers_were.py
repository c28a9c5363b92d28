"""The attackers told by their trade: "The attackers were smugglers, according to a source in the regional
government", "the gunmen were drug traffickers".

A source describing who struck by what they do names the party it holds responsible, as "the attackers were members
of X" names a group (:data:`.attribution_patterns._WERE_MEMBERS`); the coders write the trade as the report words it
("smugglers": 728, first seen missed, issue 14's *a description with an origin or a trade*). Only the trades of the
border's armed crime count (smugglers, traffickers, drug dealers, bandits, poachers): "the attackers were militants"
is the generic label that the readings of :mod:`.attribution_acts` weigh, and "the attackers were killed", "were
Afghans" or "were young" are no trade.
"""

from __future__ import annotations

import re

_ATTACKERS_WERE = re.compile(
    r"\b(?:[Tt]he\s+)(?:attackers|assailants|gunmen|raiders|kidnappers|abductors|intruders|culprits)\s+"
    r"(?:were|was|are)\s+(?:all\s+|probably\s+|apparently\s+)?"
    r"(?P<trade>(?:armed\s+)?(?:[A-Z][a-z]+\s+)?(?:drug\s+|opium\s+|heroin\s+|fuel\s+)?"
    r"(?:smugglers|traffickers|dealers|bandits|poachers))\b"
)


def attackers_trade(text: str) -> str | None:
    """The trade the sentence gives the attackers ("smugglers"), or None."""
    match = _ATTACKERS_WERE.search(text)
    return match.group("trade") if match else None
