"""An answer far from a border place the same text names, letter for letter, is no answer.

Learned from history (docs/geocoding-journal.md, "Wrong answers, from history"): the code of every earlier
session was run on today's `dev` strings, and its confidently wrong answers were classed. Most were
mended since by a reading of the words the code had not understood; what seven of them shared is that
the text held, letter for letter, the name of a border place of the pack that is no district (a pass,
a crossing, a port, a town), and the answer lay far from every place of that name. "Pakistan-China
border via Khunjerab Pass in Hunza" stood in with Hunza District, 94 km from the pass; "the
Irkeshtan Port located in Wuqia County" with the county, 114 km from the port; "the area of Nokundi
in Chagi district" with the district, 161 km from the town; a Russian rural district's village
answered its district's point 37 km from the village the text named; an Azerbaijani list of three
crossings took the first by sound, 408 km from the third. Each time the text had said where, and the
reading had dropped the very word that said it.

:func:`far_from_named_place` leaves such an answer empty. Places of one name are all looked at (a
crossing named after two towns, "Chaman–Spin Boldak", lies 11 km from the second), so only a name
no place of which is within :data:`NEAR_KM` of the answer counts. A district of the pack does not
count: it is the container the stand-in path already reads. Of today's 1,046 right `dev` answers
one is lost ("сельского округа Кок-Таш": a rural district named as a town of the pack 181 km off).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .text import name_key

if TYPE_CHECKING:
    from .candidates import Candidate

__all__ = ["NEAR_KM", "far_from_named_place"]

#: The farthest a right answer lies from a border place its text names (the second town of a
#: crossing's double name, 15 km); the nearest wrong one lay 37 km off.
NEAR_KM = 30.0
#: Keys this short are too often a common word ("Mor", "Dar") to say a place is named.
_MIN_KEY = 4
_WORD = re.compile(r"[^\s,،.()«»\"'“”:;!?–—-]+(?:-[^\s,،.()«»\"'“”:;!?–—-]+)*")


#: A word before the name (within three) that makes it the reference of another place: "10 km from
#: Mand", "near X", Russian "от/близ/около/возле X", Kyrgyz "X жанындагы" (beside X, after it), Urdu
#: "X سے … دور" (far from X, after it). The place lies off the named one; a unit holding both may stand in.
_REFERENCE_BEFORE = frozenset({"from", "near", "off", "beyond", "от", "близ", "около", "возле", "вблизи", "рядом"})
_REFERENCE_AFTER = frozenset({"жанындагы", "жанында", "سے"})
#: Words joining a list ("Maksat and Kulundu villages"): a unit holding a listed place answers for all.
_AND = frozenset({"and", "и", "жана", "ва", "va", "و", "ve", "və", "we", "және"})

Point = tuple[float, float, str]


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[Point, ...]]:
    """Each name key of the pack's places that are no district → (latitude, longitude, district key)
    of the places so named."""
    from .pack import shipped_pack

    points: dict[str, set[Point]] = {}
    for entry in shipped_pack():
        if entry.kind == "district":
            continue
        for name in (entry.name, *entry.aliases):
            if len(key := name_key(name)) >= _MIN_KEY:
                points.setdefault(key, set()).add((entry.latitude, entry.longitude, name_key(entry.admin2 or "")))
    return {key: tuple(found) for key, found in points.items()}


@lru_cache(maxsize=4096)
def _named_places(text: str) -> tuple[tuple[str, bool, tuple[Point, ...]], ...]:
    """The pack places (no district) the text names in one to three words, letter for letter, each with
    whether a word around it makes it a reference (kept per text: a report's strings come again, and
    each is keyed up to three times a word)."""
    places = _places()
    words = _WORD.findall(text)
    folded = [word.casefold() for word in words]
    found: list[tuple[str, bool, tuple[Point, ...]]] = []
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if (points := places.get(name_key(phrase))) is not None:
                end = start + size
                reference = bool(_REFERENCE_BEFORE & set(folded[max(0, start - 3) : start])) or (
                    end < len(words) and folded[end] in _REFERENCE_AFTER
                )
                found.append((phrase, reference, points))
    return tuple(found)


@lru_cache(maxsize=1)
def _district_names() -> dict[str, frozenset[str]]:
    """Each pack district's name key → the keys of all its names, the whole-only ones too ("Taftan County",
    "شهرستان تفتان")."""
    from .pack import shipped_pack

    names: dict[str, set[str]] = {}
    for entry in shipped_pack():
        if entry.kind == "district":
            keys = {name_key(name) for name in (entry.name, *entry.aliases, *entry.whole_aliases)}
            names.setdefault(name_key(entry.name), set()).update(key for key in keys if key)
    return {key: frozenset(found) for key, found in names.items()}


def _in_own_name(place: str, phrase: str, chosen: Candidate) -> bool:
    """Is the named place ``phrase`` a word of the chosen district's own name as the text writes it, with its
    unit word ("Taftan County", "شهرستان تفتان": the county, not the Pakistani crossing Taftan, geo146)?"""
    own = _district_names().get(name_key(chosen.name))
    if not own:
        return False
    words, named = _WORD.findall(place), phrase.split()
    for size in range(len(named) + 1, len(named) + 3):
        for start in range(len(words) - size + 1):
            span = words[start : start + size]
            inside = any(span[i : i + len(named)] == named for i in range(size - len(named) + 1))
            if inside and name_key(" ".join(span)) in own:
                return True
    return False


def far_from_named_place(place: str, chosen: Candidate) -> str | None:
    """Why ``chosen`` must not answer (it lies far from a border place the text names), or None.

    A province answers as before (a crossing named with a province away from it lets the province
    stand in: `tests/test_geo_conflicts.py`). A district that holds the named place answers when the
    text makes that place a reference ("a hamlet 10 km from Mand, Kech") or one of a list ("Maksat and
    Kulundu villages of Leilek district"): the place is not the named one, and the district holds it.
    """
    if chosen.geo_precision == "admin1":
        return None
    own = name_key(chosen.name)
    listed = bool(_AND & {word.casefold() for word in _WORD.findall(place)})
    for phrase, reference, points in _named_places(place):
        if (reference or listed) and any(own.startswith(district) for *_, district in points if district):
            continue  # the district holds the place the text measures from or lists
        if _in_own_name(place, phrase, chosen):
            continue  # the text names the district whole: the border place's name is the district's own
        km = min(haversine_km(chosen.latitude, chosen.longitude, lat, lon) for lat, lon, _ in points)
        if km > NEAR_KM:
            return f"left unlocated: the text names {phrase!r}, a border place {km:.0f} km from {chosen.label}"
    return None
