"""A drone strike on fighters or militants has no target type: the coding leaves a strike on a militant target empty.

Issue 14 (extract183): the rulings of 2026-12-07 code a drone strike's target as what it was aimed at, and leave it
empty for a militant target: "the target type stays empty for a strike on them, as for any militant target" (the
sixth rulings, *Scare-quoted "suspected militants"*), and for a strike "a hideout, a commander's compound, suspected
militants" (the fourth, *Drone strikes where witnesses count locals*). The reader already gives "militants" and
"people" killed by a strike from the air no target; but "fighters" is a force's noun in its victims vocabulary (the
Taliban's fighters as the state's men, militias' fighters), so a drone strike's fighters were `military`: "Missiles
fired by what is suspected to be a US drone have killed at least seven fighters" (Al Jazeera 1470), "killing 15 to 18
fighters" (The Express Tribune 1529), "the missiles were fired at a hideout of Taliban fighters" (Reuters via Sauress
1465), all three coded with no target. So a drone strike's `military` target read from victims who are a group's
fighters or militants, and no state's soldiers, troops, police or guards, is left empty.

Only a drone's strike, the rulings' case: the one air force's strike on fighters in dev, the Afghan air force's on
Taliban fighters massing to storm a district (Kayhan citing AFP 984), is coded `military`, a battle's side; a strike
on a force named as the state's ("Taliban forces" after 2021, "IRGC fighters") keeps its target.
"""

from __future__ import annotations

import re

from .draft import Draft

#: A group's fighters, told by the victims' phrase: "fighters", "Taliban fighters", "a hideout of Taliban fighters".
_FIGHTERS = re.compile(r"\b(?:fighters?|militants?|insurgents?|hideouts?)\b", re.IGNORECASE)
#: A state's men among them: "soldiers and fighters", "IRGC fighters", "border guards".
_STATE_MEN = re.compile(
    r"\b(?:soldiers?|troops|army|police(?:m[ae]n)?|guards?|forces|personnel|servicem[ae]n|IRGC|Revolutionary|Basij|"
    r"militia(?:s|men)?|uprising)\b",
    re.IGNORECASE,
)


def strike_on_fighters(draft: Draft) -> None:
    """Leave a drone strike's target empty when its victims are a group's fighters or militants (see the module)."""
    values = draft.values
    if values.get("target_type") != "military" or "drone" not in (values.get("weapons") or []):
        return
    victims = str(values.get("victims") or "")
    if not _FIGHTERS.search(victims) or _STATE_MEN.search(victims):
        return
    values.pop("target_type")
    draft.evidence.pop("target_type", None)
    draft.notes.append("No target type: a drone strike on fighters, a militant target (.strike_on_fighters).")
