"""A state's forces named as the agent of an act told as a noun: "rocket attacks by Pakistani troops" (issue 14).

Reports of cross-border fire often name the side only in a noun phrase of the act, with no verb whose subject it is:
"Rocket attacks by Pakistani troops on Afghanistan's Kunar province went on" (IRIB News 1240), "strong reservations
at the growing provocations by Afghan border security forces" (ARY News 664), "Rocket attacks by the Pakistani army
on Kunar province have killed one civilian" (Ariana 1242), "another attack by Afghan forces on Pakistan" (ANI via
Devdiscourse 534), "condemned the attacks by Pakistani forces in Kunar and Khost" (Devdiscourse/ANI 95),
"provocations by Afghan border forces were growing" (The News 663), "recent attacks by Iranian guards on Pakistani
territory" (Daily Pakistan 388), "Ground assault by US-led forces" (a Dawn blog 842). The coders take the forces so
named as the actor, ``alleged``: one side's word for the other's act (dev: 11 reports of 9 outlets tell the shape,
all 11 coding those forces as the actor, 938 by a unit of theirs; the reader had 8 of them already by other
sentences). The per-sentence readings of "by" knew the fire and the shelling by a state's forces
(:data:`.attribution_patterns._AGAINST`), and an attack only by armed men ("an attack by terrorists"); this reads
the attack, the provocation, the violation and the assault too, only by a side the nationality or name of which is
told ("by the forces" names no one). Never a raid: "a raid by Pakistani forces on a hideout" at home is the state's
own operation, ``confirmed`` by other readings, not one side's word on the other. It is the faintest reading of a
sentence, tried only when no other reading found a statement in it (:func:`.attribution._suspects_and_attackers`).
"""

from __future__ import annotations

import re

from .attribution_patterns import _STATE_NOUNS
from .statement import Attribution, clean_side, names_a_side

#: The act as a noun: "attacks", "rocket attacks", "provocations", "violations", "a ground assault" (never a raid).
_ACT = (
    r"(?:(?:rocket|mortar|artillery|missile|cross-border|border|ground)\s+)?"
    r"(?:attacks?|provocations?|violations?|aggression|assaults?)"
)
#: The act, "by", then a state's forces told by nationality: "attacks by the Pakistani army".
_BY_FORCES = re.compile(
    rf"\b(?i:{_ACT})\s+by\s+(?P<perp>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}(?:[a-z]+\s+){{0,2}}?(?:{_STATE_NOUNS}))\b"
)


def state_acts_by(text: str) -> Attribution | None:
    """``alleged`` against a state's forces named as the agent of the act (see the module), else None."""
    found = _BY_FORCES.search(text)
    if found is None or not names_a_side(found.group("perp")):
        return None
    return Attribution("alleged", perpetrator=clean_side(found.group("perp")))
