"""Gunfire and blasts together against a state's forces: a fight, not a remote explosive (issue 14, extract154).

"The security forces said they had beaten off an armed terrorist attack on a naval airbase …, after gunfire and
explosions shook the town" (Dawn 613), "has come under attack, with gunfire and several explosions reported" (DD News
614), "explosions and heavy gunfire lasting more than three hours" (Bharat Express 615), "terrorists … attacked a
Pakistani border post …; the attackers opened fire", bombs told beside it (News Riveting 195): the blasts, named
with no device (no mine, no roadside or improvised bomb, no bomber), come with the guns of men who attack, and the
coders type the incident *Battles / Armed clash*. The type reading, finding explosives and no air strike, shell or
bomber, typed them *Remote explosive/landmine/IED*. Counted over all dev drafts (main 6e5bca8e) typed a remote
explosive (66): the four whose weapons are firearms and plain explosives together are all four coded *Armed clash*;
of the 62 with an improvised device (26) or explosives alone (36), 60 are coded a remote explosive. A draft whose
target is civilians (a market, a bus, a crowd, where a bomb and shots are an attack on them) is left: none is on dev.
"""

from __future__ import annotations

from .draft import Draft

#: The targets of a fight between armed men: a state's forces or officials, or none read.
_ARMED_TARGETS = frozenset({"military", "police", "border_guards", "government"})


def gunfire_and_blasts(draft: Draft) -> None:
    """Type as an armed clash a remote explosive whose weapons are guns and plain explosives (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Remote explosive/landmine/IED":
        return
    if set(values.get("weapons") or []) != {"firearms", "explosives"}:
        return
    if values.get("target_type") and values["target_type"] not in _ARMED_TARGETS:
        return
    values["event_type"] = "Battles"
    values["sub_event_type"] = "Armed clash"
    draft.notes.append("Gunfire and blasts with no device named, against armed men: an armed clash.")
