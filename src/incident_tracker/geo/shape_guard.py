"""Two shapes of a string that names several places, whatever its language: a reading left dangling on
"and", and two places each put "in" its own unit.

geo160 wrote new strings of the shapes behind the first-time `dev` wrongs of batches 56-80
(docs/geocoding-journal.md, "Strings that name no one point: the readers' reach (geo160)"; the strings are in
``tests/test_geo_shapes_reach.py``) and found the list readers of earlier sessions held in most languages but
two ways:

* **A part read up to an "and".** "Исфаринский и Канибадамский район Согдийской области" (the Isfara and
  Konibodom district of Sughd: two districts under one singular unit word) was read as a name "Исфаринский и"
  in the context of Konibodom District, which stood in; "مرز استان سیستان و بلوچستان و ولایت نیمروز" (the
  border of Sistan and Baluchestan province and Nimroz province) as a name ending in "و" in the context of
  Nimroz; "مرز میان استان خراسان رضوی و ولایت هرات" with a context part "خراسان رضوی و". A name or a context
  part that ends on a conjunction is half of a list the reader cut at the wrong place: the text names two
  places or two units (the set labels both shapes `unlocated`: the province stands in for no two of its
  districts, geo137, and a line between two provinces is no point, g6443). :func:`dangling_and` leaves such an
  answer empty. No `dev` answer reads a part so but g6443, rightly empty already.
* **"X in A and Y in B", answered by X's own name.** "Torkham in Khyber and Chaman in Killa Abdullah" was
  answered with Torkham: :func:`.list_guard.two_with_units` reads the shape only when a province or district
  stands in (the fifty-seventh batch's g5426, in Persian), and the first name here is a pack place.
  :func:`two_places_in_units` reads it for an answer by name too, when each part is a name "in" a place and
  each, read alone, answers a place, the two lying apart and neither holding the other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone, resolved_alone
from .gazetteer import haversine_km
from .list_guard import APART_KM

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["AND_WORDS", "dangling_and", "two_places_in_units"]

#: "and" as a word of its own, in the languages of the set: English, Russian, Kyrgyz, Kazakh, Uzbek (Latin and
#: Cyrillic), Tajik, Azerbaijani, Turkmen, Persian and Dari, Urdu, Pashto, Turkish, French, Spanish, Italian and
#: Portuguese, German. A reading of a part that ends on one of them has cut a list in two.
AND_WORDS = frozenset(
    {"and", "&", "и", "жана", "және", "va", "ва", "və", "we", "و", "اور", "او", "ve", "et", "y", "e", "und"}
)
#: Chinese "and" is no word of its own: a part ending on the character.
_AND_CHARACTERS = ("和", "及", "与", "與")

#: A Russian adjective of a place's name, in any case ("Исфаринский и Канибадамский район": the Isfara and the
#: Konibodom district): before "и" it can only qualify the unit word after the second name.
_ADJECTIVE = re.compile(r"[а-яё]{3,}(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$", re.IGNORECASE)
#: Where a text splits into the two parts of "X in A and Y in B": "and", "и", "و", "اور", "او", "va".
_JOIN = re.compile(r"\s+(?:and|и|و|اور|او|va|ва)\s+", re.IGNORECASE)
#: A name, then "in" before a place (English, Russian, Persian and Dari, Pashto, Arabic, Uzbek; Urdu's "میں"
#: follows the place): each part of "X in A and Y in B".
_IN = re.compile(r"\S\s+(?:in|в|во|در|په|في)\s+\S|\S\s+میں(?:\s|$)", re.IGNORECASE)


def dangling_and(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why a stand-in ``chosen`` must not answer a text whose name or context part the reader cut after an
    "and", or None.

    Only a stand-in (a unit the text names, answering for the name) is dropped, and only when the part before
    the "and", read alone, is another place: one the stand-in neither is nor holds, nor lies in. The "and" then
    joins two places and the stand-in is one of them.
    """
    parsed = resolution.parsed
    if parsed is None or chosen.match != "context":
        return None
    for part in (parsed.name, *parsed.context):
        words = part.split()
        if not words:
            continue
        if words[-1].casefold() in AND_WORDS:
            before = " ".join(words[:-1])
        elif part.endswith(_AND_CHARACTERS):
            before = part[:-1].strip()
        else:
            continue
        if _ADJECTIVE.search(before):
            return f"left unlocated: two adjectives joined by 'and' before one unit word ({part!r}): two units"
        other = place_alone(before, chain, resolution.named) if before else None
        if other is None or other.name == chosen.name or _holds(other, chosen) or _holds(chosen, other):
            continue
        return f"left unlocated: the text was read up to an 'and' ({part!r}): it names {other.label} and another place"
    return None


def two_places_in_units(place: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why ``chosen``, answered by a name (not a stand-in), must not answer ``place``, two places each "in" a
    place of its own ("Torkham in Khyber and Chaman in Killa Abdullah"), or None."""
    if chosen.match == "context":
        return None  # a stand-in: list_guard.two_with_units reads it
    text = " ".join(place.split())
    for join in _JOIN.finditer(text):
        parts = (text[: join.start()].strip(), text[join.end() :].strip())
        if not all(parts) or not all(_IN.search(part) for part in parts):
            continue
        one, other = (resolved_alone(part, chain, named).chosen for part in parts)
        if one is None or other is None or _holds(one, other) or _holds(other, one):
            continue
        if haversine_km(one.latitude, one.longitude, other.latitude, other.longitude) > APART_KM:
            return f"left unlocated: two places named together, each in its own place ({parts[0]}; {parts[1]})"
    return None


def _holds(outer: Candidate, inner: Candidate) -> bool:
    """Is ``outer`` the country or province ``inner`` lies in?"""
    if outer.level == "country":
        return outer.country == inner.country
    return outer.level == "admin1" and (outer.country, outer.admin1_code) == (inner.country, inner.admin1_code)
