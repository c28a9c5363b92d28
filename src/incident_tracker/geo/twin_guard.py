"""Twins across a border: a name two countries' units bear, and nothing in the text that says which.

A place that stands in for an unknown place inside it must not be a namesake of another country's unit.

"the Goharkooh region of the city of Taftan" (the forty-second batch's g3932, Mehr on an ambush in Iran's
Taftan County, in a report whose countries are Iran and Pakistan): Goharkooh is unknown, and the name it
lies in, Taftan, is held on both sides of the line: by the Pakistani border town the pack holds and by an
Iranian county (seat Nukabad) that no source of the gazetteer holds. The Pakistani town stood in for the
unknown Iranian region, confidently wrong. The thirty-eighth batch's g3552 was the same shape and was
mended by :mod:`.country_guard` only because its string named Iran's province; this one names nothing
that decides.

:func:`unknown_twin_container` leaves such a stand-in empty: the answer came by the stand-in path (the
named place itself is unknown, a place the text names around it answers), the name that stands in is
also a unit of another of the report's countries (:data:`UNIT_TWINS`), and no province or country the
text names, known exactly, is the answer's. An unknown place named as a border place ("the Zero-Point
gate on the Pak-Iran border in Taftan": a gate, a post, a crossing, the border) whose stand-in is a border
crossing of the pack is not left so: a place on the line in a crossing town is at that crossing. A place
that answers by its own name ("the border town of Taftan") is not touched: the pack's town is a crossing
town, the name asked for; only a container is in doubt, and a county is as likely a container of a
named region as the town across the line.

Why not add the county to the pack with its point (Wikipedia's Taftan County, 28.33361 N, 60.63333 E)?
The `dev` evidence says no: "Taftan" alone would become ambiguous (nine `dev` strings that name the
Pakistani town lost), and two strings labelled `unlocated` for want of a point (g211, g3552) would be
answered at the county (docs/geocoding-journal.md, "Forty-second batch: rules").

:func:`twin_across_line` leaves a place empty that is one of two twins facing each other across the line: the
Afghan Ishkashim district and the Tajik Ishkoshim district (8 km apart, across the Panj) both bear the spelling
"Ishkashim", and a report on both countries ("the Ishkashim district in … Badakhshan", the sixty-sixth batch's
g6320, Tajik) was answered with the Afghan one, because the pack's rule that a pack place and a place within
:data:`.candidates.SAME_PLACE_KM` are one place (a crossing and its town) took the twins for one place. Two units or
towns of two countries the text names, each found by its own or a recorded name, within that distance, are two
places; unless the text names the country or the province of one side ("Tajikistan's Badakhshan", "GBAO", "the
Tajik town of Ishkashim"), nothing is chosen: the answer would claim a country the text does not give. A province
name that the other side's province also bears as a word ("Badakhshan", in Afghanistan's province and in
Tajikistan's Gorno-Badakhshan) names neither side. A crossing, post or bridge belongs to both its sides and is not
touched (:data:`.gazetteer.BORDER_KINDS`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidates import SAME_PLACE_KM, context_country
from .country_guard import named_unit_country
from .gazetteer import BORDER_KINDS, haversine_km
from .text import name_key, phonetic_key, words

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["UNIT_TWINS", "crossing_between_twins", "twin_across_line", "unknown_twin_container"]

#: Units (counties, districts) whose name a place of the pack or gazetteer in another country bears,
#: and which no source of the gazetteer holds: name key → the unit's country, with the page that says so.
UNIT_TWINS: dict[str, tuple[str, str]] = {
    # Iran's Taftan County (Sistan and Baluchestan, seat Nukabad), facing Pakistan's border town Taftan
    name_key("Taftan"): ("IR", "https://en.wikipedia.org/wiki/Taftan_County"),
    name_key("تفتان"): ("IR", "https://en.wikipedia.org/wiki/Taftan_County"),
}


def unknown_twin_container(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen``, standing in for an unknown place, must not answer (see the module), or None."""
    if chosen.match != "context" or not chosen.country:
        return None
    parsed = resolution.parsed
    if parsed.bare is not None and chosen.kind in BORDER_KINDS:
        return None  # "a gate on the A-B border in Taftan": a place on the line, in the crossing town the text names
    twin: tuple[str, str] | None = None
    for part in parsed.context:
        found = UNIT_TWINS.get(name_key(part))
        if found is not None and found[0] != chosen.country and found[0] in resolution.named:
            twin = (part, found[0])
    if twin is None:
        return None
    for part, level in zip(parsed.context, parsed.context_levels, strict=False):
        if named_unit_country(part, level, chain, resolution.named) == chosen.country:
            return None  # the text names the answer's province or country: it decides
    part, country = twin
    return (
        f"left unlocated: {part!r} holds the unknown place, and {part!r} is also a unit of {country}, "
        f"not only {chosen.label}; nothing in the text says which"
    )


