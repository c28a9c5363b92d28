"""A speaker is not the side that acted: "The ISPR said the terrorists attacked a vehicle" names the terrorists.

The pattern of a side told acting (:data:`.attribution_patterns._ACTED`) takes the words before the act as the side,
and a speaker's clause can stand there whole: "The ISPR said the terrorists" was drafted as one actor (664). The
side is what the speaker's clause tells, after its verb of saying; an actor phrase with a verb of saying in it is
never a name.
"""

from __future__ import annotations

import re

#: A verb of saying inside what was taken for a side, and what follows it: the side the speaker tells of.
_SAID = re.compile(r"\b(?:said|says|say|told|reported|stated|added|announced|claimed)\s+(?:that\s+)?(?P<side>.+)$")


def side_after_speaker(phrase: str) -> str:
    """``phrase`` without a speaker's clause before the side: "The ISPR said the terrorists" → "the terrorists"."""
    said = _SAID.search(phrase)
    return said.group("side") if said else phrase
