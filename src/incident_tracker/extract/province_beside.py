"""A province told as what the scene borders or lies near is the neighbour's, never the scene's country.

"The pasture where the attack took place lies close to Afghanistan's Nuristan province" (Dawn 1108, a pasture in
Chitral), "The militants struck Mamond village in Bajaur district, which borders the Afghan province of Kunar" (AFP
1097), "broke out … on the border near Afghanistan's Nimroz province" (AFP 334), "in Tajikistan's Khatlon province,
which borders the Afghan province of Badakhshan" (730): news prose names the province across the line to say where
the scene lies, as it names the country after "the border with" (:mod:`.border_with`). Read as the place's province,
that province gave the draft its neighbour's country (1108's and 1097's Afghanistan for Pakistani valleys). Such a
province is left out of the country readings: it names no province of the scene, and no country of it. (The Nation 407's
"Balochistan borders Iran's Sistan-Baluchistan province, where ISNA said the shooting took place" is read so too; its
country comes from the province's name among the event's names, as before.)
"""

from __future__ import annotations

import re

#: The words that put a province beside the scene, then an owner or a demonym's "the Afghan province of", to the end.
_BESIDE_BEFORE = re.compile(
    r"\b(?:near|close\s+to|in\s+the\s+vicinity\s+of|borders|bordering|adjoining|adjacent\s+to|next\s+to)\s+"
    r"(?:the\s+)?(?:[A-Z][a-z]+(?:[’']s)?\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?$"
)


def province_beside(before: str) -> bool:
    """Whether a province named right after ``before`` is one the scene borders or lies near."""
    return bool(_BESIDE_BEFORE.search(before[-80:]))
