"""A village told by its kind, where the act happened, narrows a district or a bare name told before it.

"killed by direct fire from border forces in Saravan", then "shot at him near the village of Haqabad" (Kolbar News
1042); "in the Shamsiddin Shohin district", then "It happened … close to the village of Sarichashma" (Asia-Plus 423);
"in South Waziristan Agency", then "patrolling on a motorcycle in the village of Toikhola" (740): the coders keep the
village, as they keep "the Bagan area" after "Kurram district". Read only where the village is where something
happened (after "near", "close to", "in", "at", "outside"), never where someone came from or lived ("from the village
of Charbak", 674; "a resident of the village of", 913; "who lived in the village of Jakan", 1042), nor a village beside
("the nearby village of Sharkhabad", 228); and only after a place read from a bare "in X", never after a village, a
post or an area read by its kind ("a post at the village of Lakon", then "another border post, in the village of
Pulgon": another incident's village, Reuters 947). Extract149 tried every village so told as narrower and lost as many
values as it gained (228, 674, 947, 913, 131): these are the roles that cost.
"""

from __future__ import annotations

import re

#: Where the act happened, right before "the village of": "near", "close to", "in", "at", "outside".
_AT = re.compile(r"\b(?:near|close\s+to|in|at|outside)\s+$", re.IGNORECASE)
#: Where someone lived or came from, a few words before: "who lived in", "a resident of", "natives of", "from".
_HOME = re.compile(
    r"\b(?:lived|lives|living|live|resident|residents|native|natives|hails?|hailed|born|from|home)\b(?:\s+\S+){0,2}\s+$",
    re.IGNORECASE,
)
#: A village beside the one in the scene: "the nearby village of", "the neighbouring village of".
_BESIDE = re.compile(r"\b(?:nearby|neighbou?ring|adjacent|next)\b", re.IGNORECASE)


def village_narrower(kind: str, told: str, before: str, current_path: str, current_rank: int) -> bool:
    """Whether "the village of X" (``told``, after ``before`` in its sentence) ranks as narrower than the place read
    so far: a district or a bare name (``current_rank`` 2) read from a bare "in X" (``current_path``)."""
    if kind != "village" or current_path != "in X" or current_rank != 2:
        return False
    return bool(_AT.search(before)) and not _HOME.search(before) and not _BESIDE.search(told)
