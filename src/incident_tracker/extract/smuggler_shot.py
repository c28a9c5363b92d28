"""A smuggler shot with no clash told is a civilian: the target of the attack the reader typed.

Issue 14 (extract183): the rulings of 2026-12-07 (third, *A smuggler shot with no clash told*) code a smuggler the
guards shot, with no fire back told (`Violence against civilians / Attack`, the seventh-round cases), with the target
type `civilians`, "as ACLED's type says". The reader types such a shooting `Attack` already, but reads no target
from the dead man's noun: a smuggler, a trafficker, a courier or a "border violator" is no victims' noun of its
vocabulary (they are an armed side in a clash). So an `Attack` with no target, whose toll's sentences tell the men
hit by such a noun, hit civilians: "border guards … have shot dead a drug smuggler who, they say, was carrying …"
(VOA 331), "the servicemen opened fire to kill, and the border violator died" (Pravda 942), "killed two Afghan drug
couriers" (RFE/RL 330), each coded so. A clash (smugglers who fire back) is typed a battle and keeps no target.
"""

from __future__ import annotations

import re

from .draft import Draft

#: Men told by their trade across the line: "a drug smuggler", "two Afghan drug couriers", "the border violator".
_SMUGGLERS = re.compile(
    r"\b(?:smugglers?|traffickers?|couriers?|(?:border|frontier)\s+violators?|violators?\s+of\s+the\s+(?:state\s+)?border)\b",
    re.IGNORECASE,
)


def smuggler_shot(draft: Draft) -> None:
    """Target ``civilians`` for an ``Attack`` on smugglers, couriers or border violators (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Attack" or values.get("target_type"):
        return
    for field in ("killed", "injured"):
        told = draft.evidence.get(field, "")
        if values.get(field) and _SMUGGLERS.search(told):
            values["target_type"] = "civilians"
            draft.evidence["target_type"] = told
            draft.notes.append("Civilians: smugglers shot with no clash told, as the coding rules it (.smuggler_shot).")
            return
