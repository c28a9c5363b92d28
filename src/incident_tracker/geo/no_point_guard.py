"""What is no one point: a valley named after a city, and the places around an area.

The readers take "X valley" for the surroundings of X, and "the posts around the X enclave" for a place
near X: right for a village's valley ("Chitral's Arandu Valley" is by Arandu) and for "near" a town. Two
shapes of the sixty-fifth batch were answered with one point where the text names none
(docs/geocoding-journal.md, "What is no one point, and China's far namesakes: rules (geo130)"):

* **A valley named after a city.** "the south of the Fergana Valley" was answered with the city of
  Fergana: the valley it names is a basin of 22,000 km² shared by three countries, and "the Peshawar
  valley", "the Kabul valley" are likewise the plain around a city, not its outskirts; "the Rasht
  valley" of Tajikistan bears the name of a city of Iran. A village's valley is its surroundings, and a
  valley that bears a district's or province's name is held by that unit ("the Swat valley", "the Kunar
  valley": the unit answers, as before). So a text with a valley word answered by a *city* (a town of
  :data:`CITY_POPULATION` or more, not a unit, not a pack place) is left unlocated
  (:func:`valley_of_a_city`), unless one province holds the valley: then the province answers
  (:func:`valley_province`, geo133: "the Peshawar valley" is Khyber Pakhtunkhwa's).
* **The places around an area.** "Сох анклавынын жака-белиндеги чек ара бекеттер" (the border posts on
  the edges of the Sokh enclave, Kyrgyz) was answered with Sokh district: what lies around an area lies
  outside it, along a line whose other side is another country, and many posts are no one point. "Near"
  a district is read as the district (the set's "near the Kurram district" is Kurram, as ACLED codes it);
  *around* it, *on its edges*, *along its perimeter*, is not. So a text that puts the place around an
  area it calls one (a district, enclave, province word) answered by that area is left unlocated
  (:func:`around_an_area`); since geo133 the reader reads the shape itself (:mod:`.around_area`), and
  whatever answers such a reading, the area or a stand-in for it, is left so. A town's surroundings
  ("around Kabul", "the outskirts of Kulob") are near it, as before.

Each guard says why in one line; ``tracker geocode --explain`` shows the candidate it set aside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .around_area import AREA_WORD, AROUND_WORD
from .candidates import EXACT, Candidate
from .gazetteer import BORDER_KINDS
from .phrase_case import town_of_valley

if TYPE_CHECKING:
    from .candidates import Resolution
    from .chain import Resolver

#: A city this large gives its name to a basin, not to its outskirts (path_guard's city known in its own right).
CITY_POPULATION = 100_000

#: A valley, in the region's languages: English, Russian ("долина" in its cases), Uzbek (Latin and Cyrillic),
#: Tajik, Kyrgyz ("өрөөн"), Persian, Dari and Urdu ("دره", "وادی"), Arabic ("وادي"), Chinese (河谷, 谷地, 盆地).
_VALLEY = re.compile(
    r"(?<!\w)(?:valley|valleys|vale|долин\w*|vodiy\w*|водий\w*|водӣ\w*|водии|өрөөн\w*|дара\w*|"
    r"دره|دره‌ی|درهٔ|وادی|وادي)(?!\w)|河谷|谷地|盆地",
    re.IGNORECASE,
)

#: Russian "на границе с Кыргызстаном", "на границе Кыргызстана и Узбекистана" after the valley: which line, not
#: where; the valley phrase before it is read as without it (the reader drops it too: geo/phrase_where.py).
_RU_BORDER_TAIL = re.compile(r"\s+на\s+(?:границе|стыке\s+границ)\s+.+$")


def valley_of_a_city(place: str, chosen: Candidate, name: str) -> str | None:
    """Why ``chosen`` must not answer ``place`` (a valley named after a city, ``name`` the name the reader
    looked up), or None. The valley word must stand next to that name ("the Fergana Valley", "وادی X"):
    "Khujand in the Fergana valley" names the city, the valley only where it lies."""
    if chosen.level is not None or chosen.kind in BORDER_KINDS or chosen.source in ("places", "pack"):
        return None  # a unit holds the valley that bears its name; the user's and the pack's places are points
    if chosen.population < CITY_POPULATION:
        return None
    if not _next_to(place, name, _VALLEY, 1) and town_of_valley(_RU_BORDER_TAIL.sub("", place)) != name:
        return None  # "долина Ферганы": the genitive; "Ферганская долина на границе с …": the line after it (geo152)
    return f"left unlocated: a valley named after {chosen.label}, a city, is the basin around it, not one point"


#: A city with a town of another country this near stands in a basin the line may cross: the Fergana Valley (the
#: city of Fergana 19 km from a Kyrgyz town; Khujand 18, Osh 23, Andijan 31) and the Isfara valley (Isfara 10 km),
#: each shared by two or three countries. Peshawar (55 km), Jalalabad (67), Kabul (110) and Gilgit (138) are not.
SHARED_BASIN_KM = 35.0


def valley_province(place: str, resolution: Resolution, chain: Resolver) -> Candidate | None:
    """The province that stands in for a valley named after a city (:func:`valley_of_a_city`), or None.

    A city's valley is the plain around it, and the sources hold each such valley inside one province: the
    Valley of Peshawar (7,176 km², "a broad area … in the central part of the Khyber Pakhtunkhwa province":
    Peshawar, Charsadda, Mardan districts and most of Nowshera and Swabi), the Jalalabad valley (Nangarhar's
    plain on the Kabul River), the Gilgit valley (Gilgit District, Gilgit-Baltistan), the Kabul basin (Kabul
    province). So the city's province answers, at ``admin1``, as ACLED codes an event known to its province.
    Not when a town of another country lies within :data:`SHARED_BASIN_KM` of the city (the basin may reach
    across the line: the Fergana and Isfara valleys), nor when the text names no country of the city's ("the
    Rasht valley" of Tajikistan bears the name of a city of Iran, in whose plain no valley lies), nor when the
    city only stands in for the name the valley bears.
    """
    chosen = resolution.chosen
    if chosen is None or not chosen.admin1_code or chosen.country not in resolution.named:
        return None
    if chosen.match == "context":
        return None  # a city standing in for another valley's name ("the Sust valley of Gilgit"): not its valley
    if valley_of_a_city(place, chosen, resolution.parsed.name) is None:
        return None
    gazetteer = chain.gazetteer
    foreign = gazetteer.nearest(chosen.latitude, chosen.longitude, other_than=chosen.country, towns_only=True)
    if foreign is None or foreign[1] <= SHARED_BASIN_KM:
        return None
    area = gazetteer.admin1_area(chosen.country, chosen.admin1_code)
    location = area and chain.gazetteer_tier.area_location(area, EXACT)
    return Candidate.from_location(location) if location else None


def around_an_area(place: str, chosen: Candidate, name: str, read_around: bool = False) -> str | None:
    """Why ``chosen`` must not answer ``place`` (places around an area the text names, answered with the
    area; ``name`` the name the reader looked up), or None. Read so by the reader (``read_around``,
    :mod:`.around_area`): whatever answers, the area or a stand-in for it. Else, for the shapes the reader
    leaves (a script without capitals, a name beside the area), the area word stands next to the name ("the
    Sokh enclave", "Сох анклавынын") and the word for around at most two words from it."""
    if read_around:
        return f"left unlocated: the text puts the place around {chosen.label}, an area, not in it: no one point"
    if chosen.level not in ("admin1", "admin2") or chosen.match == "context":
        return None  # a stand-in is another path: the text named something inside the unit
    if not _next_to(place, name, AREA_WORD, 1) or not _next_to(place, name, AROUND_WORD, 3):
        return None
    return f"left unlocated: the text puts the place around {chosen.label}, an area, not in it: no one point"


def _next_to(place: str, name: str, pattern: re.Pattern[str], words: int) -> bool:
    """Does a match of ``pattern`` lie before or after ``name`` in ``place`` with fewer than ``words`` words
    between them? (Chinese, written without spaces, counts as no word between.)"""
    text, wanted = " ".join(place.split()), " ".join(name.split())
    start = text.casefold().find(wanted.casefold())
    if not wanted or start < 0:
        return False
    end = start + len(wanted)
    for match in pattern.finditer(text):
        if match.start() >= end:
            gap = text[end : match.start()]
        elif match.end() <= start:
            gap = text[match.end() : start]
        else:
            continue  # the word inside the name itself
        if len(gap.split()) < words:
            return True
    return False


def no_point_doubt(place: str, chosen: Candidate, resolution: Resolution) -> str | None:
    """Why the chosen answer must not be given, by the guards of this module, or None."""
    name = resolution.parsed.name
    around = resolution.parsed.around
    return valley_of_a_city(place, chosen, name) or around_an_area(place, chosen, name, around)


__all__ = [
    "CITY_POPULATION",
    "SHARED_BASIN_KM",
    "around_an_area",
    "no_point_doubt",
    "valley_of_a_city",
    "valley_province",
]
