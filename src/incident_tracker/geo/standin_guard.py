"""A district standing in is no answer when the text's smaller place is known far from its point.

When the text names a place the geocoder cannot answer for beside the district it lies in, the
district stands in (``match == "context"``, at ``admin2`` precision). That is right when the place
lies near the district's point, and confidently wrong when it does not. The twenty-first batch's
first score had two such dev errors:

* "Mand tehsil of Gwadar district" (g1800): the report files the tehsil under the wrong district.
  "Mand" alone is the pack's Mand, of Kech, 118 km from Gwadar District's point; Gwadar stood in.
* "the Lashkar-e-Ahb area of Naukundi in Chagai district" (g1802): "Naukundi" alone is a
  sound-alike of Nok Kundi (not trusted, so not answered), which lies in Chagai District, but
  161 km from its point; Chagai stood in.

Both times a smaller name of the same text, looked up alone, is a place of the district's country
and province lying far from the district's point: the evidence conflicts (the report may name the
wrong district, or the district is too large for its point to stand for the place). Wrong is worse
than empty: :func:`standin_doubt` drops the stand-in then. A place so found farther than
:data:`NAMESAKE_KM` from the district's point is taken for a namesake elsewhere in the country and
does not count (the district the text names is the better evidence), and so does a place of another
province ("the Navobod area of Khatlon's Shamsiddin-Shohin district": Novobod is a name of many
villages). The place named (by its name, not a sound-alike) lying in another country, within that
distance, is the other side of the border: "Islam Qala (Taybad county)" names the Iranian county
facing the Afghan crossing, which is not where the crossing is, so the county does not stand in
either (the twenty-eighth batch's g2526). A name the text calls a district or province itself, the
district's seat and a town named like the province ("Kandahar, Spin Boldak district") are the
stand-in's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import gazetteer as sql
from .alone import place_alone, resolved_alone
from .gazetteer import haversine_km
from .one_place import same_place
from .text import name_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

#: The smaller place lies farther than this from the district's point: the point is not the place's.
APART_KM = 50.0
#: ... and nearer than this: farther off, a place of that name is a namesake elsewhere.
NAMESAKE_KM = 200.0
#: A district filed under a province that does not hold it answers only when some place of that
#: province lies this near it (a neighbour's district, the report's slip); farther, the two conflict.
BESIDE_PROVINCE_KM = 150.0
_UNITS = ("admin1", "admin2", "country")


def _known_alone(part: str, chain: Resolver, named: frozenset[str]) -> Candidate | None:
    """The place ``part`` names looked up alone (geo/alone.py): the answer, or failing one the best
    sound-alike of the region (a transliteration the decision does not trust, but a place all the same)."""
    if not part.strip():
        return None
    resolution = resolved_alone(part, chain, named)
    if resolution.chosen is not None:
        return place_alone(part, chain, named)
    sounds = [c for c in resolution.candidates if c.in_region and c.match == "phonetic"]
    return sounds[0] if sounds else None


def standin_doubt(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why the district standing in must not answer (a smaller place of the text lies far from its
    point, see the module), or None."""
    if chosen.match != "context" or chosen.geo_precision != "admin2":
        return None
    parsed = resolution.parsed
    levels = [None, *parsed.context_levels]
    for part, level in zip([parsed.name, *parsed.context], levels, strict=False):
        if level in _UNITS:
            continue  # the text calls it a district or province: the stand-in's own name
        other = _known_alone(part, chain, resolution.named)
        if other is not None and other.country != chosen.country and level is None and other.match == "name":
            km = haversine_km(chosen.latitude, chosen.longitude, other.latitude, other.longitude)
            if km <= NAMESAKE_KM and other.level not in _UNITS:
                return f"left unlocated: {chosen.label} stands in, but {part!r} is {other.label}, across the border"
        if other is None or (other.country, other.admin1_code) != (chosen.country, chosen.admin1_code):
            continue  # another province's place: a namesake, or the text names two provinces
        if same_place(other, chosen) or name_key(other.name) == name_key(chosen.admin1 or ""):
            continue  # the district's seat, or the province's ("Kandahar, Spin Boldak district")
        if other.level in _UNITS or other.geo_precision in ("admin1", "country"):
            continue
        km = haversine_km(chosen.latitude, chosen.longitude, other.latitude, other.longitude)
        if APART_KM < km <= NAMESAKE_KM:
            return (
                f"left unlocated: {chosen.label} stands in, but {part!r} is {other.label}, {km:.0f} km from its point"
            )
    return None


def district_elsewhere(resolution: Resolution, chain: Resolver) -> Candidate | None:
    """The district the text names, when a province it names stands in although it does not hold it.

    "Karkin district of Faryab province" (the thirty-seventh batch's g3434, Turkmen): Qarqin is a
    Jowzjan district, 201 km from Faryab's point; the district was dropped because the province
    does not hold it, and Faryab stood in for a place it does not contain, confidently wrong. A
    district's list is complete for its province in the gazetteer, so a district known by name (or
    a transliterated key, never by sound) only in another province of the same country says the
    report has filed it under the wrong province, not that the province holds an unknown namesake;
    the district answers, and the guards judge it as any answer. Only when the text calls the name a
    district and the province named is what stands in; a name only sounding like a district, or
    known in another country, leaves the province as before.
    """
    chosen = resolution.chosen
    parsed = resolution.parsed
    if chosen is None or chosen.match != "context" or chosen.geo_precision != "admin1":
        return None
    if "admin1" not in parsed.context_levels:
        return None
    parts = zip([parsed.name, *parsed.context], [parsed.level, *parsed.context_levels], strict=False)
    districts = [part for part, level in parts if level == "admin2" and part.strip()]
    if len(districts) != 1:
        return None  # no district named, or two: the text's own hierarchy is unclear
    district = resolved_alone(f"{districts[0]} district", chain, resolution.named).chosen
    if district is None or district.geo_precision != "admin2" or district.match not in ("name", "variant"):
        return None
    if district.country != chosen.country or district.admin1_code == chosen.admin1_code:
        return None
    return district


def province_far(district: Candidate, province: Candidate, chain: Resolver) -> bool:
    """Does no place of ``province`` lie within :data:`BESIDE_PROVINCE_KM` of ``district``'s point?

    "Karkin district of Faryab province" (g3434): Qarqin, of Jowzjan, lies 72 km from a Faryab
    village: a neighbour's district filed under the wrong province, and the district answers
    (:func:`district_elsewhere`). "Kaldar district, Herat province": Kaldar, of Balkh, lies 475 km
    from every Herat place; the text names two places that cannot both hold, and neither answers.
    """
    degrees = BESIDE_PROVINCE_KM / 111.0
    box = (district.latitude - degrees, district.latitude + degrees, district.longitude - 2 * degrees)
    rows = sql.places_in_box(chain.gazetteer.conn, (*box, district.longitude + 2 * degrees), province.country)
    return not any(
        row[3] == province.admin1_code
        and haversine_km(district.latitude, district.longitude, row[4], row[5]) <= BESIDE_PROVINCE_KM
        for row in rows
    )


__all__ = ["APART_KM", "BESIDE_PROVINCE_KM", "NAMESAKE_KM", "district_elsewhere", "province_far", "standin_doubt"]
