"""Tails after a known name that stopped the reader: "X district near Y", "X, north of the Uzbek border".

Both from the sixty-seventh batch (docs/geocoding-journal.md):

- **"X district near Y" without a comma**: "Usharal district near the popular Lake Alakol
  resort" was looked up whole, as one name, and left empty, while "Usharal district, near Lake
  Alakol" is the district. A capitalised name and its unit word, then "near" (or "close to"),
  is read as if a comma stood before "near": the unit, and the place it is near as context.
- **"X, north of the Uzbek border"**: a context part that places the name by a country's border
  ("just north of", "near", "20 km from", "along the … border") names the country *across* the
  line, not the place's own; it was read as the place's country ("the Uzbek" → Uzbekistan), and
  Shymkent, in Kazakhstan, was ruled out. Such a part now says only that the place is not in that
  country (``ParsedQuery.beyond``, as "bordering C" says), and narrows nothing else.

And one from the sixty-ninth (geo139): **a distance converted in brackets**, "some 480 kilometers (300 miles)
west of Karachi": the bracket was read as a context part ("300 miles", ignored) and the distance reader, which
reads the number before the bearing, never saw the 480 km, so the reference town answered as if near it
(:func:`converted_distance_off`); and **an apposition of kind after a comma**, "a police station in Zahedan, the
provincial capital": lowercase words ending in a noun of kind say what the name is, never where; read as a context
part, "capital" ruled the answer out (:func:`apposition_of_kind_off`); and **a place and its surroundings**, "Rask
and surrounding hills", "X and its environs": one place and the land around it, not a list of two, read as near X
(:func:`surroundings_off`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .phrase_patterns import COUNTRY_STEMS, DEMONYMS

if TYPE_CHECKING:
    from .phrase import ParsedQuery

from ..models.country import country_code

_UNIT_THEN_NEAR = re.compile(
    r"^(?P<head>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*){0,2}\s+"
    r"(?:district|village|town|city|province|region|county|area))\s+(?P<tail>(?:near|close\s+to)\s+\S.*)$",
    re.IGNORECASE,
)
_DISTANCE = r"\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles|mi)"
#: ", the provincial capital", ", a border town", ", the district headquarters": an article, at most three lowercase
#: words, a noun of kind, and nothing after it.
_KIND_APPOSITION = re.compile(
    r"(?<=\S),\s+(?:the|a|an)\s+(?:[a-z][a-z'-]*\s+){0,3}"
    r"(?:capital|town|city|village|headquarters|seat|hub|crossing|port|centre|center|settlement)$"
)
#: "the Wana agency headquarters", "the Miranshah district headquarters": a capitalised name, a unit word and
#: "headquarters" at the end of the text: the town that is the unit's seat, by its name (seventy-first batch, g6815).
_UNIT_HEADQUARTERS = re.compile(
    r"(?:\bthe\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+"
    r"(?:agency|district|tehsil|sub-?divisional|divisional)\s+headquarters$",
    re.IGNORECASE,
)
#: "X, tehsil headquarters of Y" (g7513): a capitalised name, then after its comma the seat of a unit "of" a
#: capitalised one: the place and the unit it lies in, "X, Y" (not an office: the town that is the unit's seat).
_SEAT_OF = re.compile(
    r"^(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}),\s+(?:the\s+)?"
    r"(?:(?:agency|district|tehsil|sub-?divisional|divisional|administrative)\s+)?"
    r"headquarters\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: " and surrounding hills", " and the surrounding areas", " and its environs": the place's own surroundings.
_AND_SURROUNDINGS = re.compile(
    r"^(?P<name>\S.*?)\s+and\s+(?:(?:the|its)\s+)?(?:(?:surrounding|nearby|adjoining|adjacent)\s+"
    r"(?:hills?|areas?|villages?|mountains?|countryside|region|localities)|surroundings|environs|outskirts|vicinity)$",
    re.IGNORECASE,
)
#: A distance, then the same in other units in brackets: "480 kilometers (300 miles)", "10 km (about 6 mi)".
_CONVERTED = re.compile(
    r"(?P<first>\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|mi))\s*"
    r"\(\s*(?:about|some|nearly|roughly|approximately|around|almost|over|~)?\s*"
    r"\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|mi)\.?\s*\)",
    re.IGNORECASE,
)
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_BY_BORDER = re.compile(
    rf"^(?:(?:just|some|about|roughly|only|barely|right)\s+)?(?:{_DISTANCE}\s+)?"
    rf"(?:{_BEARING}\s+of|(?:{_BEARING}\s+)?from|near|close\s+to|along|on|at|by)\s+"
    r"the\s+(?P<side>[^\W\d_]+)\s+(?:border|frontier)$",
    re.IGNORECASE,
)


#: A bridge, then the river it crosses: "the Friendship Bridge over the Amu Darya", "Мост Дружбы через реку
#: Амударья", "мост через Пяндж": the river says which bridge, not where on it (seventy-third batch, g7051).
_BRIDGE_OVER = re.compile(
    r"(?P<bridge>\b(?:bridge|мост[аеу]?)(?:\s+[^\W\d_][\w-]*)??)\s+(?:over|across|через|над)\s+(?:the\s+|рек(?:у|ой|и)\s+)?"
    r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?$",
    re.IGNORECASE,
)
#: "близлежащий Мост Дружбы" (the nearby Friendship Bridge): the Russian adjective read as the English "nearby" is,
#: "near" (g7051).
_NEARBY = re.compile(r"^(?:близлежащ|ближайш)\w*\s+(?=\S)", re.IGNORECASE)


#: "near X province, in Y": a province the place is near, then ", in" and where the place is.
_NEAR_PROVINCE_IN = re.compile(r"^(?P<head>near\s+\S.*?\s+province),\s+in\s+(?P<where>\S[^,]*)$", re.IGNORECASE)


def comma_before_near(raw: str) -> str:
    """ "Usharal district near Lake Alakol" as "Usharal district, near Lake Alakol"; "near X province, in Y" (Y a
    country) as "near X province"; other text as it is.

    After a province the place is near, ", in Y" says where the place is, not where the province is: read as "near X,
    Y", the province was looked for inside Y ("near Sistan-Baluchistan province, in Pakistan" found Pakistan's
    Balochistan by its sound, and the note named it). The place near a province is left unlocated either way; the
    country is left out, as the Hindi reader leaves it ("X के पास Y में", geo178; this English shape, geo179)."""
    match = _UNIT_THEN_NEAR.match(raw)
    if match:
        return f"{match.group('head')}, {match.group('tail')}"
    match = _NEAR_PROVINCE_IN.match(raw)
    return match.group("head") if match and country_code(match.group("where").strip()) else raw


def _side(word: str) -> str | None:
    """The country a border's adjective or name says ("Uzbek", "Afghan", "Uzbekistan"), or None."""
    folded = word.casefold()
    code = country_code(folded) or DEMONYMS.get(folded)
    return code or next(
        (c for stem, c in COUNTRY_STEMS.items() if folded.startswith(stem) and len(folded) - len(stem) <= 2), None
    )


