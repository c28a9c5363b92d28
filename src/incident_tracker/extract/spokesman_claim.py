"""A group's spokesman telling what the group's own fighters did: its claim (issue 14, round 68's dev misses).

"TTP spokesman Ihsanullah Ihsan said the group's fighters had killed several soldiers", "a spokesman for the Pakistani
Taliban said its men had attacked the posts": the spokesman speaks for the group, and the group's own men doing the
act is its claim, as :data:`.claim_patterns._SAID_IT_DID` reads "the group said its fighters had attacked". The
claimant is the group the spokesman speaks for, not the spokesman. Only a group's men (fighters, militants, men,
mujahideen) doing an attack, a killing or a capture are read: a state's spokesman telling of "its troops" is no
group's claim, "the militants had pulled back" tells no act, and a denial ("said its fighters had not attacked",
"denied that the group's fighters had killed") is none.
"""

from __future__ import annotations

import re

from .claim_patterns import NOT_OWN

_GROUP = (
    r"(?!(?:A|An|The|Its|Their|His)\s)"
    r"(?:[A-Z][\w’'-]*+(?:[\s-]+(?:[A-Z][\w’'-]*+|of|al|el|ul|e|i))*(?:\s+\([A-Z][\w-]{1,8}\))?)"
)
_SPOKESMAN = r"spokes(?:man|woman|person)"
_MEN = r"(?:fighters|militants|men|mujahideen|members)"
_DID = r"(?:killed|attacked|ambushed|stormed|struck|captured|seized|overran|carried\s+out)"

#: "TTP spokesman X said the group's fighters had killed …", "X, spokesman for the Pakistani Taliban, said its men had
#: attacked …", "the TTP's spokesman said their fighters had stormed …".
SPOKESMAN_OWN_MEN = re.compile(
    rf"(?:(?:\b[Tt]he\s+)?(?P<who>{_GROUP})(?:[’']s)?\s+{_SPOKESMAN}(?:\s+(?:[A-Z][\w’'-]*+\s+){{0,3}}?)?|"
    rf"\b{_SPOKESMAN}\s+(?:of|for)\s+(?:the\s+)?(?P<who2>{_GROUP})(?:,)?)"
    rf"\s*(?:has\s+|had\s+)?(?:said|says|told\s+[^,.;]{{1,40}}?|claimed)\s+(?:that\s+)?"
    rf"(?:the\s+group[’']s|its|their|his\s+group[’']s)\s+(?:own\s+)?{_MEN}\s+(?:had\s+|have\s+)?{_DID}\b"
)


def spokesman_claim(text: str) -> str | None:
    """The group whose spokesman tells of its own fighters' act in ``text``, or None."""
    match = SPOKESMAN_OWN_MEN.search(text)
    if match is None or NOT_OWN.search(text[: match.end()]):
        return None
    who = match.group("who") or match.group("who2")
    return re.sub(r"[’']s$", "", who.strip()) if who else None  # "the Taliban's spokesman": the group
