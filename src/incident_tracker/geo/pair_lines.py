"""A pair of names that draws a line, not a crossing: no one point.

The pair reader (``Resolver._pair``) takes "Kulma-Karasu" or "Torkham - Peshawar" for a crossing
named by its two ends, and a border place at one end for the crossing itself. Two shapes of the
same hyphened pair name a line instead (issue 13's `unlocated` strings answered, geo146):

- **a road between the two ends**: "the Torkham-Jalalabad highway", "the Islam Qala-Herat
  road", "طورخم-پشاور روڈ" (Urdu: the Torkham-Peshawar road). The road word after the second end
  says the text means the way from one to the other, some 70 km of it, not the crossing at one
  end; the set labels a road `unlocated` ("the Torkham Highway", g1209). The words: English
  (road, highway, motorway, route, railway…), Urdu and Pashto (شاہراہ, روڈ, سڑک, لار), Chinese
  (公路, 铁路), after the name as those languages write them (Russian and Persian write theirs
  before the pair, "трасса X — Y", "شاهراه X - Y", which the pair reader does not take).
- **a province or district at one end**: "the Khost-Paktika border", "the Kurram-Paktia
  border", "the Chitral-Nuristan border". A crossing is named by the towns or posts at its two
  ends; a unit at an end makes the pair the line between two units (or a unit and a town), which
  the docs and the set hold to be no one point, as "на границе X области и Y области" is. An end is
  a unit when every place it is known by is one (no town bears the name: "Paktika", "Nuristan");
  the other end being a border place of the pack keeps the pair a crossing with the district
  across it ("Torkham-Nangarhar", "the Angoor Adda-Barmal border").

:func:`pair_line` says why such a pair has no point, or None; :func:`spaced_road_pair` says it of the Urdu
road pair written with a space; standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS

if TYPE_CHECKING:
    from .candidates import Candidate

#: A road, railway or route word ending the pair's second end, as English, Urdu, Pashto and Chinese write it.
_LINE_WORD = re.compile(
    r"(?:\s+(?:road|highway|motorway|expressway|route|railway|railroad|rail\s+line|trunk\s+road|"
    r"شاہراہ|شاهراه|روڈ|سڑک|موٹروے|لار|لویه\s+لار|سړک)|公路|高速公路|铁路|鐵路)$",
    re.IGNORECASE,
)
_UNIT_LEVELS = ("admin1", "admin2")


def _a_unit(known: list[Candidate]) -> bool:
    """Is every place an end is known by a province or district (no town, post or crossing bears it)?"""
    return bool(known) and all(c.level in _UNIT_LEVELS or c.geo_precision in _UNIT_LEVELS for c in known)


def _a_border_place(known: list[Candidate]) -> bool:
    return bool(known) and known[0].kind in BORDER_KINDS


def pair_line(pair: tuple[str, str], left: list[Candidate], right: list[Candidate]) -> str | None:
    """Why the pair ``pair``, whose ends are known as ``left`` and ``right`` (best first), names a
    line and no point (see the module), or None when it may be a crossing's two ends."""
    if _LINE_WORD.search(pair[1].strip()):
        return f"{pair[0]!r} to {pair[1]!r}: a road between two places, not a point"
    for unit, other in ((left, right), (right, left)):
        if _a_unit(unit) and not _a_border_place(other):
            ends = f"{pair[0]!r}–{pair[1]!r}"
            return f"{unit[0].label} is a unit at one end of {ends}: the line between them, not a point"
    return None


#: The Urdu and Pashto road pair written with a space, no hyphen: "طورخم پشاور شاہراہ" (the Torkham-Peshawar highway).
#: The reader takes the first name for the place and "پشاور شاہراہ" for an unknown context part; the road word
#: after two names says what the hyphened pair says (geo147).
_SPACED_ROAD = re.compile(r"^(?P<one>\S+)\s+(?P<two>\S+)\s+(?:شاہراہ|شاهراه|روڈ|سڑک|موٹروے|لار|سړک)$")


def spaced_road_pair(place: str, known: Callable[[str], bool]) -> str | None:
    """Why ``place`` (two one-word names and a road word, with no hyphen) names a road, no point, or None.
    ``known`` says whether the gazetteer holds a place by a word: both ends must be names, not "بازار روڈ"."""
    match = _SPACED_ROAD.match(" ".join(place.split()))
    if match is None or not (known(one := match.group("one")) and known(two := match.group("two"))):
        return None
    return f"left unlocated: {one!r} to {two!r}: a road between two places, not a point"


__all__ = ["pair_line", "spaced_road_pair"]
