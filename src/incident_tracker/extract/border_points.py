"""Places on the border line itself that reports name without a preposition the reader knows: a named stretch of
the border, the border area between two named places, and the point where three borders meet.

"The two border services clashed on the Batken stretch of the frontier", "shots were fired on the Isfara section of
the border", "on the Panj stretch of the border", "on the Galaba-Amuzang stretch of the line": the stretch is named
after the place it runs by, and it is the scene the report gives (the coders keep the whole phrase). "Near the point
where the borders of Kyrgyzstan, Uzbekistan and Kazakhstan meet", "in the area where three countries' borders
meet": the tripoint is the scene. "In the border area between Afghanistan's Nimroz province and Iran's Hirmand"
is the area on the line between the two; "the border area between the two countries", which names neither, is not.
None was read before (docs/extract-journal.md, "The place field out of sample"): the name before "stretch" is no
place after a preposition, and the tripoint and the area between name only countries or come after "between".

A stretch named by two peoples ("the Kyrgyz-Tajik section of the state border") names the border, not a place on
it, and is left alone; so is a stretch said in a wrong role (where someone spoke). The phrase is kept as written,
so the geocoder finds no point for it and the country is left to the other readings; a stretch ranks as a line,
so a village, area or post named later in the incident's sentences is still the narrower place.
"""

from __future__ import annotations

import re

from .draft import state_code
from .place_patterns import CAP, NAME_ONCE, NAME_RUN

#: "the Batken stretch of the frontier", "the Isfara section of the border", "the Galaba-Amuzang stretch of the line".
#: Also "a sector of the Panj stretch of Tajikistan's border with Afghanistan" (REGNUM 920): a country's border.
_STRETCH = re.compile(
    rf"\b(?:on|along|in|at|across|of)\s+the\s+(?P<phrase>(?P<name>{NAME_RUN})\s+"
    rf"(?:stretch|section|segment)\s+of\s+(?:the|{CAP}[’']s)\s+(?:(?:state|international|common)\s+)?"
    r"(?:border|frontier|line)\b)"
)
#: "near the point where the borders of A, B and C meet", "in the area where three countries' borders meet".
_TRIPOINT = re.compile(
    r"\b(?:(?P<near>near|close\s+to)\s+|(?:in|at|on)\s+)?(?P<phrase>the\s+(?:point|area|place|spot)\s+where\s+"
    r"(?:the\s+)?(?:borders?\s+of\s+[^.;:]{3,80}?|(?:[\w’'-]+\s+){1,3}?borders)\s+meet)\b"
)

#: "in the border area between Afghanistan's Nimroz province and Iran's Hirmand" (BBC 175, 76): the area on the line
#: between two named places, to the clause's end. Each name is read whole (possessive): a name that could end
#: anywhere in a pasted run of hyphenated words made the search grow with the square of the run
#: (bench/runaway_patterns.py).
_BETWEEN = re.compile(
    r"\b(?:in|on|at|near)\s+(?P<phrase>the\s+border\s+(?:area|region|zone|strip)\s+between\s+"
    rf"[^.;,]{{0,40}}?{NAME_ONCE}[^.;,]{{0,30}}?\s+and\s+[^.;,]{{0,40}}?{NAME_ONCE})(?=\s*[.;,]|\s*$)"
)


def border_point(text: str) -> tuple[str, int] | None:
    """The stretch of the border or the tripoint the sentence puts the event on, as written, with where its phrase
    starts (for the caller's role check); None when it names neither, or a stretch only by two peoples."""
    stretch = _STRETCH.search(text)
    if stretch and not any(state_code(word) for word in re.split(r"[\s-]+", stretch.group("name"))):
        return " ".join(stretch.group("phrase").split()), stretch.start()
    between = _BETWEEN.search(text)
    if between:
        return " ".join(between.group("phrase").split()), between.start()
    tripoint = _TRIPOINT.search(text)
    if tripoint:
        near = f"{tripoint.group('near')} " if tripoint.group("near") else ""
        return near + " ".join(tripoint.group("phrase").split()), tripoint.start()
    return None
