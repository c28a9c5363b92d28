"""The weapons of the fire that answered an attack, told after it: not the attack's weapons.

Issue 14, rounds 70 and 71's dev misses: "five rockets were fired at the base … The troops answered in self-defence
with artillery fire on the launch site" tells two acts, the rockets and the artillery that answered them (its own
incident, on the other side of the line), and the draft of the rockets took the artillery too. A weapon of fire
across a distance (artillery, mortars, rockets, missiles, shells, tanks, an air strike) told after "answered",
"responded", "retaliated", "hit back" or "returned fire" and a "with" is the answer's, so it is not read into a draft
that already holds the attack's own weapons. A draft with no weapon yet keeps it (the report may tell only
the answer: "the guards responded with mortar fire" is that draft's act), and an exchange told in one breath ("the two
sides exchanged fire with machine guns") has no answer verb.
"""

from __future__ import annotations

import re

from .draft import Draft

#: The answer verb ("answered", "responded", "retaliated", "hit back", "returned fire"), :mod:`.answer_across`'s too.
ANSWER_VERB = r"\b(?:answered|responded|retaliated|hit\s+back|returned\s+(?:the\s+)?fire)\b"
#: The answer verb, then "with" and a weapon of fire across a distance (never "answered by pelting them with stones",
#: the same crowd's act: Global Voices 431).
_ANSWERED_WITH = re.compile(
    rf"{ANSWER_VERB}(?:(?!\bby\b)[^.;]){{0,60}}?\bwith\s+"
    r"(?:\w+\s+){0,2}?(?:artillery|mortars?|rockets?|missiles?|shells|shelling|tanks?|an?\s+air\s*strike|air\s*strikes?)\b",
    re.IGNORECASE,
)


def without_the_answer(text: str, draft: Draft) -> str:
    """``text`` cut before the answer's weapons when the draft already holds weapons of its own (see the module)."""
    weapons = [w for w in draft.values.get("weapons", []) if w != "unknown"]
    found = _ANSWERED_WITH.search(text)
    return text[: found.start()] if weapons and found else text
