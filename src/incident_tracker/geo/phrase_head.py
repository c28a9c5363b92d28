"""The head of a place string taken apart step by step, once :mod:`.phrase` has split its context off.

The unit word it opens with ("район X", "Zabol Border Regiment"), the words that say the place lies near, by,
at or in a name ("a checkpoint near Torkham", "a freight yard at Towraghondi"), and the crossing words around a
name ("between Afghanistan and Pakistan", "the X crossing into Tajikistan"). Each step takes the head and
returns what is left of it with what its words said. Regular expressions only (:mod:`.phrase_patterns`).
"""

from __future__ import annotations

import re

from ..models.country import country_code
from .phrase_declined import noun_then_direction
from .phrase_patterns import (
    _AT_AFTER_CLAUSE,
    _AT_AFTER_NOUN,
    _BETWEEN,
    _BORDER_AT,
    _BORDER_UNIT,
    _BY_THE_BORDER,
    _EXACT_PREFIX,
    _IN_TOWN_AFTER_NOUN,
    _INTO,
    _NAMED_AT_BORDER,
    _NEAR_AFTER_NOUN,
    _NEAR_PREFIX,
    _RU_DISTRICT,
    DEMONYMS,
)

__all__ = ["crossing_words_off", "names_a_crossing", "near_off", "unit_word_off"]


def unit_word_off(head: str, cyrillic: bool) -> tuple[str, str | None]:
    """A district's word before the name ("район X", Russian) or a border unit named for its county ("Zabol
    Border Regiment"): the name, and ``admin2``, the level the word says; else the head and None."""
    unit_level: str | None = None
    match = _RU_DISTRICT.match(head) if cyrillic else None
    if match and match.end() < len(head):
        head, unit_level = head[match.end() :], "admin2"
    match = _BORDER_UNIT.match(head) if "border" in head.lower() else None
    if match and match.end() == len(head):  # "Zabol Border Regiment": a unit named for its county
        head, unit_level = match.group("unit"), "admin2"
    return head, unit_level


def near_off(head: str, text: str, near: bool) -> tuple[str, bool]:
    """The name a thing lies by, near, in or at ("border villages near Chaman", "a check post northeast of
    Angoor Adda", "near X"): that name, and whether the place is only near it (``near``: what the reader found
    so far). ``text`` is the whole string: in one typed all in lowercase the words before "near" may be a name."""
    match = _BY_THE_BORDER.search(head)
    if (named := _NAMED_AT_BORDER.match(head)) and _a_town_border(named.group("name")):
        match = None  # "the main gate on the Torkham border": the gate of that crossing, read below as "at"
    if match and match.start() > 0:
        head = head[: match.start()]
    match = _NEAR_AFTER_NOUN.match(head)
    if match and any(ch.isupper() for ch in text):
        # "a checkpoint near Torkham", "border villages near Chaman": what is near is no name (in a
        # text typed all in lowercase, "vorukh near isfara", the words before "near" may be one).
        near, head = True, match.group("place")
    elif (place := noun_then_direction(head)) is not None:  # "a check post northeast of Angoor Adda"
        near, head = True, place
    if match := _IN_TOWN_AFTER_NOUN.match(head):  # "a border post in the city of Mirjaveh": near the town
        near, head = True, match.group("place")
    # "a freight yard at Towraghondi", "sat on a plastic chair in a shed at the Islam Qala crossing"
    match = _AT_AFTER_NOUN.match(head) or _AT_AFTER_CLAUSE.match(head)
    if match and any(ch.isupper() for ch in text):
        head = match.group("place")
    elif (match := _NAMED_AT_BORDER.match(head)) and not a_country(match.group("name").split()[-1]):
        head = f"{match.group('name')} border"  # "the ‘Friendship Gate’ at the Chaman border": that crossing
    match = _NEAR_PREFIX.match(head)
    if match and match.end() < len(head):
        near, head = True, head[match.end() :]
    return head, near


def crossing_words_off(head: str, context: list[str]) -> tuple[str, list[str]]:
    """The words a border place's name stands among: "between Afghanistan and Pakistan" after it, "exactly at"
    or "the border at" before it, "into Tajikistan" after a crossing (the country beyond it joins ``context``)."""
    match = _BETWEEN.search(head)
    if match and match.start() > 0 and all(a_country(match.group(side)) for side in ("one", "two")):
        head = head[: match.start()]
    match = _EXACT_PREFIX.match(head)
    if match and match.end() < len(head):
        head = head[match.end() :]
    match = _BORDER_AT.match(head)
    if match and match.end() < len(head):
        head = head[match.end() :]
    match = _INTO.match(head)
    if match:
        # "the Sher Khan Bandar crossing into Tajikistan": the crossing, and the country beyond it.
        head, context = f"{match.group('name')} {match.group('kind')}", [*context, match.group("beyond")]
    return head, context


def _a_town_border(name: str) -> bool:
    """Is "the ``name`` border" named after a place ("Torkham"), not after a country, its people or a quarter
    ("the Pak-Afghan border", "the Afghan border", "the Northern border")?"""
    parts = re.split(r"[\s-]+", name)
    return name[:1].isupper() and not any(a_country(part) or part.casefold() in _NO_TOWN for part in parts)


#: Words of a border's name that say which line or which part of it, never a town.
_NO_TOWN = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"}) | frozenset(
    {"international", "durand", "sino", "indo", "af"}
)


def a_country(word: str) -> bool:
    """Is ``word`` a country's name or code, or its people's ("Pakistan", "Afghan")? (:mod:`.coverage` too: a
    force of a country names no place.)"""
    return country_code(word) is not None or word.casefold() in DEMONYMS


#: Border words of the region's other scripts that say the name is a crossing: Russian "КПП", "МАПП", "пункт
#: пропуска" (any case), "пропускной пункт", "погранпереход", "пограничный переход", "таможенный пост"; Kazakh
#: "өткізу бекеті/пункті", Kyrgyz "өткөрүү пункту/бекети"; Persian and Dari "گذرگاه", "بندر", "گمرک", "پایانه
#: مرزی", Arabic "معبر", "منفذ"; Urdu "کراسنگ"; Chinese "口岸", "边检站".
_OTHER_SCRIPT_CROSSING = re.compile(
    r"(?<![^\W\d_])(?:КПП|МАПП|пункт\w*\s+пропуска|пропускн\w+\s+пункт\w*|погранперех\w*|пограничн\w+\s+переход\w*"
    r"|таможенн\w+\s+(?:пост\w*|переход\w*)|өткізу|өткөрүү|گذرگاه|بندر|گمرک|پایانه\s+مرزی|معبر|منفذ|کراسنگ)"
    r"(?![^\W\d_])|口岸|边检站|邊檢站",
    re.IGNORECASE,
)


def names_a_crossing(text: str) -> bool:
    """Does the text, as written, carry a border word of another script than English, which the script readers take
    off the name without a trace? The tier then keeps the pack's crossing of the name (geo/crossing_words.py)."""
    return bool(_OTHER_SCRIPT_CROSSING.search(text))
