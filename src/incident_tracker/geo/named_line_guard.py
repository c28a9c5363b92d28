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
province the string names with its line is the province, and its point may lie far inland.

:func:`far_from_named_line` says why such an answer must not be given, or None. Standard library only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .pack import points_between

if TYPE_CHECKING:
    from .candidates import Candidate

__all__ = ["LINE_KM", "far_from_named_line", "named_line"]

#: An answer farther than this from every pack place of the named pair is not on that line (g8214's
#: answer lay over 1,100 km off). Wide on purpose: a village a day's walk inland from the nearest
#: crossing of the pack is still on the line the string names.
LINE_KM = 150.0

#: A border word, as the set's languages write it (Latin words start a word; the others are stems).
_BORDER = re.compile(
    r"\bborder|\bfrontier|границ|шекара|чегара|сарҳад|مرز|سرحد|پوله|بارډر|边境|边界|國境|国境|邊境",
    re.IGNORECASE,
)

#: Each country's names and adjectives, as stems (Latin ones start a word, the rest anywhere).
_COUNTRIES: dict[str, str] = {
    "AF": r"\bafghan|\bafgan|афган|ауған|افغان|阿富汗",
    "PK": r"\bpak(?:istan)?\b|\bpakistan|пакистан|پاکستان|پاک(?=[\s\-‌]+(?:افغان|ایران|چین))|巴基斯坦",
    "IR": r"\biran|иран|ایران|伊朗",
    "KZ": r"\bkazakh|\bqazaq|казах|қазақ|قزاق|哈萨克",
    "UZ": r"\buzbek|\bo['‘ʻ]?zbek|узбек|өзбек|ўзбек|ازبک|乌兹别克",
    "KG": r"\bkyrgyz|\bkirgiz|\bkirghiz|киргиз|кыргыз|қырғыз|قرقیز|吉尔吉斯",
    "TJ": r"\btajik|таджик|тоҷик|тәжік|تاجیک|塔吉克",
    "TM": r"\bturkmen|туркмен|түрікмен|ترکمن|土库曼",
    "CN": r"\bchin(?:a|ese)\b|\bsino-|китай|қытай|چین|中国|中國",
}
_COUNTRY_RES = {code: re.compile(stems, re.IGNORECASE) for code, stems in _COUNTRIES.items()}


def named_line(place: str) -> frozenset[str] | None:
    """The two countries whose border ``place`` names ("the Kazakh-Uzbek border"), or None when it
    names no border word, or not exactly two countries."""
    if not _BORDER.search(place):
        return None
    found = frozenset(code for code, pattern in _COUNTRY_RES.items() if pattern.search(place))
    return found if len(found) == 2 else None


def far_from_named_line(place: str, chosen: Candidate) -> str | None:
    """Why ``chosen`` must not answer ``place`` (it lies in neither country of the border line the
    string names, or farther than :data:`LINE_KM` from every pack place of that line), or None."""
    pair = named_line(place)
    if pair is None or chosen.geo_precision == "admin1":
        return None
    points = points_between(pair)
    if not points:
        return None  # a pair the pack holds no line of ("Kazakh-Tajik"): nothing to measure against
    where = "–".join(sorted(pair))
    sides = {chosen.country} | set(chosen.border_with)
    if chosen.country is not None and not sides & pair:
        return f"left unlocated: {chosen.label} lies in neither country of the {where} border the string names"
    km = min(haversine_km(chosen.latitude, chosen.longitude, lat, lon) for lat, lon in points)
    if km <= LINE_KM:
        return None
    return f"left unlocated: {chosen.label} lies {km:.0f} km from every place of the {where} border the string names"
