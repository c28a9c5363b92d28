"""An answer far from the border line the string itself names is another place of that name.

Issue 13, batch 85's one `dev` confident wrong (g8214): "Қазақ-өзбек шекарасындағы Достық ауылы" (the village
of Dostyk on the Kazakh-Uzbek border) answered Dostyk, the railway town on the *Chinese* border (Druzhba),
over 1,100 km from the line the string names. The report's countries (Kazakhstan, Uzbekistan) did not
help: Druzhba is in Kazakhstan, found by its own other name, so the guards on loose matches and on the
report's countries let it through. The string, though, says which line the place lies on, and the pack
knows every crossing and post of that pair: an answer far from all of them, or in neither country, is
not the place meant. Wrong is worse than empty.

The line is read when the string holds a border word (border, frontier, граница, шекара, مرز, سرحد,
پوله, 边境) and exactly two countries of a pair the pack holds places of, by their names or adjectives in
English, Russian, Kazakh, Uzbek, Tajik, Persian, Urdu, Pashto and Chinese ("the Pak-Afghan border",
"на казахско-узбекской границе", "مرز ایران و افغانستان"). A province answer (admin1) is left alone: a
province the string names with its line is the province, and its point may lie far inland. Chinese short
pairs before the border word count as the two names (中哈边境, 中塔边境, 阿巴边境; geo170).

One country with the other side implied (geo170: "өзбек шекарасындағы Достық ауылы", "на границе с
Узбекистаном") is a side (:func:`named_side`): an answer in a neighbour of that country is held to the line
between the two; one in the country itself, to its line with the one neighbour the report names, if it names
exactly one (a report naming two leaves the line open, and a place of a line is left alone). Where the adjective
names the place's own country ("the Iranian border town of Saravan"), that answer is not held to a line (geo172).

:func:`far_from_named_line` says why such an answer must not be given, or None. Standard library only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .pack import points_between

if TYPE_CHECKING:
    from .candidates import Candidate

__all__ = ["LINE_KM", "far_from_named_line", "far_from_named_side", "named_line", "named_side"]

#: An answer farther than this from every pack place of the named pair is not on that line (g8214's
#: answer lay over 1,100 km off). Wide on purpose: a village a day's walk inland from the nearest
#: crossing of the pack is still on the line the string names.
LINE_KM = 150.0

#: A border word, as the set's languages write it (Latin words start a word; the others are stems): Uzbek's
#: Latin "chegara", Kyrgyz "чек ара" and Turkmen "serhet", "serhedi" (not the town Serhetabat) too.
_BORDER = re.compile(
    r"\bborder|\bfrontier|границ|шекара|чегара|\bchegara|чек\s?ара|\bserhe[dt](?!abat)|сарҳад|مرز|سرحد|پوله|بارډر"
    r"|边境|边界|國境|国境|邊境",
    re.IGNORECASE,
)

#: Each country's names and adjectives, as stems (Latin ones start a word, the rest anywhere); Uzbek's and
#: Tajik's own forms too ("Ўзбекистон ва Қозоғистон чегараси", "Afg'oniston bilan chegara", "Ӯзбекистон").
_APOSTROPHE = "['‘ʻ’]?"
_COUNTRIES: dict[str, str] = {
    "AF": rf"\bafghan|\bafgan|афган|ауған|афғон|\bafg{_APOSTROPHE}on|افغان|阿富汗",
    "PK": r"\bpak(?:istan)?\b|\bpakistan|\bpokiston|пакистан|покистон|پاکستان|پاک(?=[\s\-‌]+(?:افغان|ایران|چین))"
    r"|巴基斯坦",
    "IR": r"\biran|\beýran|иран|ایران|伊朗",
    "KZ": rf"\bkazak|\bqazaq|казах|қазақ|қозоғ|қозоқ|қазоқ|\bqozo(?:g{_APOSTROPHE}|q)|قزاق|哈萨克",
    "UZ": rf"\buzbek|\bo{_APOSTROPHE}zbek|узбек|өзбек|ўзбек|ӯзбек|ازبک|乌兹别克",
    "KG": rf"\bkyrgyz|\bkirgiz|\bkirghiz|\bqirg{_APOSTROPHE}iz|киргиз|кыргыз|қырғыз|қирғиз|قرقیز|吉尔吉斯",
    "TJ": r"\btajik|\btojik|таджик|тажик|тоҷик|тожик|тәжік|تاجیک|塔吉克",
    "TM": r"\bt[uü]rkmen|\bturkman|туркмен|туркман|түрікмен|ترکمن|土库曼",
    "CN": r"\bchin(?:a|ese)\b|\bsino-|\bxitoy|китай|қытай|кытай|хитой|چین|中国|中國",
}
_COUNTRY_RES = {code: re.compile(stems, re.IGNORECASE) for code, stems in _COUNTRIES.items()}

#: Chinese names a line by two countries' one-character short forms before the border word: 中哈边境
#: (China-Kazakhstan), 中塔 (Tajikistan), 中吉 (Kyrgyzstan), 中阿 (Afghanistan), 中巴 (Pakistan), 塔阿, 阿巴.
#: Read only as a pair right before 边境/边界 (边境线 too): "中" alone is too common a character, and
#: 土 (Turkmenistan or Turkey) is left out.
_HAN_SHORT = {"中": "CN", "哈": "KZ", "塔": "TJ", "吉": "KG", "阿": "AF", "巴": "PK", "乌": "UZ", "伊": "IR"}
_HAN_SHORT_PAIR = re.compile(r"([中哈塔吉阿巴乌伊])([中哈塔吉阿巴乌伊])(?=边境|边界|邊境|邊界)")


#: "the Iranian border town of Saravan", "Saravan, an Iranian border town", "an Iranian border post in X": the
#: adjective says whose the town or post is, not which of that country's lines it is on (Saravan faces Pakistan,
#: and a report on Iran and Afghanistan may well name it); the side's own answer is then not held to a line (geo172).
_OWN_BORDER_PLACE = re.compile(
    r"\b(?:afghan|pakistani|iranian|tajik|uzbek|turkmen|kyrgyz|kazakh|chinese)\s+(?:border|frontier)\s+"
    r"(?:town|city|village|hamlet|settlement|post|outpost|checkpoint|check-?post|station|district|county|region"
    r"|area|province|market|bazaar|port)s?\b",
    re.IGNORECASE,
)


def _countries_of_line(place: str) -> frozenset[str] | None:
    """The countries ``place`` names beside a border word (by name, adjective or a Chinese short pair),
    or None when it holds no border word."""
    if not _BORDER.search(place):
        return None
    short = _HAN_SHORT_PAIR.search(place)
    from_short = frozenset(_HAN_SHORT[char] for char in short.group(1, 2)) if short else frozenset()
    by_name = frozenset(code for code, pattern in _COUNTRY_RES.items() if pattern.search(place))
    return by_name | (from_short if len(from_short) == 2 else frozenset())


def named_line(place: str) -> frozenset[str] | None:
    """The two countries whose border ``place`` names ("the Kazakh-Uzbek border"), or None when it
    names no border word, or not exactly two countries."""
    found = _countries_of_line(place)
    return found if found is not None and len(found) == 2 else None


def named_side(place: str) -> str | None:
    """The one country whose border ``place`` names with the other side left out ("на границе с
    Узбекистаном", "өзбек шекарасындағы"), or None."""
    found = _countries_of_line(place)
    return next(iter(found)) if found is not None and len(found) == 1 else None


def _beyond_line(chosen: Candidate, pair: frozenset[str]) -> str | None:
    """How far ``chosen`` lies from every pack place of the ``pair``'s line, said when over :data:`LINE_KM`."""
    points = points_between(pair)
    if not points:
        return None  # a pair the pack holds no line of ("Kazakh-Tajik"): nothing to measure against
    km = min(haversine_km(chosen.latitude, chosen.longitude, lat, lon) for lat, lon in points)
    if km <= LINE_KM:
        return None
    where = _dash(pair)
    return f"left unlocated: {chosen.label} lies {km:.0f} km from every place of the {where} border the string names"


def _dash(pair: frozenset[str]) -> str:
    return "–".join(sorted(pair))


def far_from_named_side(place: str, chosen: Candidate, named: frozenset[str] = frozenset()) -> str | None:
    """Why ``chosen`` must not answer ``place``, which names one country's border (the other side implied),
    or None. An answer in a neighbour of that country must lie on the line between the two: "the village of
    Dostyk on the Uzbek border" answered by Druzhba, in Kazakhstan but on the Chinese line, is not it. An
    answer in the named country itself is held to the line with the one neighbour the report also names
    (``named``), where it names exactly one across a line of the pack; a place of a line (a crossing, a
    post), or a report naming no such neighbour or several, leaves it alone: which line, nothing says."""
    side = named_side(place)
    if side is None or chosen.geo_precision == "admin1":
        return None
    if side in chosen.sides:
        if _OWN_BORDER_PLACE.search(place):
            return None  # "the Iranian border town of Saravan": an Iranian town on one of Iran's lines
        across = [country for country in named - {side} if points_between(frozenset({side, country}))]
        if chosen.border_with or len(across) != 1:
            return None
        return _beyond_line(chosen, frozenset({side, across[0]}))
    pairs = [frozenset({side, country}) for country in chosen.sides if country is not None]
    measured = [pair for pair in pairs if points_between(pair)]
    if not measured:
        return None  # no line of the pack between the named country and the answer's: nothing to measure
    reasons = [_beyond_line(chosen, pair) for pair in measured]
    return reasons[0] if all(reasons) else None


def far_from_named_line(place: str, chosen: Candidate, named: frozenset[str] = frozenset()) -> str | None:
    """Why ``chosen`` must not answer ``place`` (it lies in neither country of the border line the
    string names, or farther than :data:`LINE_KM` from every pack place of that line), or None."""
    pair = named_line(place)
    if pair is None:
        return far_from_named_side(place, chosen, named)
    if chosen.geo_precision == "admin1" or not points_between(pair):
        return None
    sides = {chosen.country} | set(chosen.border_with)
    if chosen.country is not None and not sides & pair:
        return f"left unlocated: {chosen.label} lies in neither country of the {_dash(pair)} border the string names"
    return _beyond_line(chosen, pair)
