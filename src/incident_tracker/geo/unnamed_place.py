"""A settlement the text does not name, in a unit it does: "a village in Khost province", "a remote area of Killa
Saifullah district". The village has no name to look up; the unit holds it, so the unit stands in at its own level
(``admin1`` for a province, ``admin2`` for a district), as issue 13's point 4 asks and as the set codes such strings
(coarser). The chain's rule that a common noun gets no stand-in ("a hospital in Batken": the town, or the province?)
is kept for every other noun: only a settlement or area noun opens the text here, and the unit word is written, so
the text itself says the place lies inside that unit (geo172).
"""

from __future__ import annotations

import re

#: An article, up to two lowercase words, a settlement or area noun, "in" or "of", a capitalised name of one to three
#: words and its unit word, and nothing after but the unit's own context (", Afghanistan", "of Balochistan").
_UNNAMED_IN_UNIT = re.compile(
    r"^(?P<what>(?:an?|one|some)\s+(?:[a-z][a-z-]*\s+){0,2}(?:village|hamlet|settlement|locality|area))"
    r"\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+"
    r"(?:province|district|county|agency|tehsil|oblast|region)\b"
)


def unnamed_settlement(text: str, name: str | None = None) -> str | None:
    """ "a village" for "a village in Khost province": the unnamed settlement a unit the text names holds, or None;
    with ``name`` (the name the lookup read), only where that name is the settlement's first words ("a"), not a
    unit's a retry read instead ("Mamond" of "a bordering locality of Mamond tehsil")."""
    match = _UNNAMED_IN_UNIT.match(" ".join(text.split()))
    if match is None or (name is not None and not match.group("what").startswith(f"{name} ")):
        return None
    return match.group("what")


__all__ = ["unnamed_settlement"]
