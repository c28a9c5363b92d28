"""Two names joined by a spaced dash are a pair, a line or a stretch between them: no one point.

"Сарыагаш – Келес" (the Saryagash–Keles train, batch 83's g8016) was answered with Saryagash, its first half: the
phrase rules read the dash and what follows as a context part nobody knows. A route, a road or a stretch of border
written "X – Y" names the way between two places, as "X и Y" (X and Y) names two, and the pair guard
(:mod:`.pair_guard`) and the list guard already keep those empty. The dash is an en dash or an em dash (with or without
spaces) or a hyphen with a space on each side; a hyphen with no space is part of a name ("Jalal-Abad", "Kurgan-Tyube",
"Sary-Tash") or the hyphened crossing pair the pair reader knows ("Kulma-Karasu"), and is left alone.

:func:`dash_pair_doubt` drops the answer when the text is two names joined by one such dash, the answer is the place
one half names alone, and neither of the pair reader's crossings nor an apposition is meant:

- the answer is no border crossing, post, bridge or pass whose other end the other half names (a crossing named by its
  two ends, "Torkham – Peshawar", is the pair reader's, :meth:`.chain.Resolver._pair`, and answers the crossing): the
  other half is a known place within :data:`ENDS_KM` of it (the pair reader's bound for one crossing's two ends);
  geo166: "زرنج – دلارام" (the Zaranj–Delaram highway, inside Afghanistan) answered the Zaranj crossing, whose other
  half is no place the gazetteer holds, and such a half (a name: no word of it in small letters, and no place of the
  gazetteer bears it) says as little that a crossing is meant as a far one does;
- the two halves are not two towns of two countries facing across the line (within :data:`FACING_KM`, as the pair
  reader asks): "چمن – سپین بولدک بندر" (Chaman – Spin Boldak port, `dev` g3824) names the crossing by its two ends;
- the other half is no country and no province or district holding the answer ("Chaman – Balochistan" places the
  town in its province, as a comma would).

Chinese writes a transliterated name's hyphen as a dash with no spaces ("戈爾諾—巴達赫尚州", Gorno-Badakhshan, `dev`
g861 and g1662): a text in Han script is left alone.

Each half is a name: it opens with a capital (or is of a script without capitals) and is not all capitals (a
dateline's "KABUL –" is no place of a pair). Standard library only, but for the shared lookup (:mod:`.alone`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone
from .gazetteer import BORDER_KINDS, haversine_km
from .text import name_key

if TYPE_CHECKING:
    from .candidates import Candidate
    from .chain import Resolver

__all__ = ["dash_halves", "dash_pair_doubt"]

#: One to three words of letters (a word may hold a hyphen with no space: "Jalal-Abad").
_NAME = r"[^\W\d_]+(?:-[^\W\d_]+)*(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){0,2}"
_DASH_PAIR = re.compile(rf"^(?P<left>{_NAME})(?:\s*[\u2013\u2014]\s*|\s+-\s+)(?P<right>{_NAME})$")
#: The answer this close to a half's place is that place.
SAME_KM = 25.0
#: Two places of two countries this close are the two ends of one crossing (the pair reader's ``FACING_KM``).
FACING_KM = 15.0
#: A crossing and a known place this close are one crossing's two ends (:meth:`.chain.Resolver._pair`'s 50 km).
ENDS_KM = 50.0
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_UNITS = ("admin1", "admin2")


def _a_name(half: str) -> bool:
    """Opens with a capital (or a letter of a script without capitals), and is not all capitals."""
    letters = half.replace(" ", "").replace("-", "")
    return not half[0].islower() and not (letters.isupper() and len(letters) > 1)


def dash_halves(place: str) -> tuple[str, str] | None:
    """The two names ``place`` joins by one spaced dash ("Сарыагаш – Келес" → the two towns), or None."""
    match = None if _HAN.search(place) else _DASH_PAIR.match(" ".join(place.split()))
    if match is None:
        return None
    left, right = match.group("left"), match.group("right")
    return (left, right) if _a_name(left) and _a_name(right) else None


def _is(one: Candidate, chosen: Candidate) -> bool:
    near = haversine_km(one.latitude, one.longitude, chosen.latitude, chosen.longitude) <= SAME_KM
    return one.country == chosen.country and near


def _holds(other: Candidate, chosen: Candidate) -> bool:
    """Is ``other`` a country, or a province or district of the answer's country (an apposition, not a pair)?"""
    if other.level == "country" or other.geo_precision == "country":
        return True
    return other.country == chosen.country and (other.level in _UNITS or other.geo_precision in _UNITS)


def dash_pair_doubt(place: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why ``chosen`` must not answer ``place`` (two names joined by a dash: a line or a stretch), or None."""
    halves = dash_halves(place)
    if halves is None:
        return None
    found = [place_alone(half, chain, named) for half in halves]
    if chosen.kind in BORDER_KINDS:
        return _crossing_doubt(halves, found, chosen, chain)
    if found[0] is not None and found[1] is not None and found[0].country != found[1].country:
        ends = found[0].latitude, found[0].longitude, found[1].latitude, found[1].longitude
        if haversine_km(*ends) <= FACING_KM:
            return None  # two facing towns: a crossing named by its two ends
    for at, other in ((found[0], found[1]), (found[1], found[0])):
        if at is None or not _is(at, chosen):
            continue
        if other is not None and _holds(other, chosen):
            return None
        return f"left unlocated: {halves[0]!r} – {halves[1]!r}: two places joined by a dash, a line between them"
    return None


def _crossing_doubt(
    halves: tuple[str, str], found: list[Candidate | None], chosen: Candidate, chain: Resolver
) -> str | None:
    """A crossing at one half: kept where the other half is its other end (known, within :data:`ENDS_KM`), holds it
    or is words rather than a name."""
    for at, other, missing in ((found[0], found[1], halves[1]), (found[1], found[0], halves[0])):
        if at is None or not _is(at, chosen):
            continue
        if other is None:
            if any(word[0].islower() for word in missing.split()):
                return None  # words, not a name: "Sarahs–Sarahs barlag-goýberiş nokadynda" (`dev` g2316) names the post
            if chain.gazetteer.by_key(name_key(missing)):
                return None  # a name places bear, none alone: "Жибек Жолы–Гишт-Куприк", the crossing and a village
            return (
                f"left unlocated: {halves[0]!r} – {halves[1]!r}: a crossing at one end and {missing!r}, no place "
                "known, at the other: a road as often as the crossing"
            )
        km = haversine_km(other.latitude, other.longitude, chosen.latitude, chosen.longitude)
        if km <= ENDS_KM or _holds(other, chosen):
            return None  # the crossing named by its two ends, or with its unit
        return f"left unlocated: {halves[0]!r} – {halves[1]!r}: a crossing and a place {km:.0f} km off, a road between"
    return None