def border_side_off(parsed: ParsedQuery) -> None:
    """Take the context parts that place the name by a country's border out of ``parsed``'s context, their
    country into its ``beyond`` (see the module)."""
    levels = parsed.context_levels or [None] * len(parsed.context)
    kept: list[tuple[str, str | None]] = []
    beyond = set(parsed.beyond)
    for part, level in zip(parsed.context, levels, strict=False):
        match = _BY_BORDER.match(part.strip()) if level is None else None
        code = _side(match.group("side")) if match else None
        if code is None:
            kept.append((part, level))
        else:
            beyond.add(code)
    if len(kept) < len(parsed.context):
        parsed.context = [part for part, _ in kept]
        parsed.context_levels = [level for _, level in kept]
        parsed.beyond = frozenset(beyond)


__all__ = [
    "apposition_of_kind_off",
    "border_side_off",
    "bridge_river_off",
    "comma_before_near",
    "converted_distance_off",
    "surroundings_off",
    "unit_headquarters_off",
]


def bridge_river_off(text: str) -> str:
    """ "близлежащий Мост Дружбы через реку Амударья" → "near Мост Дружбы": the bridge, without the river it
    crosses, near which the text puts the place."""
    return _BRIDGE_OVER.sub(r"\g<bridge>", _NEARBY.sub("near ", text))


def converted_distance_off(text: str) -> str:
    """The text without a distance's conversion in brackets after it: "480 kilometers (300 miles) west of X" is
    "480 kilometers west of X", which the distance reader reads (a reference 480 km off is no answer)."""
    return _CONVERTED.sub(r"\g<first>", text)


def apposition_of_kind_off(text: str) -> str:
    """The text without an apposition of kind after its last comma ("Zahedan, the provincial capital" is "Zahedan");
    a part with a capitalised word ("…, the provincial capital of Sistan-Baluchestan") is kept, as a place."""
    return _KIND_APPOSITION.sub("", text)


def surroundings_off(text: str) -> str:
    """ "Rask and surrounding hills" → "near Rask": a place and the land around it is near the place, not a list."""
    match = _AND_SURROUNDINGS.match(text)
    return f"near {match.group('name')}" if match else text


def unit_headquarters_off(text: str) -> str:
    """ "the fort area in the Wana agency headquarters" → "the fort area in Wana": the headquarters of an agency,
    district or tehsil named after its seat is that town (a police or Scouts headquarters is a compound, and is
    read as one: :mod:`.building_in`)."""
    if "headquarters of" in text.casefold():  # "Kalaya, tehsil headquarters of Lower Orakzai Agency": Kalaya, of it
        text = _SEAT_OF.sub(r"\g<name>, ", text)
    if not text.casefold().endswith("headquarters"):
        return text  # read on every place string: most end otherwise, and need no search
    return _UNIT_HEADQUARTERS.sub(r"\g<name>", text)
