"""Rocket-propelled grenades beside small arms: an assault's weapons, not a shelling.

"Some 40 attackers closed in on the post with heavy and light arms, rocket-propelled grenades, sub-machineguns and
light machineguns among them" (Dawn 670); "security forces used both firearms and rocket-propelled grenades" (AP 45).
A rocket-propelled grenade is fired from the shoulder by men who are also shooting: its ``rocket`` stays among the
weapons, as the coders list it, but does not make the incident a ``Shelling/artillery/missile attack``, which is
fire from afar. Only when the rocket the weapons were read from is the grenade alone (no "rockets were fired" told
besides) and small arms were used with it; the type is then read as if no rocket had been fired.
"""

from __future__ import annotations

import re

from .draft import Draft

#: The shoulder-fired grenade, by its names.
_HAND_HELD = re.compile(r"\brocket[- ]propelled\s+grenades?\b|\bRPG(?:-7)?s?\b", re.IGNORECASE)
#: A rocket word of any other kind: "rockets were fired", "a rocket attack".
_ROCKET = re.compile(r"\brockets?\b", re.IGNORECASE)


def rocket_in_hand(draft: Draft) -> bool:
    """Whether the incident's only rocket is a rocket-propelled grenade fired with small arms (see the module)."""
    weapons = set(draft.values.get("weapons", []))
    if "rocket" not in weapons or "firearms" not in weapons or weapons & {"artillery", "mortar", "missile"}:
        return False
    told = draft.evidence.get("weapons", "")
    return bool(_HAND_HELD.search(told)) and not _ROCKET.search(_HAND_HELD.sub(" ", told))
