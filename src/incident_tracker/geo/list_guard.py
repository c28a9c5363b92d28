"""A list of several places is no one event place, in every script.

"چمن، قلعہ سیف اللّٰہ اور چاغی" (Chaman, Qila Saifullah and Chaghi: three districts of
Balochistan) was answered with Chaman, its first name, read as a town with the rest as
context: the seventeenth batch's first-score dev error g1436. The phrase rules knew lists
by a plural unit word ("the districts of A, B and C", "ولسوالي هاي A، B و C") or, in
Cyrillic, by two commas and an "и"; a bare list has neither.

The shape alone is not enough: "Zahedan, Sistan and Baluchestan" is a town and its province,
whose own name holds "and". So a text is read as a list when it splits at its commas into
names and its last part at a conjunction into two more (three at least in all); the last
part whole is no place the gazetteer knows by its own or a recorded name; and another
name of the list is such a place, lying apart from the answer (farther than
:data:`APART_KM`, and not a province or country that holds it). Only then is the answer
dropped: the text names several places, and no one of them is where the event was.

A list of two places, each with its own unit ("مرزهای X در استان P و Y در استان Q": the
borders of X in P province and Y in Q province), has no second comma, and its units are
read as context: the last part's province stood in for the whole (the fifty-seventh batch's
g5426). :func:`two_with_units` drops such a stand-in when the other part, read alone, lies
apart from it and neither holds the other: the unit was named for one of the two only.

Two places joined by a comma alone ("one at Jalal-Abad, the other at Kara-suu": the two crossing
points UNHCR visited, batch 75's dev error g7228) were read as a place and its context, and the
first answered, though "Jalal-Abad and Kara-suu" got nothing. The comma is not enough to tell
them from "Faizabad, Badakhshan" or "Bakai, Batken" (a village and the town it lies near: the two
of g7228 lie 29 km apart), so :func:`two_by_comma` reads only the shapes that say "two":
"one at X, the other at Y" (the words "one … the other / another / the second" name two places,
one each) and "X, Y posts" (a plural unit word after two names each known as a place).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone, resolved_alone
from .candidates import EXACT
from .gazetteer import haversine_km
from .phrase_declined import a_pack_district
from .phrase_tails import surroundings_off
from .text import UNIT_WORDS, name_key

if TYPE_CHECKING:
    from .candidates import Candidate
    from .chain import Resolver

#: Commas of every script (Latin, Arabic, Chinese enumeration comma) between a list's names.
_SEPARATOR = re.compile(r"\s*[,،、]\s*")
#: "and" before a list's last name: English, Russian, Kyrgyz, Kazakh, Uzbek, Tajik, Persian and
#: Dari, Urdu, Pashto, Azerbaijani ("və"), Turkmen ("we"), Chinese.
_LAST_AND = re.compile(r"\s+(?:and|&|и|жана|және|va|ва|və|we|و|اور|او)\s+|\s*[和及与與]\s*", re.IGNORECASE)
#: A plural unit word after the last name ("A, B and C rural municipalities", "… villages"): the text
#: itself says it names several units, so the list needs no other known name to be one.
_PLURAL_UNIT = re.compile(
    r"\s(?:rural\s+)?(?:villages|districts|municipalities|communities|provinces|towns|settlements|"
    r"counties|townships|jamoats|aiyl\s+aimaks|sub-?districts|tehsils|(?:border\s+)?crossings|"
    # posts and checkpoints ("X, Y and Z border posts"; geo148)
    r"(?:border\s+)?(?:out)?posts|checkpoints|check\s*posts|crossing\s+points|"
    # the plural "borders" or "crossings" after the list: Azerbaijani "sərhədləri", Turkmen
    # "serhetleri", "geçelgeleri", Uzbek "chegaralari" ("İncəburun, Sərəxs və Lütfabad sərhədləri")
    r"sərhədləri\w*|serhetleri\w*|geçelgeleri\w*|chegaralari\w*)$",
    re.IGNORECASE,
)
#: Where a text splits into two parts of a list of two: "و", "and", "и", "اور", "او", or a comma.
_TWO_JOIN = re.compile(r"\s+(?:and|и|و|اور|او)\s+|\s*[,،]\s*", re.IGNORECASE)
#: A unit word: each part of a list of two names its own unit (Persian, Dari, Pashto, Urdu, Arabic, English,
#: Russian). "سیستان و بلوچستان" (one province whose name holds "و") has none on either side of its "و".
_UNIT_WORD = re.compile(
    rf"(?<!\w)(?:{UNIT_WORDS}|ولايت|ولسوالي|ولسوالۍ|صوبے|ایجنسی|محافظة|"
    r"ولاية|مديرية|county|region|oblast|agency|област\w*|район\w*|провинци\w*|"
    r"уезд\w*)(?!\w)",
    re.IGNORECASE,
)
#: A name, then "in" before its unit: each part of a list of two is a place in a unit ("X در استان P", "X in P
#: province", "X в P области"; Urdu's "میں" follows the unit). A part that is a unit alone ("district Kech" after
#: "X in Tehsil Mand,") is the context of a chain, not a second place.
_LINKED = re.compile(r"\S\s+(?:در|in|в|во|په|في|ب|میں)\s+\S", re.IGNORECASE)
#: "one at X, the other at Y": a part opening with "one" (or "the first") and the next with "the other",
#: "another" or "the second", each before a place (English: a Russian "один в Оше, другой в Кара-Суу" already
#: gets no point, its case endings naming no place as written).
_ONE = re.compile(r"^(?:one|the\s+first)\b", re.IGNORECASE)
_OTHER = re.compile(r"^(?:the\s+other|another|the\s+second)\b", re.IGNORECASE)
#: Two names of a list this close may be one place and its quarter: not held apart.
APART_KM = 25.0


#: A conjunction opening a list's last part: the serial comma of English copy ("Mohmand, Dir, and Chitral"),
#: where the comma before "and" leaves the last part without the space the plain list has (g7813).
_SERIAL_AND = re.compile(r"^(?:and|&)\s+(?=\S)", re.IGNORECASE)


def list_names(text: str) -> list[str]:
    """The names of a list "A, B and C" (three or more; "A, B, and C" too), or [] when the text is not one."""
    parts = [part for part in _SEPARATOR.split(text.strip()) if part]
    if len(parts) < 2:
        return []
    serial = _SERIAL_AND.match(parts[-1]) if len(parts) >= 3 else None
    if serial and not _LAST_AND.search(parts[-1][serial.end() :]) and all(part.strip() for part in parts[:-1]):
        return [*parts[:-1], parts[-1][serial.end() :].strip()]
    last = [name for name in _LAST_AND.split(parts[-1]) if name.strip()]
    if len(last) != 2 or any(not part.strip() for part in parts[:-1]):
        return []
    return [*parts[:-1], *(name.strip() for name in last)]


def joined_names(text: str) -> list[list[str]]:
    """The readings of a list whose last part holds more than one conjunction ("A, B and Dand wa
    Patan": one joins the list, another is inside a name): each split at one conjunction, [] if none."""
    parts = [part for part in _SEPARATOR.split(text.strip()) if part]
    if len(parts) < 2 or any(not part.strip() for part in parts[:-1]):
        return []
    last = parts[-1]
    joins = list(_LAST_AND.finditer(last))
    if len(joins) < 2:
        return []
    readings = [[*parts[:-1], last[: j.start()].strip(), last[j.end() :].strip()] for j in joins]
    return [names for names in readings if all(names[-2:])]


def _one_reading(place: str, chain: Resolver, named: frozenset[str]) -> list[str]:
    """The names of a list with a conjunction inside one of its names: the reading whose names that
    still hold a conjunction each answer as one place ("دند و پتن"), when exactly one reading does."""
    fits = [
        names
        for names in joined_names(place)
        if all(_answered(name, chain, named) for name in names[-2:] if _LAST_AND.search(name))
    ]
    return fits[0] if len(fits) == 1 else []


def several_places(place: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why ``chosen`` must not answer ``place`` (a list of places apart from each other), or None. A place and its
    surroundings ("Chaman and the surrounding areas", :func:`.phrase_tails.surroundings_off`) is no list."""
    if surroundings_off(place) != place:
        return None
    names = list_names(place) or _one_reading(place, chain, named)
    if not names:
        return None
    if _PLURAL_UNIT.search(names[-1]):
        return f"several places named together ({', '.join(names)}): no one point"
    last_whole = _SEPARATOR.split(place.strip())[-1]
    if _known(last_whole, chain, named) is not None:
        return None  # "Sistan and Baluchestan": one place whose name holds "and"
    for name in names:
        other = _known(name, chain, named)
        if other is None or _holds(other, chosen):
            continue
        if haversine_km(chosen.latitude, chosen.longitude, other.latitude, other.longitude) > APART_KM:
            return f"several places named together ({', '.join(names)}): no one point"
    return None


def two_with_units(place: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why a stand-in ``chosen`` must not answer ``place``, a list of two places each with its own unit, or None.

    The text splits at one "و", "and" or comma into two parts, each a name "in" a unit; one part, read
    alone, answers a place (by any match, a stand-in too) that lies apart from ``chosen`` (farther
    than :data:`APART_KM`), neither holding the other. Only a stand-in is dropped: a place the text
    names by its own name is left to :func:`several_places`.
    """
    if chosen.match != "context":
        return None
    text = " ".join(place.split())
    for join in _TWO_JOIN.finditer(text):
        parts = (text[: join.start()].strip(), text[join.end() :].strip())
        if not all(parts) or not all(_UNIT_WORD.search(part) and _LINKED.search(part) for part in parts):
            continue
        for part in parts:
            other = resolved_alone(part, chain, named).chosen
            if other is None or _holds(other, chosen) or _holds(chosen, other):
                continue
            if haversine_km(chosen.latitude, chosen.longitude, other.latitude, other.longitude) > APART_KM:
                return f"two places named together, each with its own unit ({parts[0]}; {parts[1]}): no one point"
    return None


def two_by_comma(place: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why ``chosen`` must not answer ``place``, two places joined by a comma as two, or None.

    "one at X, the other at Y" (the two parts of the text at its one comma, the first opening with
    "one", the second with "the other"): the text says it names two places, one each, whatever they
    are. "X, Y posts" (two parts, a plural unit word after the second, each part without it a place
    known by its own or a recorded name, neither the province or country holding the other): the
    unit word says several, as in "A, B and C posts" (:func:`several_places`).
    """
    parts = [part for part in _SEPARATOR.split(" ".join(place.split())) if part]
    if len(parts) != 2:
        return None
    first, second = parts
    if _ONE.match(first) and _OTHER.match(second):
        return f"two places named one each ({first}; {second}): no one point"
    plural = _PLURAL_UNIT.search(" " + second)
    if plural is None:
        return _two_provinces(first, second, chain) or _two_districts(first, second, chain, named)
    names = (first, second[: plural.start() - 1].strip())
    found = [_known(name, chain, named) for name in names]
    if any(one is None or one.level == "country" for one in found) or not names[1]:
        return None
    one, other = found
    if one is None or other is None or _holds(one, other) or _holds(other, one):
        return None
    return f"several places named together ({names[0]}, {names[1]}): no one point"


def _two_provinces(first: str, second: str, chain: Resolver) -> str | None:
    """ "Kunar, Nangarhar", "کنڑ، ننگرہار": two provinces of one country by their whole names, one after the
    comma, are a list, not a place and its context (a province holds no other); None where either part is no
    province's whole name, or both name the same one ("Herat, Herat"). The province index alone is asked
    (exact names, no sound-alike), so a text of two comma'd parts costs no town lookup (geo150)."""
    tier = chain.gazetteer_tier
    one = {slot for slot, score in tier.match_admin1(first).items() if score >= EXACT}
    other = {slot for slot, score in tier.match_admin1(second).items() if score >= EXACT}
    if not one or not other or one & other:
        return None
    if not any(a[0] == b[0] for a in one for b in other):
        return None
    return f"two provinces named together ({first}, {second}): no one point"


def _two_districts(first: str, second: str, chain: Resolver, named: frozenset[str]) -> str | None:
    """ "Bajaur, Mohmand", "Kurram, Orakzai": two districts by their whole names, one after the comma, are a pair,
    not a place and its context (a district holds no other): the first alone answered as if exact (geo152). Both
    must be pack districts letter for letter (no lookup for any other text) and each, read alone, a district: a
    town that bears a district's name ("Chaman, Qila Abdullah") is a place and its context, as before."""
    if not (a_pack_district(first) and a_pack_district(second)) or name_key(first) == name_key(second):
        return None
    one, other = place_alone(first, chain, named), place_alone(second, chain, named)
    if one is None or other is None or one.level != "admin2" or other.level != "admin2" or one.name == other.name:
        return None
    return f"two districts named together ({first}, {second}): no one point"


def _known(name: str, chain: Resolver, named: frozenset[str]) -> Candidate | None:
    """The place ``name`` is, by its own or a recorded name, or None."""
    chosen = place_alone(name, chain, named)
    return chosen if chosen is not None and chosen.trusted else None


def _answered(name: str, chain: Resolver, named: frozenset[str]) -> bool:
    """Does ``name`` answer as one place, by a name or a sound ("دند و پتن", Dand Patan with its "and")?"""
    return place_alone(name, chain, named) is not None


def _holds(other: Candidate, chosen: Candidate) -> bool:
    """Is ``other`` the country or province ``chosen`` lies in?"""
    if other.level == "country":
        return other.country == chosen.country
    return other.level == "admin1" and (other.country, other.admin1_code) == (chosen.country, chosen.admin1_code)


__all__ = ["APART_KM", "joined_names", "list_names", "several_places", "two_by_comma", "two_with_units"]