#: The word "province" the text calls the unit by (English, Russian, Dari): Afghanistan's Badakhshan is a province,
#: Tajikistan's an (autonomous) region or oblast, so a province so called names the Afghan side.
_PROVINCE_WORD = re.compile(r"\bprovince\b|провинци|ولایت|ولايت", re.IGNORECASE)

#: How a place may be found to count as one of two twins: by its own or a recorded name, not by sound; the
#: stronger first. A twin found only by a spelling variant does not bear the name as the answer's own row does
#: ("Ишкашим", the Russian name on the Tajik district's row, is only a transliteration of the Afghan one's).
_OWN_NAME = ("name", "variant")


def twin_across_line(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (its twin across the line bears the name too, and the text does not say
    which side it means; see the module), or None."""
    twin = _twin_of(chosen, resolution)
    if twin is None or _side_named(chosen, twin, resolution, chain):
        return None
    return (
        f"left unlocated: {chosen.label} and {twin.label} face each other across the line and both bear "
        f"the name; nothing in the text says which side it means"
    )


def crossing_between_twins(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why no country may be stored with ``chosen``, a crossing, bridge or post answering a name that twins of its
    two sides bear too (the Ishkashim bridge for "Ishkashim", where the Afghan and the Tajik Ishkashim face each
    other), when the text names neither side; or None.

    The crossing belongs to both sides, so its point is right whichever twin the report means (the set's judge
    counts it so), but the pack files it under one country (the bridge under Afghanistan), and the record's
    country would claim the side the text does not give: the point is kept and the country left empty, as for a
    point typed at a crossing (:func:`.locate.locate` with coordinates).
    """
    if chosen.kind not in BORDER_KINDS or resolution.country is not None:
        return None
    sides = {chosen.country, *chosen.border_with}
    for town in resolution.candidates:
        if town.kind in BORDER_KINDS or town.country not in sides:
            continue
        twin = _twin_of(town, resolution)
        if twin is None or twin.country not in sides:
            continue
        if haversine_km(chosen.latitude, chosen.longitude, town.latitude, town.longitude) > SAME_PLACE_KM:
            continue
        if _side_named(town, twin, resolution, chain):
            return None
        return (
            f"{chosen.label} lies on the line, and {town.label} and {twin.label} both bear the name: the text names "
            f"neither side, so no country is stored"
        )
    return None


def _side_named(chosen: Candidate, twin: Candidate, resolution: Resolution, chain: Resolver) -> bool:
    """Does the text say which of two twins it means: a country given, a country or a province of one side named, a
    province word ("Badakhshan province"), or "bordering" the other side?"""
    if resolution.country is not None or twin.country in resolution.parsed.beyond:
        return True  # a country given, or "Sarakhs bordering Turkmenistan": not the Turkmen side
    parsed = resolution.parsed
    for part, level in zip(parsed.context, parsed.context_levels, strict=False):
        side = context_country(part) or named_unit_country(part, level, chain, resolution.named)
        if side == twin.country or (side == chosen.country and not _word_of(part, twin.admin1)):
            return True  # "Tajikistan's Badakhshan", "GBAO", "the Tajik town": the text names one side
        if side == chosen.country and _PROVINCE_WORD.search(parsed.text):
            return True  # "провинции Бадахшан", "Badakhshan province": a province, not Tajikistan's (autonomous) region
    return False


def _twin_of(chosen: Candidate, resolution: Resolution) -> Candidate | None:
    """The place of another country the text names that bears ``chosen``'s name at its level, as strongly
    (:data:`_OWN_NAME`), within :data:`.candidates.SAME_PLACE_KM` of it (both units or both towns, neither on the
    line), or None."""
    if chosen.match not in _OWN_NAME or chosen.kind in BORDER_KINDS or chosen.country not in resolution.named:
        return None
    for other in resolution.candidates:
        if (
            other.match in _OWN_NAME
            and _OWN_NAME.index(other.match) <= _OWN_NAME.index(chosen.match)
            and other.trusted
            and other.country != chosen.country
            and other.country in resolution.named
            and other.kind not in BORDER_KINDS
            and other.level == chosen.level
            and haversine_km(chosen.latitude, chosen.longitude, other.latitude, other.longitude) <= SAME_PLACE_KM
        ):
            return other
    return None


def _word_of(part: str, province: str | None) -> bool:
    """Is ``part`` (a province the text names) a word of ``province`` by its sound: "Badakhshan" of
    "Gorno-Badakhshan", "Balochistan" of "Sistan and Baluchestan"?"""
    if not province:
        return False
    sound = phonetic_key(name_key(part))
    return bool(sound) and any(phonetic_key(word) == sound for word in words(province))
