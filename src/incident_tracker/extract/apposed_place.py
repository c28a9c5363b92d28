"""A larger unit told after a comma places the name before it: the scene is the name, not the unit.

Issue 14 (extract183): the fifth rulings of 2026-12-07 (*A locative phrase after a comma*) quote a place "up to its
comma": "…, in Pakistan's North Waziristan Agency", ", near the border" place what precedes in a larger unit and are
left. The reader took such a unit for the scene whenever its own wording ranked it narrower than a bare name ("the
Ali Mangola area" over "Mandato Kandaou"), or read it by a pattern tried before the name's ("the province of X",
"the southeastern city of X"): "crossed into Pakistan at Mandata Kandaho, in the Ali Mangola area of Upper Kurram
Agency" (The Express Tribune 848; Dawn 846), "attacked the police and FC posts at Miskini Darra, in the Kharki area"
(The News 890), "The mine blew up in the mountain area of Langar, in the Urmetan jamoat of …" (Asia-Plus 420), "near
the border of Saravan, in the province of Sistan and Baluchestan" (Al Jazirah 710), "a border post in Gazbostan,
close to the southeastern city of Saravan" (Tasnim 99), "a security check post in MaliKhel, in the Bannu district"
(National Herald 543). So when a sentence's reading placed the draft inside such an apposition, the name before the
comma is the place, and a district, tehsil, province or county so told is where it lies (the geocoder's hint).

Not read so: a unit after a unit ("in Zhob district, in the Sambaza area": the area narrows the district, as the
ruling keeps a phrase that narrows what precedes), after a country ("of Uzbekistan, in the Surkhandarya region"), or
after a name that is no place's (a weekday, a demonym); and never a village or a post after the comma, which may
narrow a name.
"""

from __future__ import annotations

import re

from .draft import Draft, country_code
from .place_patterns import NAME_RUN, NOT_PLACES
from .sentences import Sentence
from .vocab import DEMONYMS

#: The kinds of a unit that holds a named place: an area, a district and what is larger.
_UNIT = r"(?:area|district|tehsil|agency|Agency|province|region|jamoat|county|subdivision|oblast)"

#: A place's name, told after a word of place ("in", "at", "near", "of"), then a comma and a larger unit in it or
#: near it: "at Miskini Darra, in the Kharki area", "of Langar, in the Urmetan jamoat", "in Gazbostan, close to the
#: southeastern city of Saravan", "of Saravan, in the province of Sistan and Baluchestan".
_APPOSED = re.compile(
    rf"\b(?:in|at|near|of|outside)\s+(?:the\s+)?(?P<name>{NAME_RUN})"
    rf"(?P<unit>,\s+(?:in|near|close\s+to|inside)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{0,2}}?(?:{NAME_RUN}[’']s\s+)?"
    rf"(?:(?:[a-z-]+\s+)?{NAME_RUN}\s+{_UNIT}|(?:province|region|district)\s+of\s+{NAME_RUN})|"
    rf"(?:[a-z-]+\s+){{0,2}}(?:city|town)\s+of\s+{NAME_RUN})\b[^,;.]*)"
)

#: A name that ends in a unit's own kind is a unit already ("Kurram Agency", "Zhob District"): what follows narrows it.
_UNIT_NAME = re.compile(rf"\b(?i:{_UNIT}|valley|division|state)$")

#: The unit the name lies in, for the geocoder: "in the Bannu district", "in Sistan-Baluchestan province".
_WITHIN = re.compile(rf"(?P<within>{NAME_RUN}\s+(?:district|province|tehsil|county))\b")

#: What a place phrase says before its name: "near", "close to the southeastern city of".
_LEAD_WORDS = re.compile(r"\b[a-z][\w-]*\b")


def name_before_its_comma(draft: Draft, sentence: Sentence, text: str) -> None:
    """The draft placed by this sentence inside a larger unit told after a place's name and a comma: the name is the
    place, the unit where it lies (see the module)."""
    place = str(draft.values.get("place") or "")
    named = {word.lower() for word in _LEAD_WORDS.sub(" ", place).split()}
    if not named:
        return
    for match in _APPOSED.finditer(text):
        name = match.group("name")
        first = name.split()[0].lower()
        if _UNIT_NAME.search(name) or country_code(name) or first in NOT_PLACES or first in DEMONYMS:
            continue
        unit = match.group("unit")
        if not named <= {word.lower() for word in re.findall(r"[\w’'-]+", unit)}:
            continue  # the draft's place is not the unit told after this name
        draft.set("place", name, sentence, replace=True, path="the name before its comma")
        if within := _WITHIN.search(unit):
            draft.set("_within", within.group("within"), sentence, replace=True)
        return
