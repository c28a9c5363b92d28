"""Aircraft that only crossed into the airspace: not the actor of the shelling they flew over.

"Four children were killed in the shelling, the statement said, and Pakistani army helicopters had violated Afghan
airspace, hovering over parts of the district" (Khaama Press 667): the helicopters flew over, the shelling killed.
The side's aircraft "violated", "entered" or "crossed into" the airspace is an incursion, not the act; the reader
took it as the act ("violated" names who broke a border). When the sentence the perpetrator came from tells
aircraft only entering the airspace and the incident's weapons hold no air strike or drone, the perpetrator is
dropped and the allegation kept (the statement still says who fired from where). Aircraft that entered and then
"attacked" or "bombed" are read as before.
"""

from __future__ import annotations

import re

from .draft import Draft

_AIRCRAFT = r"(?:helicopters?|gunships?|aircraft|planes?|jets?|drones?)"
#: "helicopters had violated Afghan airspace", "jets entered the country's airspace".
_INTO_AIRSPACE = re.compile(
    rf"\b{_AIRCRAFT}\s+(?:had\s+|have\s+|has\s+)?(?:violated|entered|crossed\s+into|intruded\s+into)\s+"
    r"[^.;,]{0,30}?\bairspace\b",
    re.IGNORECASE,
)
_STRUCK = re.compile(r"\b(?:attacked|bombed|bombarded|struck|fired|opened fire|hit)\b", re.IGNORECASE)


def airspace_only(draft: Draft) -> None:
    """Drop aircraft that only entered the airspace as the actor (see the module)."""
    perpetrator = str(draft.values.get("perpetrator") or "")
    evidence = draft.evidence.get("perpetrator", "")
    if not re.search(rf"\b{_AIRCRAFT}$", perpetrator, re.IGNORECASE):
        return
    if {"airstrike", "drone"} & set(draft.values.get("weapons", [])):
        return
    into = _INTO_AIRSPACE.search(evidence)
    if into is None or _STRUCK.search(evidence[into.start() :]):
        return
    draft.forget("perpetrator")
    draft.notes.append("Aircraft told only entering the airspace: not the actor of the shelling.")
