"""Gunships striking the other side's hideouts while the troops fight it on the ground: the fight, not an air strike.

Issue 14 (extract171; the brief's "gunships striking hideouts during a ground fight", left by extract168). "The
militants are said to have attacked the troops, who fired back …; the security forces surrounded the militants in
three places, after which gunship helicopters struck their hideouts" (Dawn 1083), "fighting between militants and the
security forces …, while artillery and helicopter gunships struck the militants' hideouts" (The Express Tribune 879):
both are coded ``Battles / Armed clash`` with ``airstrike`` among the weapons, as the gunships told backing the troops
are (:mod:`.air_support`: Pakistan Today 881 and 889, Pakistan Link 887, Defence.pk 878, read so already). The reader
typed the two an ``Air/drone strike``, for the gunships "struck".

So a draft typed an air strike whose own sentences tell helicopter gunships striking hideouts or positions *and* a
fight on the ground (troops who fired back, clashes, fighting between two sides, an exchange of fire, the militants
surrounded) is the ground fight. What it is not, and is left: gunships or jets striking with no ground fight told (The
Frontier Post 1231: "Helicopter gunships also raided militant positions", coded an air strike), foreign helicopters
striking a post whose men fired warning shots (Dawn 846, The Express Tribune 848: no gunships, and the fire on the
ground is at the helicopters), a drone's strike, and fighter jets or planes named beside the gunships. Shape on dev:
every report with gunships striking hideouts in a ground fight, 2 of 2 outlets (1083, 879). Run with the finished
readings (:func:`.draft_passes.read_each_finished`), after :func:`.unowned_fire.unowned_fire`: a fight whose side the
report does not name keeps no default attribution, as the air strike it was first read as did (879).
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: Gunships striking the other side's places: "gunship helicopters struck their hideouts".
_GUNSHIPS_STRUCK = re.compile(
    r"\bgunships?\b(?:\s+helicopters?)?\s+(?:also\s+)?(?:struck|pounded|targeted|bombed|hit|shelled|raided)\s+"
    r"(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:hideouts?|positions?|hide-outs?|bases?|compounds?)\b",
    re.IGNORECASE,
)
#: The fight on the ground: two sides told fighting, the troops firing back, the enemy surrounded.
_GROUND_FIGHT = re.compile(
    r"\b(?:fired\s+back|returned\s+(?:the\s+)?fire|retaliated|exchange\s+of\s+fire|exchanged\s+fire|gun\s*battle|"
    r"fighting\s+between|clash(?:es|ed)?|surrounded\s+the\s+(?:militants|attackers|insurgents|terrorists))\b",
    re.IGNORECASE,
)
#: An air strike told as such: jets, fighter planes, warplanes, drones.
_PLANES = re.compile(r"\b(?:jets?|fighter\s+planes?|warplanes?|aircraft|drones?|bombers?)\b", re.IGNORECASE)


def gunships_fight(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A ground fight with gunships striking the other side's hideouts, typed an air strike: an armed clash."""
    values = draft.values
    if values.get("sub_event_type") != "Air/drone strike" or "drone" in (values.get("weapons") or []):
        return
    own = draft.own_sentences(sentences, background)
    struck = next((s for s in own if _GUNSHIPS_STRUCK.search(s.text)), None)
    if struck is None or any(_PLANES.search(s.text) for s in own):
        return
    if not any(_GROUND_FIGHT.search(s.text) for s in own):
        return
    draft.set("event_type", "Battles", struck, replace=True)
    draft.set("sub_event_type", "Armed clash", struck, replace=True)
    draft.notes.append("Gunships struck the hideouts in a fight on the ground: the fight, not an air strike.")
