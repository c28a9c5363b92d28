"""Two places of two countries named as a pair are no one event place, in every script.

"Ўзбекистоннинг Самарқанд вилояти билан Тожикистоннинг Сўғд вилоятини" (Uzbek: Uzbekistan's
Samarkand region with Tajikistan's Sughd region, g1838) was answered with Samarkand region, its
first half: the phrase rules read the rest as context. A text that joins two places of two
countries by "and" or "with" names the two sides of a border, not where the event was.

:func:`pair_doubt` splits the text at its one such word ("and", "with" in English, Russian,
Uzbek, Kyrgyz, Kazakh, Tajik, Persian and Dari, Urdu, Pashto, Arabic, Chinese) and looks each
half up alone (a Turkic case ending on its last word taken off when the half is not known with
it). The answer is dropped when both halves are places (not countries), of two countries, and
the answer is one of them. A list of three or more is :mod:`.list_guard`'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone
from .gazetteer import haversine_km

if TYPE_CHECKING:
    from .candidates import Candidate
    from .chain import Resolver

#: "and" / "with" between two names: English, Russian, Uzbek (both scripts), Kyrgyz, Kazakh,
#: Tajik, Persian and Dari, Urdu, Pashto, Arabic, Chinese.
_JOIN = re.compile(
    r"\s+(?:and|with|и|с|со|ва|va|билан|bilan|менен|жана|және|мен|бо|و|با|اور|او|سره|مع)\s+|\s*[和与與同及]\s*",
    re.IGNORECASE,
)
#: Case endings of Uzbek, Kyrgyz and Kazakh a name's unit word may carry at the end of a half
#: (accusative, genitive, locative, dative): "вилоятини", "облусунун", "viloyatini".
_CASE_END = re.compile(
    r"(?:нинг|ning|нын|нин|нун|нүн|ни|ny|ны|ну|нү|ni|да|де|та|те|da|de|га|ге|ка|ке|ga|ge|ka)$",
    re.IGNORECASE,
)


def _place(half: str, chain: Resolver, named: frozenset[str]) -> Candidate | None:
    """The place ``half`` names alone, by any match but a stand-in, or None (a country is none)."""
    tries = [half]
    if (bare := _CASE_END.sub("", half)) != half and len(bare.split()[-1]) > 2:
        tries.append(bare)
    for text in tries:
        chosen = place_alone(text, chain, named)
        if chosen is not None:
            return None if chosen.level == "country" or chosen.geo_precision == "country" else chosen
    return None


#: The answer this close to a half's place is that place.
SAME_KM = 25.0


def _is(one: Candidate, chosen: Candidate) -> bool:
    near = haversine_km(one.latitude, one.longitude, chosen.latitude, chosen.longitude) <= SAME_KM
    return one.country == chosen.country and near


def _inside_a_name(
    first: str, join: str, second: str, halves: tuple[Candidate, Candidate], chain: Resolver, named: frozenset[str]
) -> bool:
    """Is the join inside one name: the last word or two of ``first``, the join and the first word
    or two of ``second`` a place the gazetteer knows, by a name or a sound, that is neither half's,
    or a half's by a better match than the half had ("صوبہ سیستان" is Sistan and Baluchestan by its
    short name; "سیستان و بلوچستان" is the same province by its whole name), or a half's whose own name holds the
    join ("Sistan and Balouchestan", by sound the province whose name holds "and": batch 89's g8620)?"""
    before, after = first.split(), second.split()
    for left in (1, 2):
        for right in (1, 2):
            if left > len(before) or right > len(after):
                continue
            text = " ".join(before[-left:]) + join + " ".join(after[:right])
            chosen = place_alone(text, chain, named)
            if chosen is None:
                continue
            if all(not _is(h, chosen) or chosen.score > h.score for h in halves) or _holds(chosen.name, join):
                return True
    return False


def _holds(name: str, join: str) -> bool:
    """Whether the place's own name ``name`` holds the join word itself ("Sistan and Baluchestan" holds "and")."""
    return f" {join.strip().lower()} " in f" {name.lower()} "


def pair_doubt(place: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why ``chosen`` must not answer ``place`` (two places of two countries named as a pair), or None."""
    text = " ".join(place.split())
    joins = list(_JOIN.finditer(text))
    if len(joins) != 1:
        return None
    first, second = text[: joins[0].start()].strip(), text[joins[0].end() :].strip()
    if not first or not second or "," in first or "،" in first:
        return None  # "A, B and C" is a list (:mod:`.list_guard`)
    one, other = _place(first, chain, named), _place(second, chain, named)
    if one is None or other is None or one.country == other.country:
        return None
    if not (_is(one, chosen) or _is(other, chosen)):
        return None
    if _inside_a_name(first, joins[0].group(0), second, (one, other), chain, named):
        return None  # "Sistan and Baluchestan": one place whose name holds "and"
    return f"two places of two countries named as a pair ({one.label}; {other.label}): no one point"


__all__ = ["pair_doubt"]
