"""Chains in Russian, Kyrgyz and Estonian that the other readers leave unread, handed on in a form they read.

Issue 13, point 4: "X village, Y district, Z province" falls back to the coarser unit that is known
(admin2, then admin1), with that precision and a note. The English reader does it; these shapes
reach it only once rewritten, finest part first and with English unit words, so that its guards (a
namesake of the finest part far from the named unit, a unit of another country) apply unchanged:

* Russian "«X», расположенный в Y-ском районе Z-ской области" (X, located in the Y district of the Z
  province) and "в местности X в Z-ской области" (in the locality X in the Z province) →
  "X, Y district, Z province"; the participle "located" ("расположенный", "находящийся") and a
  locality word ("местность", "урочище", a tract) say what X is, not where. Only a name (capitalised
  words) before the participle: "здание администрации, расположенное в …" (the administration
  building, located in …) names a building, not a place, and is not read;
* Kyrgyz "… районунун Y менен чектешкен аймагына" (to the area of the district bordering Y): the
  clause "bordering Y" says which part of the district, and its "менен" (with) is no list; it goes,
  so that the chain reader (:mod:`.phrase_cyrillic`) reads "… районунун аймагына", the district;
* Estonian "Usbekistani Jizzaxi vilajeti Zaamini rajoonis" (in Uzbekistan's Jizzakh province's Zaamin
  district): each owner in the genitive, whose "-i" after a consonant is the case ending, not the name's
  ("Zaamini" → "Zaamin"), and the unit words "rajoon" (district), "vilajett"/"provints" (province),
  "maakond" (county), "küla" (village) in any case → "Zaamin district, Jizzax province, Uzbekistan".

Standard library only; each reader first asks whether the text holds its words at all.
"""

from __future__ import annotations

import re

from ..models import country_name
from .phrase_cyrillic import russian_area
from .phrase_patterns import COUNTRY_STEMS, RU_AREA_ADJECTIVE, RU_AREA_NOUN
from .scripts import has_cyrillic

__all__ = ["rewrite_chain"]

_QUOTES = re.compile(r"[«»“”„\"]")
_NAME = r"[А-ЯЁ][^\W\d_]*(?:-[^\W\d_]+)*(?:\s+[А-ЯЁ][^\W\d_]*(?:-[^\W\d_]+)*){0,3}"
#: "в Лейлекском районе", "Баткенской области": a unit named by its Russian adjective, its endings and
#: unit nouns those of :mod:`.phrase_patterns` (``RU_AREA_ADJECTIVE``, ``RU_AREA_NOUN``), written once there.
_RU_AREA = re.compile(
    rf"(?:в\s+)?(?P<stem>[А-ЯЁ][^\W\d_]*?(?:-[^\W\d_]+?)?){RU_AREA_ADJECTIVE}\s+(?P<noun>{RU_AREA_NOUN})(?=\s|$)"
)
#: A country in the genitive after the units ("… области Узбекистана", "Киргизии", "Китая"): each Russian
#: stem of ``COUNTRY_STEMS``, derived from it so that the two cannot fall out of step, and its name from it.
_RU_COUNTRY = re.compile(
    rf"^(?:{'|'.join(stem.capitalize() for stem in COUNTRY_STEMS if has_cyrillic(stem))})(?:а|я|ии|и)$"
)
#: "X, расположенный в …" (X, located in …): the participle in any gender, case or number.
_RU_LOCATED = re.compile(rf"^(?P<name>{_NAME}),?\s+(?:расположенн|находящ)\w*\s+(?P<areas>в\s+.+)$")
#: "в местности X в …" (in the locality X in …), "в урочище X": a tract named before the units it lies in.
_RU_LOCALITY = re.compile(rf"^(?:в|на)\s+(?:местност[иь]|урочищ[еа])\s+(?P<name>{_NAME})\s+(?P<areas>в\s+.+)$")


