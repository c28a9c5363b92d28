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
  (:func:`valley_of_a_city`).
* **The places around an area.** "Сох анклавынын жака-белиндеги чек ара бекеттер" (the border posts on
  the edges of the Sokh enclave, Kyrgyz) was answered with Sokh district: what lies around an area lies
  outside it, along a line whose other side is another country, and many posts are no one point. "Near"
  a district is read as the district (the set's "near the Kurram district" is Kurram, as ACLED codes it);
  *around* it, *on its edges*, *along its perimeter*, is not. So a text that puts the place around an
  area it calls one (a district, enclave, province word) answered by that area is left unlocated
  (:func:`around_an_area`). A town's surroundings ("around Kabul", "the outskirts of Kulob") are near it,
  as before.

Each guard says why in one line; ``tracker geocode --explain`` shows the candidate it set aside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

#: A city this large gives its name to a basin, not to its outskirts (path_guard's city known in its own right).
CITY_POPULATION = 100_000

#: A valley, in the region's languages: English, Russian ("долина" in its cases), Uzbek (Latin and Cyrillic),
#: Tajik, Kyrgyz ("өрөөн"), Persian, Dari and Urdu ("دره", "وادی"), Arabic ("وادي"), Chinese (河谷, 谷地, 盆地).
_VALLEY = re.compile(
    r"(?<!\w)(?:valley|valleys|vale|долин\w*|vodiy\w*|водий\w*|водӣ\w*|водии|өрөөн\w*|дара\w*|"
    r"دره|دره‌ی|درهٔ|وادی|وادي)(?!\w)|河谷|谷地|盆地",
    re.IGNORECASE,
)
#: Around an area, on its edges, along its perimeter: English, Russian, Kyrgyz ("жака-бел", "айлана",
#: "тегерек", "чет"), Uzbek ("atrofi", "chekka"), Tajik ("атроф", "гирду"), Persian, Dari and Urdu ("اطراف",
#: "پیرامون", "گرد و نواح"). Not the Russian "окрестности" (a place's vicinity, read as near it).
_AROUND = re.compile(
    r"(?<!\w)(?:around|surrounding|encircling|(?:on|along)\s+the\s+(?:edges?|perimeter|periphery|fringes?)\s+of|"
    r"вокруг|по\s+периметру|жака-бел\w*|айланас\w*|тегерег\w*|чет-жака\w*|atrofi\w*|атрофи\w*|атроф\w*|"
    r"chekka\w*|гирди|гирду|اطراف|پیرامون|گرد\s+و\s+نواح)(?!\w)",
    re.IGNORECASE,
)
#: The words by which a text calls a place an area: a district, enclave, province, county, tehsil or agency,
#: in English, Russian, Kyrgyz, Uzbek, Tajik, Persian, Dari, Pashto and Urdu (the stems take their cases).
_AREA = re.compile(
    r"(?<!\w)(?:district|enclave|exclave|province|region|county|tehsil|agency|oblast|"
    r"район\w*|анклав\w*|эксклав\w*|област\w*|облус\w*|аймаг\w*|tuman\w*|туман\w*|anklav\w*|ноҳия\w*|вилоят\w*|"
    r"ولسوالی|ولسوالۍ|ولایت|شهرستان|استان|ضلع|تحصیل|ایجنسی)(?!\w)",
    re.IGNORECASE,
)


def valley_of_a_city(place: str, chosen: Candidate, name: str) -> str | None:
    """Why ``chosen`` must not answer ``place`` (a valley named after a city, ``name`` the name the reader
    looked up), or None. The valley word must stand next to that name ("the Fergana Valley", "وادی X"):
    "Khujand in the Fergana valley" names the city, the valley only where it lies."""
    if chosen.level is not None or chosen.kind in BORDER_KINDS or chosen.source in ("places", "pack"):
        return None  # a unit holds the valley that bears its name; the user's and the pack's places are points
    if chosen.population < CITY_POPULATION or not _next_to(place, name, _VALLEY, 1):
        return None
    return f"left unlocated: a valley named after {chosen.label}, a city, is the basin around it, not one point"


def around_an_area(place: str, chosen: Candidate, name: str) -> str | None:
    """Why ``chosen`` must not answer ``place`` (places around an area the text names, answered with the
    area; ``name`` the name the reader looked up), or None. The area word stands next to the name ("the
    Sokh enclave", "Сох анклавынын") and the word for around at most two words from it."""
    if chosen.level not in ("admin1", "admin2") or chosen.match == "context":
        return None  # a stand-in is another path: the text named something inside the unit
    if not _next_to(place, name, _AREA, 1) or not _next_to(place, name, _AROUND, 3):
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
    return valley_of_a_city(place, chosen, name) or around_an_area(place, chosen, name)


__all__ = ["CITY_POPULATION", "around_an_area", "no_point_doubt", "valley_of_a_city"]
