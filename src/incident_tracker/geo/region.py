"""Where in the region's countries its reports are: the whole country, but for China only its western provinces.

The region is a set of countries (the config's, the database's, the ones the text names; by default
the eight around Afghanistan, :data:`DEFAULT_REGION`). For seven of them the whole country
is border land of the region's reports. China is not: it meets Afghanistan, Pakistan, Tajikistan and
Kyrgyzstan only in Xinjiang, and Aksai Chin, whose reports name places of Xinjiang's Hotan prefecture
and of Tibet's Ngari, is the one other stretch of line a report of this region may speak of. Ranking
all of China alike let a hamlet 3,600 km east answer for a city of the border: "Hotan" is a recorded
spelling of Hetan in Jiangxi (no population), while Hotan itself (400,000 people) holds the name only
as an alias, which scores below it (docs/geocoding-journal.md, "What is no one point, and China's far
namesakes: rules (geo130)").

So a place of China outside :data:`BORDER_PROVINCES` (by GeoNames' admin1 code) is **far**
(:attr:`.candidates.Candidate.far`): it stays in the region, and may be chosen when nothing nearer bears
the name ("Nanchang"), but it ranks after every place of the border land, and it is no rival of a border
land place ten times its size (:func:`.candidates.is_rival`). A province, a city of a million or more
("Beijing", "Shanghai": what a report means by the name) and a place in the province the text names
("Hetan, Jiangxi") are never far. Taking far China out of the region altogether was tried and taken out
(the journal says why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import FAMOUS_POPULATION

if TYPE_CHECKING:
    from .candidates import Candidate

#: The countries the user works on when the config names none: the borders of
#: Afghanistan, Tajikistan, Kyrgyzstan, Uzbekistan, Turkmenistan, Pakistan, Iran, China.
DEFAULT_REGION = frozenset({"AF", "TJ", "KG", "UZ", "TM", "PK", "IR", "CN"})
#: The provinces (GeoNames admin1 codes) of a region's country that hold its border with the rest of the
#: region; a country not listed counts whole. China: Xinjiang (13) and Tibet (14).
BORDER_PROVINCES: dict[str, frozenset[str]] = {"CN": frozenset({"13", "14"})}


def far_in_country(candidate: Candidate, named_province: tuple[str | None, str | None] | None = None) -> bool:
    """Does ``candidate`` lie in a region's country but away from its border land (see the module)?

    ``named_province`` (country, admin1 code): the province the text names, whose places are never far.
    A place whose province is not known (a country-wide row) is given the benefit of the doubt.
    """
    provinces = BORDER_PROVINCES.get(candidate.country or "")
    if provinces is None or not candidate.admin1_code or candidate.admin1_code in provinces:
        return False
    if candidate.level == "admin1" or candidate.population >= FAMOUS_POPULATION:
        return False  # a province, a city of a million: known by the name wherever they lie
    return (candidate.country, candidate.admin1_code) != named_province


__all__ = ["BORDER_PROVINCES", "DEFAULT_REGION", "far_in_country"]
