"""An alliance's force told with where it is based or whose it is, as the subject of the act: "forces of the US-led
coalition in Afghanistan killed one of its soldiers", "NATO-led coalition forces in Afghanistan fired on a border
checkpost", "helicopter gunships of the US-led coalition in Afghanistan bombed a border post".

:mod:`.coalitions` takes "NATO helicopters" and "US-led coalition forces" for a side when the phrase ends on the force,
so "two NATO helicopters attacked a security post" is read; told with the alliance after "of", or with "in
Afghanistan" between the force and its act, the same side named nobody, and the incident was left ``unattributed``.
Reports of cross-border fire on Pakistan's side from 2005 to 2012 tell the foreign forces so (issue 14, *Actor and
attribution out of sample*: on dev 915, 916 and 917 of round 73, all three first seen missed). The reporter or one
side tells who fired, so it is the codebook's ``alleged``, the force written as the report words it (the coders do).
Fire that answers ("fired back", "in response") is left to the readings of answered fire.
"""

from __future__ import annotations

import re

from .coalitions import _FORCE, _WHO
from .statement import Attribution, clean_side

#: Where the side stands as it acts: Afghanistan, "eastern Afghanistan", "neighbouring Afghanistan".
_BASED = r"(?:\s+(?:in|based\s+in|stationed\s+in|deployed\s+in)\s+(?:eastern\s+|neighbou?ring\s+)?Afghanistan)"
#: Where a clause opens on its subject: the sentence's start, a comma, or a word that introduces a clause.
_OPENS = r"(?:^|[,;:]\s+|\b(?:says?|said|that|when|after|as|and)\s+)"
_COALITION_ACTED = re.compile(
    rf"{_OPENS}(?P<perp>"
    # "helicopter gunships of the US-led coalition in Afghanistan", "forces of the NATO-led coalition"
    rf"(?:(?:the\s+)?(?:helicopter\s+)?{_FORCE}\s+of\s+the\s+{_WHO}(?:\s+(?:forces|troops))?{_BASED}?)|"
    # "NATO-led coalition forces in Afghanistan", "US troops based in Afghanistan"
    rf"(?:(?:the\s+)?{_WHO}(?:\s+[A-Za-z-]+){{0,2}}?\s+{_FORCE}{_BASED}))"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|again\s+)?"
    r"(?:fired|attacked|bombed|shelled|killed|opened\s+fire|struck|raided|hit|targeted)\b"
    r"(?!\s+(?:back|in\s+response|in\s+self-defen[cs]e)\b)"
)


def coalition_acted(text: str) -> Attribution | None:
    """The alliance's force told as acting, with its base or its owner after it, as ``alleged`` (or None)."""
    match = _COALITION_ACTED.search(text)
    if match is None:
        return None
    return Attribution("alleged", perpetrator=clean_side(match.group("perp")))
