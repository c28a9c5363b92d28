"""Shots fired from across the line that hit no one: an armed clash, not an attack on civilians (issue 14).

"At about 21:15 yesterday, unknown people fired seven or eight shots from the Tajik side near the border line"
(Bulak.kg 1038): no one hurt, no one named as aimed at, and the coding, as the corpus codes a shot from across the
line (round 81's notes; 1032, 1037-1039, 1020), types it *Battles / Armed clash* with the origin alone. The type
reading, finding no force hit and no fight, fell back on *Violence against civilians / Attack*. Counted over all dev
before the reading was written: of the drafts typed *Attack* with no toll, no target and firearms alone, the ones
whose fire is told as coming from the other side or across the border are 1038 (coded *Armed clash*); the rest name
victims (migrants shot, a driver hurt) whose toll went unread, and stay.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: Fire told with where it came from: "fired seven or eight shots from the Tajik side", "shots were fired from across
#: the border", "shooting from Tajik territory".
_FIRE_FROM_ACROSS = re.compile(
    r"\b(?:fired|shots?|shooting|gunfire)\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:(?:[A-Z][a-z]+|other|opposite|neighbouring)"
    r"\s+(?:side|territory|bank)|across\s+the\s+(?:border|line|frontier|river))\b"
)
#: Anyone told hit, by a word of harm: then it was aimed at someone, and the attack stands.
_HARM = re.compile(r"\b(?:killed|wounded|injured|hurt|dead|died|hit|struck|beaten|casualt)", re.IGNORECASE)


def shots_unhurt(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """An armed clash for shots from across the line that hurt no one and were aimed at no one (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Attack" or values.get("target_type") or values.get("victims"):
        return
    if values.get("killed") or values.get("injured") or list(values.get("weapons") or []) != ["firearms"]:
        return
    own = draft.own_sentences(sentences, background)
    told = next((s for s in own if _FIRE_FROM_ACROSS.search(s.text)), None)
    if told is None or any(_HARM.search(s.text) for s in own):
        return
    draft.set("event_type", "Battles", told, replace=True)
    draft.set("sub_event_type", "Armed clash", told, replace=True)
    draft.forget("target_type", "civilian_targeting")
    draft.notes.append("Shots from across the line that hit no one: an armed clash, not an attack on civilians.")