def _russian_areas(text: str) -> list[str] | None:
    """ "в Лейлекском районе Баткенской области" → ["Лейлек district", "Баткен province"], finest first, or
    None unless the text is units and a country alone."""
    areas: list[str] = []
    rest = text.strip()
    while match := _RU_AREA.match(rest):
        areas.append(russian_area(match.group("stem"), match.group("noun")))  # Исфаринском районе → Исфара district
        rest = rest[match.end() :].strip()
    if not areas:
        return None
    if rest:
        if not _RU_COUNTRY.match(rest):
            return None
        folded = rest.casefold()  # the country's name from its stem, as every other reader finds it
        code = next(code for stem, code in COUNTRY_STEMS.items() if folded.startswith(stem))
        areas.append(country_name(code) or rest)
    order = {"district": 0, "province": 1}
    return sorted(areas, key=lambda area: order.get(area.rsplit(" ", 1)[-1], 2))


def _russian(text: str) -> str | None:
    match = _RU_LOCATED.match(text) or _RU_LOCALITY.match(text)
    if match is None or (areas := _russian_areas(match.group("areas"))) is None:
        return None
    return ", ".join([match.group("name"), *areas])


#: Kyrgyz "Y менен чектешкен" (bordering Y) before an area word: which part of the unit, not a list.
_KY_BORDERING = re.compile(r"\s\S+\s+менен\s+чектеш\w*(?=\s+(?:аймаг|тилке|жерге)\w*$)", re.IGNORECASE)


def _kyrgyz(text: str) -> str | None:
    cut = _KY_BORDERING.sub("", text)
    return cut if cut != text else None


#: Estonian unit words in any case: rajoon (district), vilajett/provints (province), maakond (county), küla (village).
_ET_UNITS = (
    (re.compile(r"^rajoon\w*$"), "district"),
    (re.compile(r"^(?:vilajett?\w*|provints\w*)$"), "province"),
    (re.compile(r"^maakon[dn]\w*$"), "county"),
    (re.compile(r"^küla\w*$"), "village"),
)
_ET_COUNTRIES = {
    "usbekistan": "Uzbekistan",
    "tadžikistan": "Tajikistan",
    "tadzhikistan": "Tajikistan",
    "kõrgõzstan": "Kyrgyzstan",
    "kirgiisi": "Kyrgyzstan",
    "afganistan": "Afghanistan",
    "türkmenistan": "Turkmenistan",
    "iraan": "Iran",
}
#: The Estonian genitive "-i" after a consonant: "Zaamini" (of Zaamin); after a vowel the name is as it is.
_ET_GENITIVE = re.compile(r"(?<=[bcdfghjklmnpqrstvwxzšž])i$")


def _estonian(text: str) -> str | None:
    words = text.split()
    if not any(pattern.match(word.casefold()) for word in words for pattern, _ in _ET_UNITS):
        return None
    units: list[str] = []
    owners: list[str] = []
    name: list[str] = []
    for word in words:
        folded = word.casefold()
        unit = next((level for pattern, level in _ET_UNITS if pattern.match(folded)), None)
        if unit is not None:
            if not name:
                return None  # a unit with no name
            units.append(f"{_ET_GENITIVE.sub('', ' '.join(name))} {unit}")
            name = []
        elif not word[:1].isupper():
            return None  # a common word: a phrase this reader does not know
        elif not units and not name and (country := _et_country(folded)):
            owners.append(country)
        else:
            name.append(word)
    if not units or name:
        return None
    return ", ".join([*reversed(units), *owners])


def _et_country(folded: str) -> str | None:
    stem = _ET_GENITIVE.sub("", folded)
    return _ET_COUNTRIES.get(stem) or _ET_COUNTRIES.get(folded)


def rewrite_chain(text: str) -> str | None:
    """The text in a form the other readers take, or None when it is none of the shapes above.

    "«Кайрагач», расположенный в Лейлекском районе Баткенской области" → "Кайрагач, Лейлек
    district, Баткен province"; "Usbekistani Jizzaxi vilajeti Zaamini rajoonis" → "Zaamin district,
    Jizzax province, Uzbekistan".
    """
    raw = _QUOTES.sub("", " ".join(text.split()))
    if not raw:
        return None
    if has_cyrillic(raw):
        return _russian(raw) or _kyrgyz(raw)
    return _estonian(raw)
