"""The wounded of both sides of a fight, told in two counts: the attackers' after those they hit, or the other way
round (issue 14, extract208).

The dead of both sides add up (:func:`.fields.read_toll`, the attackers' dead told in a later sentence); the codebook
counts the wounded as GTD's ``nwound`` does, every side's together, and the dev coding adds them alike: "two soldiers
were martyred and four wounded" … "ten militants were also killed and several wounded" is 4 wounded and 3 more (7,
"several" the codebook's vague word); "killed four of the terrorists and wounded three others" … "one member of the
Iranian forces was lightly wounded" is 4. A count of the wounded that names no one ("and several wounded", "20
others") is of the side its own sentence's dead are of, told before it. A count that may hold both sides ("people",
"five soldiers and three militants") tells no side, and nothing is added to or after it; the second side is added
once, so that a later sentence telling the same wounded again ("the ISPR said … several wounded") adds nothing.
"""

from __future__ import annotations

import re

from .casualties import Toll, find_tolls
from .draft import Draft
from .sentences import Sentence
from .vocab import ATTACKERS

#: Victims' words that tell no side: anyone, or both sides named together.
_NO_SIDE = re.compile(r"\b(?:and|people|persons|individuals|others?|more)\b", re.IGNORECASE)

#: A count that names no one of its own: "several wounded", "20 others", "four more".
_NO_ONE = re.compile(r"(?:\w+\s+)?(?:others?|more)", re.IGNORECASE)

#: What the draft keeps of its first count of the wounded: the side it is of ("attackers", "attacked" or "").
FIRST_SIDE = "_injured_side"
#: Set once the other side's wounded were added.
BOTH_ADDED = "_injured_both_sides"


def _dead_before(toll: Toll, text: str) -> Toll | None:
    """The count of the dead its sentence tells before a count of the wounded: whose wounded these are."""
    at = text.find(toll.phrase)
    dead = None
    for other in find_tolls(text):
        where = text.find(other.phrase)
        if other.what == "killed" and 0 <= where < at:
            dead = other
    return dead


def wounded_side(toll: Toll, text: str, counted: str | None = None) -> str:
    """The side a count of the wounded is of, "attackers" or "attacked"; "" when the text does not tell one.

    With ``counted`` (the sentences the dead counted so far were read from), a count that takes its side from its
    sentence's dead tells one only where those dead were counted: "three Taliban fighters were killed and seven
    wounded", in the group's own account, after the officials' 12 Taliban dead, is a competing figure of the same
    side's losses, not one to add to."""
    told: Toll | None = toll
    if not toll.victims or _NO_ONE.fullmatch(toll.victims):
        told = _dead_before(toll, text)
        if counted is not None and text not in counted:
            return ""
    if told is None or not told.victims or _NO_SIDE.search(told.victims):
        return ""
    if ATTACKERS.search(told.victims):
        return "attackers"
    return "attacked" if told.target_type or told.nationality else ""


def note_first_side(draft: Draft, toll: Toll, sentence: Sentence) -> None:
    """Keep the side of the count of the wounded just set (the first, or one that replaced it)."""
    if toll.what == "injured":
        draft.values[FIRST_SIDE] = wounded_side(toll, sentence.text)
        draft.values.pop(BOTH_ADDED, None)


def other_side_wounded(draft: Draft, toll: Toll, sentence: Sentence) -> bool:
    """Whether a later count of the wounded is of the other side from the wounded counted so far, to add to them."""
    if toll.what != "injured" or draft.values.get(BOTH_ADDED) or toll.casualties.best is None:
        return False
    first = draft.values.get(FIRST_SIDE)
    if not first or draft.evidence.get("injured") == sentence.text:
        return False
    side = wounded_side(toll, sentence.text, counted=draft.evidence.get("killed", ""))
    return bool(side) and side != first
