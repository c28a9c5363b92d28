"""How near a named place the scene was, as the report tells it: the words the geocoder needs for ``near``.

A lead that puts an attack "near the town of Saravan", "15 kilometres north of Saravan" or "a few miles from
Saravan" names the town as the point its coordinates stand in for, not as the scene itself (the codebook's
``geo_precision`` ``near``). The reader used to hand the geocoder "Saravan" for the first (exact) and nothing for
the others; these phrases keep the words, so the geocoder's own reading of "near" and of distances decides: a
distance of more than its ``NEAR_KM`` leaves the place unlocated ("200 km south of Saravan" is not near Saravan),
never ``near``. A distance told after a comma describes a place already named ("in Shkin, some 30 km from
Sharana"), and one told after another place in the clause measures from it, so neither is the scene.
"""

from __future__ import annotations

import re

from .place_patterns import CAP

#: "near", "close to", "outside" … right before "the town of X": kept with the place.
NEAR_BEFORE = re.compile(
    r"\b(?P<near>near|close\s+to|outside|on\s+the\s+outskirts\s+of|in\s+the\s+vicinity\s+of)\s+$", re.IGNORECASE
)

_UNIT = r"(?:km|kms|kilomet(?:er|re)s?|miles?)"
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
#: "15 kilometres north of Saravan", "some 20 km from the border town of Saravan", "a few miles from Saravan": a
#: distance (with its direction) from a named place, told as the scene, not after a comma.
DISTANCE_FROM = re.compile(
    rf"(?<![,;(])(?<![,;(]\s)\b(?P<phrase>(?:(?:some|about|around|nearly|roughly|approximately)\s+)?"
    rf"(?:\d+(?:[.,]\d+)?|a\s+few|several)\s*-?\s*{_UNIT}\s+(?:(?:to\s+the\s+)?{_COMPASS}\s+)?(?:away\s+)?"
    rf"(?:of|from)\s+(?:the\s+)?(?:(?:border\s+)?(?:town|city|village)\s+of\s+)?"
    rf"(?P<name>{CAP}(?:[\s-]+{CAP})*)(?![\w’'-]))"
    # "15 km from the Pakistan-Iran border", "5 kilometres from the Khar Kamar Post": a line or a post measured
    # from is no town the scene is near
    r"(?!\s+(?:border|frontier|line|post|[Pp]ost|checkpoint|[Cc]heckpost|crossing)\b)"
)
#: A distance right before "the town of X": "in Nok Kundi, some 30 km from the town of Taftan" measures a place
#: already named from the town, which is then not the scene.
DISTANCE_BEFORE = re.compile(
    rf"\b(?:\d+(?:[.,]\d+)?|a\s+few|several)\s*-?\s*{_UNIT}\s+(?:(?:to\s+the\s+)?{_COMPASS}\s+)?(?:away\s+)?"
    r"(?:of|from)\s+$",
    re.IGNORECASE,
)
#: extract176: a distance told as where a named place lies ("Lash wa Juwayn lies 90 kilometres from Farah city",
#: KabulNow 1503; "Saravan lies 340 kilometres south of Zahedan", "the crossing, which lies about 55 kilometres
#: west-northwest of Peshawar"): the report's line of geography about a place, in 14 dev reports of 12 outlets,
#: never the scene; drafted as the scene only in 1503, where it stood in for the district the lead had named.
LIES_BEFORE = re.compile(r"\b(?:lies|lie|lay|sits|is|are|(?:is\s+|are\s+)?(?:located|situated))\s+$", re.IGNORECASE)
