"""Two or more places joined in one text, in shapes the pair and list guards do not split: no one point.

Shapes from the fifty-ninth and sixtieth batches' `dev` wrongs (docs/geocoding-journal.md, "Fifty-ninth and
sixtieth batches: rules"):

- **"Between" two places**, the word said: Pashto "د X ـ Y تر منځ" (between X and Y; the two joined
  by a dash, the tatweel "ـ" standing for one, or "او", and), Urdu "X اور Y کے درمیان", Persian
  "بین X و Y" (also "میان", "مابین"), English "between X and Y" (after "the road", "the border",
  "the stretch"…), Russian "между X и Y", Chinese "X和Y之间"; and Russian "на границе X и Y", on
  the border of two (sixty-seventh batch; the same words in English, Kazakh, Kyrgyz, Uzbek and Turkmen were
  already left empty, read by no other rule). The event lies somewhere on the way
  from one to the other; the pair reader takes a border place at one end for the crossing itself
  ("Torkham - Peshawar" is Torkham), which is right for a crossing's two sides, not for a stretch
  the text says lies *between* them. The pair guard (:mod:`.pair_guard`) drops two places of two
  countries only; here the country does not matter, the word does. Both ends must name places
  (not countries: "between Pakistan and Afghanistan" says which border).
- **A list under its unit's heading**: Urdu "P کے علاقوں X اور Y" (P's areas X and Y), English
  "P's districts X and Y": the unit heads a list of places in it; the unit stood in for the list
  (a province answered, as if the list were one place it holds). When two names of the list are
  places apart from each other (farther than :data:`.list_guard.APART_KM`), the text names several
  places: no one point. One name after the heading ("P کے علاقے X") is P's place X, read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone
from .gazetteer import haversine_km
from .list_guard import APART_KM

if TYPE_CHECKING:
    from .candidates import Candidate
    from .chain import Resolver

#: A dash between two names: hyphen, en or em dash, or a run of tatweels standing for one.
_DASH = r"(?:\s*[-–—]\s*|\s+\u0640+\s+)"
_BETWEEN = [
    # Pashto: "(د) X ـ Y تر منځ", "د X او Y ترمنځ"
    re.compile(rf"^(?:د\s+)?(?P<a>\S.*?)(?:{_DASH}|\s+او\s+)(?P<b>\S.*?)\s+(?:تر\s*منځ|تر\s*مینځ)$"),
    # Urdu: "X اور Y کے درمیان" (also "کے بیچ")
    re.compile(r"^(?P<a>\S.*?)\s+اور\s+(?P<b>\S.*?)\s+کے\s+(?:درمیان|بیچ)$"),
    # Persian and Dari: "(در) بین X و Y", "میان", "مابین"
    re.compile(r"^(?:در\s+)?(?:بین|میان|مابین)\s+(?P<a>\S.*?)\s+و\s+(?P<b>\S.*)$"),
    # English: "(the road / border / stretch / section / area) between X and Y"
    re.compile(
        r"^(?:(?:the|a)\s+)?(?:(?:road|highway|border|stretch|section|area|route)\s+)?between\s+(?:the\s+)?"
        r"(?P<a>\S.*?)\s+and\s+(?:the\s+)?(?P<b>\S.*)$",
        re.IGNORECASE,
    ),
    # Russian: "между X и Y"
    re.compile(r"^(?:на\s+участке\s+)?между\s+(?P<a>\S.*?)\s+и\s+(?P<b>\S.*)$", re.IGNORECASE),
    # Chinese: "X和Y之间"
    re.compile(r"^(?:在)?(?P<a>\S+?)(?:和|与|與|至|到|—|-)(?P<b>\S+?)之[间間]$"),
    # Russian "на границе X и Y" (on the border of X and Y; also "на стыке", at the junction), the sixty-seventh
    # batch's g6443: the line two units share is no more one point than the stretch between them. The second
    # unit alone answered ("Хорезмской области Узбекистана" read as the context of the first).
    re.compile(
        r"^(?:(?:на|у|вдоль)\s+)?(?:границ[аеыи]|стыке(?:\s+границ)?)\s+(?P<a>\S.*?)\s+и\s+(?P<b>\S.*)$", re.IGNORECASE
    ),
]

#: Urdu "P کے علاقوں …" (P's areas; also districts, towns, villages), English "P's areas …": a unit heading a list.
_HEADING = [
    re.compile(r"^(?P<head>\S.*?)\s+کے\s+(?:علاقوں|علاقے|علاقہ\s+جات|اضلاع|شہروں|قصبوں|دیہات)\s+(?P<list>\S.*)$"),
    re.compile(
        r"^(?:the\s+)?(?P<head>\S.*?)(?:'s|’s)\s+(?:areas|districts|towns|villages|regions)\s+(?:of\s+)?(?P<list>\S.*)$",
        re.IGNORECASE,
    ),
]
#: Where a heading's list splits: commas of every script, "and" (English, Urdu, Persian, Pashto).
_LIST_SPLIT = re.compile(r"\s*[,،、]\s*|\s+(?:and|اور|و|او)\s+", re.IGNORECASE)


def _a_place(text: str, chain: Resolver, named: frozenset[str]) -> Candidate | None:
    """The place ``text`` names alone (not a country), or None."""
    chosen = place_alone(text.strip(), chain, named)
    if chosen is None or chosen.level == "country" or chosen.geo_precision == "country":
        return None
    return chosen


def between_two(place: str, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why no answer may be given for ``place``, a stretch "between" two places the text names, or None."""
    text = " ".join(place.split())
    for pattern in _BETWEEN:
        match = pattern.match(text)
        if match is None:
            continue
        one, other = _a_place(match.group("a"), chain, named), _a_place(match.group("b"), chain, named)
        if one is not None and other is not None:
            return f"a stretch between two places ({one.label}; {other.label}): no one point"
        return None
    return None


def list_under_heading(place: str, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why no answer may be given for ``place``, a list of places apart under their unit's heading, or None."""
    text = " ".join(place.split())
    for pattern in _HEADING:
        match = pattern.match(text)
        if match is None:
            continue
        names = [name for name in _LIST_SPLIT.split(match.group("list")) if name.strip()]
        if len(names) < 2:
            return None
        places = [found for name in names if (found := _a_place(name, chain, named)) is not None]
        for i, one in enumerate(places):
            for other in places[i + 1 :]:
                if haversine_km(one.latitude, one.longitude, other.latitude, other.longitude) > APART_KM:
                    listed = ", ".join(names)
                    return f"several places under {match.group('head')}'s heading ({listed}): no one point"
        return None
    return None


def joined_doubt(place: str, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why no answer may be given for ``place`` (see the module), or None."""
    return between_two(place, chain, named) or list_under_heading(place, chain, named)


__all__ = ["between_two", "joined_doubt", "list_under_heading"]
