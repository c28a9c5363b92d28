""" "Aksu Prefecture": the English word for China's prefecture (地区) read as a unit word after a name.

The ninety-second batch's dev g8960 ("Aksu Prefecture") was looked up whole and found nothing, though "Aksu" alone is
Aqsu, the prefecture's seat. A prefecture bears its seat's name, and the set labels one named alone ``coarser`` at
that seat with a tolerance that covers the prefecture's towns (Aksu 100 km), as it labels a county at its seat; so the
word is read off the name as "county" is, and the name answered at the district's precision. Only after the name
itself: as a context part ("Pishan county, Hotan prefecture") the prefecture would bound the county to its seat's
surroundings (a prefecture's seat lies in one corner of it: Kashgar's holds eleven counties) and is left unread, as
the Chinese reader drops "地区" before a finer unit (:mod:`.phrase_han`).
"""

from __future__ import annotations

import re

__all__ = ["prefecture_off"]

#: A name, then "prefecture" ("Aksu Prefecture", "the Hotan prefecture"), not "autonomous prefecture" (a name the
#: reader reads whole, as China's own, where it knows one).
_PREFECTURE = re.compile(r"(?<!autonomous)\s+prefecture$", re.IGNORECASE)


def prefecture_off(head: str, level: str | None = None) -> tuple[str, str | None]:
    """``head`` without a closing "prefecture", and "admin2" if there was one; else ``head`` and ``level`` (the level
    a unit word already read off gave: "prefecture" is read only where no other unit word was)."""
    match = _PREFECTURE.search(head) if level is None else None
    if match is None or match.start() == 0:
        return head, level
    return head[: match.start()].strip(), "admin2"
