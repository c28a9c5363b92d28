"""Bombs and mines being defused are no weapon of the event: "finding and defusing the roadside bombs and mines".

A report of ground retaken or of a blast often tells the clean-up: "the joint forces are now finding and defusing the
roadside bombs and mines the enemy planted in the area" (Raha Press citing Xinhua, 1584, a retaking with no weapon
coded; round 101's first score drafted `ied` from it), "found a second bomb near the mosque and defused it" (Reuters
946), "found explosives and hand grenades in Kohat … and defused them" (The News 497). A device defused went off on no
one: like arms recovered (:data:`.weapons_read._HAUL`), it is no weapon used, even where the sentence says who planted
it ("planted" is otherwise a word of use). A device that went off while being defused ("a second device went off as
they worked to defuse it", 575) was used, and stays. Three dev reports of three outlets tell a defusing; the other two
drafts took their weapons elsewhere (946's bomb that went off; 497's grenade thrown), so only 1584 moves.
"""

from __future__ import annotations

import re

#: Defusing, disarming or clearing a device: "defusing the roadside bombs", "defused them", "were defused".
_DEFUSED = re.compile(r"\b(?:defus(?:e|ed|es|ing)|disarm(?:ed|ing)|made safe)\b", re.IGNORECASE)
#: The device went off all the same: "a second device went off as they worked to defuse it".
_WENT_OFF = re.compile(r"\b(?:went off|exploded|detonated|blew up|blast|explosion)\b", re.IGNORECASE)


def defused_near(near: str) -> bool:
    """Whether the words around a weapon (``near``, as :func:`.weapons_read._hauled` takes them) tell it being
    defused, and not that it went off."""
    return bool(_DEFUSED.search(near)) and not _WENT_OFF.search(near)
