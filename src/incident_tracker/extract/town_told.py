"""A town told by its kind after its name narrows the place only when it is said to lie in the place told before.

"Six mortar rounds landed in Pakistan's North Waziristan tribal region", then "fell near a post at Ghulam Khan, a small
town on the border in North Waziristan" (Xinhua 1010): the town lies in the region the lead named, so it is the
narrower scene, as "the Bagan area" after "Kurram district" is. A town apposed with no such tie ("near the town of
Sarkai …; Sarkai lies close to Dara Kot, a small town on the border") may be a neighbour, a landmark or a home, and
a town told first stays the place (issue 14, extract149).
"""

from __future__ import annotations

import re


def town_inside(kind: str, rest: str, current: str | None) -> bool:
    """Whether an apposed kind ranks its name as narrower than the place told before (``current``): any kind but a
    town does (a post, a village); a town only when the words after it, to the clause's end, put it in that place.
    ``current`` is the draft's place so far (a name as the text gives it), None before one is set."""
    if kind != "town":
        return True
    if not current:
        return False
    name = re.sub(r"\s+(?:district|province|region|county|oblast)$", "", current)  # "in Zarin" for "Zarin district"
    return re.match(rf"[^.;:]*?\b(?:in|of)\s+(?:the\s+)?{re.escape(name)}\b", rest) is not None
