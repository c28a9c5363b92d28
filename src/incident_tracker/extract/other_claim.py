"""A claim of another attack, named by its place: "The TTP had claimed the attacks in Shal Talu" (issue 14).

Round 68's Upper Dir report (881) ties the raiders of its village to the group that had attacked Shal Talu two days
before, and tells that the TTP claimed *those* attacks: a claim whose attack is named by a place the incident is not
at is that attack's, not this one's, and the incident keeps what its own sentences say of who did it. Read only when
the claim names its attack's place ("claimed the attack in X", "claimed responsibility for the raids on X") and the
draft already has a place that does not name X; a claim with no place, or of the attack "in" the incident's own
place, is left to the claim readings (:mod:`.claims_read`).
"""

from __future__ import annotations

import re

_ELSEWHERE = re.compile(
    r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:the\s+)?(?:earlier\s+|previous\s+)?"
    r"(?:attacks?|raids?|bombings?|assaults?|ambush(?:es)?)\s+(?:in|at|on)\s+(?:the\s+)?"
    # "claimed responsibility for the attack on Tuesday": a day, not a place
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"
    r"(?P<where>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})",
    re.IGNORECASE,
)


def claims_elsewhere(text: str, place: object) -> bool:
    """Whether ``text`` claims an attack it places somewhere the draft's ``place`` does not name."""
    match = _ELSEWHERE.search(text)
    if match is None or not place:
        return False
    where = match.group("where").lower()
    told = str(place).lower()
    return where not in told and not any(word in told for word in where.split() if len(word) > 3)
