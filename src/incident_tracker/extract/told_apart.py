"""Another attack of the same roundup, told in a paragraph of its own with no day of its own.

A report of a day's attacks in several places often names them in its lead ("three terrorist incidents took
place in the province: a shooting by a school, gunfire at a regiment's vehicles, and gunfire at officers") and
then gives each its own paragraph and toll: "In another incident, vehicles of the regiment were attacked, and
two border guards were killed", "In the shooting at officers on the X road, two were wounded". Each is its own
record (the coding notes: a roundup's places with their own facts are one record each); read into the first
attack, its place and its wounded would replace or add to that attack's. So is a paragraph that opens on another
place ("In South Waziristan, a bomb killed a sepoy", :func:`elsewhere`).

Only a paragraph that opens by setting itself apart is another attack: "In another incident" anywhere, and "In
the shooting (attack, ambush) at/on …" in a report whose lead announced several incidents, when the attack read
so far already has its toll and the paragraph tells one of its own. "In the attack on the checkpost, three
soldiers were killed", in a report of one attack, goes on about that attack.
"""

from __future__ import annotations

import re

from .casualties import find_tolls
from .reader_patterns import OPENS_ON_PLACE, SAME_AREA
from .vocab import VIOLENCE

#: "In another incident, …", "In another attack, …": another attack, whatever the lead said.
_ANOTHER_OPENING = re.compile(r"\s*In\s+(?:an)?other\s+(?:incident|attack|ambush|shooting)\b", re.IGNORECASE)
#: "In the shooting at officers on the X road, …": one of the attacks the lead announced, by what it was.
_ONE_OF_THEM = re.compile(
    r"\s*In\s+the\s+(?:shooting|attack|gunfire|ambush|assault)\s+(?:at|on|against|in\s+front\s+of)\s", re.IGNORECASE
)

#: Its own harm, when the count is told in a way the toll reader does not read ("killing the two police officers").
_HARMED = re.compile(r"\b(?:killing|killed|martyred|wounding|wounded|injuring|injured)\b", re.IGNORECASE)


def told_apart(text: str, *, tolled: bool, several: bool) -> bool:
    """Whether an undated sentence that opens a paragraph opens another attack of the roundup (see the module's
    docstring): ``tolled``, the attack read so far has a toll; ``several``, the lead announced several incidents."""
    if not tolled or not (find_tolls(text) or _HARMED.search(text)):
        return False
    return bool(_ANOTHER_OPENING.match(text) or (several and _ONE_OF_THEM.match(text)))


def elsewhere(text: str, current: dict[str, object], *, tolled: bool) -> bool:
    """Whether an undated violent sentence that opens a paragraph opens it on another place, while the current
    incident (``current``, its values) already has its toll and a place that shares no word with the new one."""
    opening = OPENS_ON_PLACE.match(text)
    place = str(current.get("place") or "")
    if SAME_AREA.match(text) and VIOLENCE.search(text) and tolled:
        return True  # "In the same district, a roadside bomb struck a vehicle": another attack there
    if opening is None or not place or not tolled:
        return False
    violence = VIOLENCE.search(text, opening.end())
    before = text[opening.end() : violence.start() if violence else len(text)]
    if re.search(r"\b(?:said|says|told|reported|added|spokes(?:man|woman|person)|officials?)\b", before):
        return False  # "In Peshawar, security officials said …": where it was said, not another scene
    return not set(opening.group("place").lower().split()) & set(place.lower().split())
