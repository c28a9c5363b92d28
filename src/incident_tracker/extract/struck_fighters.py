"""A drone's strike on militants is aimed at no state's forces: no ``military`` target.

The toll's noun gives a draft its target: "fighters" are ``military`` in the vocabulary, since a state's fighters or a
militia's are one side's armed men. A drone's missiles on the fighters of an armed group are the other case: "Thirteen
fighters died when a US missile strike flattened a compound" (AFP 1646), "killing 15 to 18 fighters" (Tribune 1529),
"the missiles were fired at a hideout of Taliban fighters" (Reuters 1465), "have killed at least seven fighters" (Al
Jazeera 1470). The rulings' *Drone strikes where witnesses count locals among the dead* leave the target empty when
the report gives the strike a militant target (a hideout, a commander's compound, suspected militants), and the dev
codings of drone strikes hold no ``military`` target but for strikes that hit a state's soldiers at their posts (the
coalition's helicopters on Pakistani posts: 846, 915, 917). :mod:`.refuge` empties a ``civilians`` target the same way
for a house told as fighters' shelter.

Only a drone strike (``drone`` among the weapons): an air force's strike on fighters storming a district (984, the
Afghan forces on the Taliban in 2021) is a battle's side, coded ``military``, and is left as it is. A toll or victims
phrase that names a state's men (soldiers, troops, guards, police, personnel) keeps its target.
"""

from __future__ import annotations

import re

from .draft import Draft

#: The armed men of a group, as a toll names them.
_GROUPS_MEN = re.compile(
    r"\b(?:fighters?|militants?|insurgents?|Taliban|Taleban|al[\s-]Qaeda|Qaeda|terrorists?|rebels?|guerrillas?|"
    r"jihadists?|extremists?|hide-?outs?|compounds?|camps?)\b",
    re.IGNORECASE,
)
#: A state's men: the target is then theirs.
_STATE_MEN = re.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|personnel|guards?|police(?:m[ae]n)?|army|jawans|security\s+forces|"
    r"Frontier\s+Corps|sepoys?|officers?|posts?|checkposts?)\b",
    re.IGNORECASE,
)


def struck_fighters(draft: Draft) -> None:
    """Empty the ``military`` target of a drone strike whose victims are a group's fighters (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Air/drone strike" or values.get("target_type") != "military":
        return
    if "drone" not in (values.get("weapons") or []):
        return
    told = " ".join(str(values.get(name) or "") for name in ("victims", "_killed_who", "_injured_who"))
    if not _GROUPS_MEN.search(told) or _STATE_MEN.search(told):
        return
    draft.forget("target_type", "victim_nationality", "civilian_targeting")
    draft.notes.append("target left empty: the drone's missiles were aimed at a group's fighters, no state's forces.")
