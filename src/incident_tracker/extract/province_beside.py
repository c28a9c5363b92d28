"""A province told as what the scene borders or lies near is the neighbour's, never the scene's country.

"The pasture where the attack took place lies close to Afghanistan's Nuristan province" (Dawn 1108, a pasture in
Chitral), "The militants struck Mamond village in Bajaur district, which borders the Afghan province of Kunar" (AFP
1097), "broke out … on the border near Afghanistan's Nimroz province" (AFP 334), "in Tajikistan's Khatlon province,
which borders the Afghan province of Badakhshan" (730): news prose names the province across the line to say where
the scene lies, as it names the country after "the border with" (:mod:`.border_with`). Read as the place's province,
that province gave the draft its neighbour's country (1108's and 1097's Afghanistan for Pakistani valleys). Such a
province is left out of the country readings: it names no province of the scene, and no country of it. Not "borders
Iran's Sistan-Baluchistan province, where ISNA said the shooting took place" (The Nation 407): a province the text
itself puts the event in.
"""

from __future__ import annotations

import re

#: The words that put a province beside the scene, then an owner or a demonym's "the Afghan province of", to the end.
_BESIDE_BEFORE = re.compile(
    r"\b(?:near|close\s+to|in\s+the\s+vicinity\s+of|borders|bordering|adjoining|adjacent\s+to|next\s+to)\s+"
    r"(?:the\s+)?(?:[A-Z][a-z]+(?:[’']s)?\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?$"
)
#: The event put in that province after all: ", where the shooting took place".
_WHERE_IT_HAPPENED = re.compile(
    r"^[^.;]{0,20}?,\s+where\s+(?:[\w-]+\s+){0,4}?(?:(?:took|takes)\s+place|happened|occurred|broke\s+out)\b"
)


def province_beside(before: str, after: str) -> bool:
    """Whether a province named after ``before`` (and followed by ``after``) is one the scene borders or lies near."""
    return bool(_BESIDE_BEFORE.search(before[-80:])) and not _WHERE_IT_HAPPENED.match(after)
