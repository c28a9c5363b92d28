"""A claim told as not made: the wordings of news prose that negate the claimant or the claiming.

"No person or group had claimed responsibility" and "The BLA did not immediately claim the attack" say that nobody
has owned the act, yet each holds the words of a claim ("had claimed responsibility", "claim the attack") that the
claim readings of :mod:`.claims_read` would take for one (round 76's Zahedan bombing, 946, was drafted ``claimed``
with no actor where the coders read ``unattributed``). These fragments join :data:`.claim_patterns.NO_CLAIM`, the
one list of "no claim" wordings: a sentence they match claims nothing, and tells ``unattributed`` *read from the
text*, which the codebook keeps apart from a default.
"""

from __future__ import annotations

import re

#: Who might claim, negated: "no person or group had claimed", "no militant group has yet claimed", "no individual or
#: group has taken responsibility", "neither the TTP nor any other group claimed".
_NO_CLAIMANT = (
    r"\bno\s+(?:[a-z]+\s+){0,2}?(?:group|one|organi[sz]ation|person|individual|party|faction|outfit)"
    r"(?:\s+or\s+(?:[a-z]+\s+)?(?:group|one|organi[sz]ation|person|individual|party|faction|outfit))?"
    r"(?:,[^,]{1,50},)?\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+|so\s+far\s+|immediately\s+|at\s+once\s+|publicly\s+)*"
    r"(?:claimed|taken|accepted|owned|admitted)\b|"
    r"\bneither\s+[^.;]{1,60}?\bnor\s+[^.;]{1,60}?\b(?:has\s+|had\s+|have\s+)?claimed\b"
)

#: The claiming negated: "did not immediately claim", "hasn't claimed", "has yet to claim", "has not been claimed by
#: any group", "there was no claim of responsibility", "responsibility for the blast has not yet been claimed".
_NO_CLAIMING = (
    r"\b(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+|immediately\s+|so\s+far\s+|publicly\s+|officially\s+)*"
    r"(?:been\s+)?claim(?:ed)?\b|"
    r"\b(?:didn't|doesn't|hasn't|haven't|hadn't)\s+(?:yet\s+|immediately\s+)*(?:been\s+)?claim(?:ed)?\b|"
    r"\b(?:is|are|was|were|has|have|had)\s+yet\s+to\s+(?:be\s+)?claim(?:ed)?\b|"
    r"\b(?:was|were|is)\s+not\s+(?:yet\s+)?claimed\b|"
    r"\bno\s+(?:immediate\s+|formal\s+|official\s+)?claim\s+(?:of|for)\s+responsibility\b|"
    r"\bresponsibility\s+(?:for\s+[^,.;]{1,60}?\s+)?(?:was|has|had)\s+not\s+(?:yet\s+)?been\s+(?:claimed|accepted)"
)

#: Both, as one alternation for :data:`.claim_patterns.NO_CLAIM` (compiled there, case-insensitive).
NEGATED_CLAIM = f"{_NO_CLAIMANT}|{_NO_CLAIMING}"


#: A denial or a negation ahead of a side's own act: "The Pakistani military denied that its troops had fired",
#: "Islamabad has not confirmed that its jets had struck".
_DENIAL = re.compile(r"\b(?:not|never|neither|nor|denied|denies|deny|rejected|rejects|dismissed|refuted)\b|n't\b")


def denied_before(text: str, start: int, end: int) -> bool:
    """Whether ``text`` between ``start`` and ``end`` (a speaker and the act it tells) holds a denial: a side that
    denies its forces acted has owned nothing, so its sentence gives no ``confirmed``."""
    return _DENIAL.search(text, start, end) is not None
