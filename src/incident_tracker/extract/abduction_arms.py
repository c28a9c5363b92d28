"""What a kidnapping's takers carried: "gunmen" describes the men, it names no weapon used.

In a killing the corpus codes "gunmen attacked the base" as firearms (Tasnim 99, Tehran Times 294, Balochistan Post
713), the shooting being the act. In an abduction nobody need fire: the dev coding of every kidnapping told only by
"gunmen" (The Nation 368; Reuters 728, 737; Raha Press 730) has no weapon named (`unknown`). So once the draft is an
abduction in which no one was killed, whose only firearm word is "gunmen" ("gunman"), the firearm is dropped and the
weapon is the default. (Since extract142 "gunmen" alone name no weapon in a killing either: the coders' later rounds
and the adjudication of 513 keep ``unknown`` where no fire, shot or gun is told, :mod:`.armed_words`.)
"""

from __future__ import annotations

import re

from ..models.vocabularies import SUB_EVENT_TYPE_ALIASES
from .draft import Draft
from .vocab import WEAPON_PHRASES

_ABDUCTION = SUB_EVENT_TYPE_ALIASES["abduction"]
_GUNMEN = re.compile(r"gunm[ae]n", re.IGNORECASE)
_FIREARMS = next(pattern for pattern, weapons in WEAPON_PHRASES if weapons == ("firearms",) and "gunmen" in pattern)


def gunmen_carry_no_named_weapon(draft: Draft, sub_type: str) -> None:
    """Drop ``firearms`` read only from "gunmen" in an abduction (see the module's docstring)."""
    if sub_type != _ABDUCTION or draft.values.get("weapons") != ["firearms"] or draft.values.get("killed"):
        return  # a kidnapping in which men were killed (Tasnim 99: fourteen guards) was done with their guns
    said = re.findall(rf"\b(?:{_FIREARMS})\b", draft.evidence.get("weapons", ""), re.IGNORECASE)
    if said and all(_GUNMEN.fullmatch(word) for word in said):
        del draft.values["weapons"]
        draft.evidence.pop("weapons", None)
