"""A crossing's two sides: towns of one name facing each other ("the Sarakhs Bridge"), and the side asked for.

Sarakhs (Iran) and Sarahs (Turkmenistan) face each other 6 km apart across the Tejen, and the
gazetteer knows the Turkmen town by the Iranian spelling too; a report about both countries
named either, and nothing was chosen. When the text names the place with a crossing head
("border", "bridge", "terminal", "crossing", "checkpoint", "customs", "gate") it names the
crossing, not a town: the pack's crossing of that very name answers, if every place that
could be meant lies within :data:`TWIN_KM` of it and on one of its sides. The crossing
belongs to both sides (``Candidate.sides``), so the answer is true whichever town was meant;
a bare name or "the city of X" names a town, and stays a choice the text does not make.

A crossing asked for as a place of the country across its line (:func:`to_side`) answers with that country's own
row facing it, where the pack has one, or keeps its point, said to lie on the line; so does a crossing found by
the other side's name in a text that names only the country across its line (:func:`named_side`), where the pack
has that row.

A crossing named as a port ("Irkeshtam port", "伊尔克什坦口岸": China calls its land crossings ports, 口岸) answers
with the Chinese port's own row where the pack stores one facing the neighbour's (:func:`port_sides`): the name
alone found the Kyrgyz village 2 km across the line, and the text named the port.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .gazetteer import BORDER_KINDS, haversine_km

if TYPE_CHECKING:
    from ..store.gazetteer import PlaceRow
    from .candidates import Candidate
    from .gazetteer import Gazetteer
    from .phrase import ParsedQuery

#: Two towns of one crossing: the farthest a rival may lie from the crossing's point.
TWIN_KM = 10.0
#: A crossing head after (or before) the name: the text names the crossing itself.
_CROSSING_HEAD = re.compile(
    r"\b(?:border|bridge|terminal|crossing|checkpoint|check-post|customs|gate|port)s?\b", re.IGNORECASE
)


def crossing_of_twins(
    parsed: ParsedQuery, best: Candidate, rivals: Sequence[Candidate], eligible: Sequence[Candidate]
) -> Candidate | None:
    """The pack crossing that answers for twin towns of one name (see the module), or None."""
    if not parsed.bare or parsed.bare == parsed.name:
        return None
    if not _CROSSING_HEAD.search(parsed.name.replace(parsed.bare, " ")):
        return None
    places = [best, *rivals]
    for crossing in eligible:
        if crossing.source != "pack" or crossing.kind not in BORDER_KINDS or crossing.match != "name":
            continue
        if all(
            place.country in crossing.sides
            and haversine_km(place.latitude, place.longitude, crossing.latitude, crossing.longitude) <= TWIN_KM
            for place in places
        ):
            return crossing
    return None


def facing_rows(one: Candidate, other: Candidate) -> bool:
    """Are ``one`` and ``other`` the pack's two rows of one crossing, each facing the other's country within
    :data:`TWIN_KM` (Aqina and Ymamnazar)?"""
    return (
        one.source == other.source == "pack"
        and one.kind in BORDER_KINDS
        and other.kind in BORDER_KINDS
        and one.country != other.country
        and one.country in other.border_with
        and other.country in one.border_with
        and haversine_km(one.latitude, one.longitude, other.latitude, other.longitude) <= TWIN_KM
    )


def to_side(candidate: Candidate, side: str, gazetteer: Gazetteer) -> Candidate:
    """A crossing asked for as a place of ``side``, the country across its line ("Torkham" in Afghanistan).

    The pack stores each side of some crossings as a row of its own (Chaman and Wesh, Aqina and Ymamnazar):
    the row of ``side`` that faces ``candidate`` across the line, within :data:`TWIN_KM`, answers, so the
    stored country and point agree. A crossing the pack stores once (Torkham) keeps its point, stored as
    ``side``'s, and ``line`` says the point lies on the line, not inside ``side``.
    """
    from dataclasses import replace

    row = _facing_row(candidate, side, gazetteer)
    if row is not None:
        return _as_facing_row(candidate, side, row, gazetteer)
    home = candidate.country
    # the side it left is now across its border, so both stay its sides
    border_with = tuple(sorted({*candidate.border_with, home or side} - {side}))
    line = f"{side}-{home}" if home else None
    return replace(
        candidate, country=side, admin1=None, admin1_code=None, border_with=border_with, crossed=True, line=line
    )


def named_side(candidate: Candidate, named: frozenset[str], gazetteer: Gazetteer) -> Candidate | None:
    """The pack's row of the one side the text names that faces ``candidate``, a crossing the text's countries
    leave out (its own country unnamed, the one across its line named), or None.

    "Sarakhs crossing" in a report that names Turkmenistan alone matched the Iranian row, Sarakhs, by its own
    name, and the record stored Iran, the side the report does not name; the Turkmen row facing it (Saragt)
    is the side it does. Only where the pack stores that row: a crossing stored once keeps its own country
    (the text's countries are a report's, not the user's choice, as ``--country`` is for :func:`to_side`).
    """
    if candidate.source != "pack" or candidate.kind not in BORDER_KINDS or not named or candidate.country in named:
        return None
    across = set(candidate.border_with) & named
    if len(across) != 1:
        return None
    (side,) = across
    row = _facing_row(candidate, side, gazetteer)
    return _as_facing_row(candidate, side, row, gazetteer) if row is not None else None


def unit_across_named_line(candidate: Candidate, parsed: ParsedQuery, named: frozenset[str]) -> bool:
    """Is ``candidate`` a district the text names as a crossing ("Sarakhs crossing", "КПП «X»") though it lies on
    the side the text's countries leave out, while they name the one across its line? "Sarakhs crossing" in a
    report naming Turkmenistan alone matched Sarakhs County, Iran's district at the crossing, before the crossing
    itself, whose own row :func:`named_side` gives the Turkmen side; a district lies wholly on its side, as it
    does for ``--country`` (issue 13). Not where the text names both sides, or neither, nor without a border word."""
    if candidate.level != "admin2" or candidate.kind in BORDER_KINDS or not named or candidate.country in named:
        return False
    if not (parsed.bare or parsed.crossing_word):
        return False
    return len(set(candidate.border_with) & named) == 1


def _as_facing_row(candidate: Candidate, side: str, row: PlaceRow, gazetteer: Gazetteer) -> Candidate:
    """``candidate`` answered by ``row``, the pack's row of ``side`` that faces it (:func:`_facing_row`): the row's
    name, point, kind and province, said to lie across the line from where the name was found."""
    from dataclasses import replace

    from .candidates import make_location

    fields: dict[str, Any] = {"name": row.name, "country": side, "latitude": row.latitude}
    fields |= {"longitude": row.longitude, "kind": row.kind, "admin1": gazetteer.admin1_name(side, row.admin1)}
    fields |= {"admin1_code": row.admin1, "id": row.id}
    raw = {**(candidate.location.raw if candidate.location is not None else {}), **fields}
    raw |= {"border_with": (row.border_with or "").split(";"), "admin2": row.admin2}
    fields |= {"ident": str(fields.pop("id")), "border_with": tuple(raw["border_with"])}
    return replace(candidate, **fields, location=make_location(raw), crossed=True, line=None)


def _facing_row(candidate: Candidate, side: str, gazetteer: Gazetteer) -> PlaceRow | None:
    """The pack's border row of ``side`` that faces ``candidate`` (it names ``candidate``'s country across its
    line) within :data:`TWIN_KM`, the nearest; or None."""
    from ..store import gazetteer as sql

    home, lat, lon = candidate.country, candidate.latitude, candidate.longitude
    degrees = TWIN_KM / 111.0
    wide = degrees / max(0.05, math.cos(math.radians(lat)))
    rows = sql.named_places_in_box(gazetteer.conn, (lat - degrees, lat + degrees, lon - wide, lon + wide), side)
    facing = [
        (haversine_km(lat, lon, row.latitude, row.longitude), row)
        for row in rows
        if row.tier == "pack" and row.kind in BORDER_KINDS and home in (row.border_with or "").split(";")
    ]
    nearest = min(facing, key=lambda pair: pair[0], default=None)
    return nearest[1] if nearest is not None and nearest[0] <= TWIN_KM else None


def on_the_line_of_pack(place: PlaceRow | Any) -> bool:
    """Is a gazetteer place a border place of the pack (a crossing, post, bridge or pass)?"""
    return place.tier == "pack" and place.kind in BORDER_KINDS


def at_the_crossing(place: Any, crossings: Sequence[Any], countries: frozenset[str] | None) -> bool:
    """May ``place`` answer a name given with a border word, the pack's ``crossings`` bearing it ("the Zhibek Zholy
    crossing")? A border place of the pack, or a town within :data:`.candidates.SAME_PLACE_KM` of one of them (the
    twins a crossing lies between, which :mod:`.twin_guard` weighs), or a unit there of one of ``countries`` (any,
    when None: "Sarakhs crossing" in a text naming Turkmenistan is no district of Iran's); not a village far off that
    bears the name too (Jıbek joly, 632 km from the crossing)."""
    from .candidates import SAME_PLACE_KM

    if on_the_line_of_pack(place):
        return True
    if place.level is not None and countries is not None and place.country not in countries:
        return False
    return any(
        haversine_km(place.latitude, place.longitude, crossing.latitude, crossing.longitude) < SAME_PLACE_KM
        for crossing in crossings
    )


#: The side of a crossing a "port" names: China's land crossings are its ports (口岸).
PORT_SIDE = "CN"


def port_sides(parsed: ParsedQuery, found: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """``found``, where the text named a port ("X port", "X口岸"), with each pack crossing of China's neighbour
    that the pack's own Chinese port row faces (Irkeshtam, KG, and Irkeshtam port, CN) replaced by that row, the
    port the text named, said to be China's side of the crossing; a row found twice is kept once."""
    if not parsed.port:
        return found
    out: list[Candidate] = []
    for candidate in found:
        if (
            candidate.source == "pack"
            and candidate.kind in BORDER_KINDS
            and candidate.country != PORT_SIDE
            and PORT_SIDE in candidate.border_with
            and (row := _facing_row(candidate, PORT_SIDE, gazetteer)) is not None
        ):
            candidate = _as_facing_row(candidate, PORT_SIDE, row, gazetteer)
        if not any(c.source == candidate.source and c.ident == candidate.ident for c in out):
            out.append(candidate)
    return out


__all__ = [
    "PORT_SIDE",
    "TWIN_KM",
    "at_the_crossing",
    "crossing_of_twins",
    "facing_rows",
    "named_side",
    "on_the_line_of_pack",
    "port_sides",
    "to_side",
    "unit_across_named_line",
]
