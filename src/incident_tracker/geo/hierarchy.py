"""Where a candidate lies against the district or province the text names: inside a context
district ("Arandu, Chitral"), moved across a province line ("the Ghormach region of Faryab"),
or a bare town that a district row of its name also answers ("Chaman"). Used by :mod:`.chain`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import ANCHOR_KM, SAME_PLACE_KM, TAKEN, Candidate, Resolution, _match_words
from .gazetteer import haversine_km
from .phrase import ParsedQuery
from .text import name_key, strip_level

#: A place its country holds once, in the province of the unit the text puts it in, lies within this of that unit's
#: point: a county's or district's seat may stand in one corner of it (Serikbuya lies 84 km south-west of Bachu's seat,
#: in Bachu county; a Chinese gazetteer of the township: tc.wangchao.net.cn/baike/detail_1461917.html).
COUNTY_REACH_KM = 120.0
#: A place this populous is a city, named for itself, not a township a text places far inside a county.
TOWNSHIP_POPULATION = 50_000


def town_of_district(eligible: list[Candidate], parsed: ParsedQuery) -> Candidate:
    """The best candidate, but the town itself for a bare "Chaman" that a district row of the
    same name also answers: the district's point is its seat, and the text asked for no district."""
    best = eligible[0]
    if best.level != "admin2" or parsed.level is not None:
        return best
    bare = name_key(strip_level(best.name)[0])
    for c in eligible[1:]:
        if _town_of(c, best, bare) and c.match == "name":
            return c
    return best


def _town_of(c: Candidate, district: Candidate, bare: str) -> bool:
    """Is ``c`` the town a district row is named after: a plain place (no level, no kind) of the district's
    name without its level word (``bare``), at its point (within :data:`SAME_PLACE_KM`)?"""
    close = haversine_km(district.latitude, district.longitude, c.latitude, c.longitude) <= SAME_PLACE_KM
    return c.level is None and c.kind is None and close and name_key(c.name) == bare


def towns_before_their_districts(found: list[Candidate], parsed: ParsedQuery) -> list[Candidate]:
    """The suggestions for a bare name, each town before the district row of its name and point
    ("Peshawer": the city Peshawar, then Peshawar District), as :func:`town_of_district` chooses."""
    if parsed.level is not None:
        return found
    ordered = list(found)
    for district in found:
        if district.level != "admin2" or district.source != "pack":
            continue
        bare = name_key(strip_level(district.name)[0])
        for c in ordered[ordered.index(district) + 1 :]:
            if _town_of(c, district, bare):
                ordered.remove(c)
                ordered.insert(ordered.index(district), c)
                break
    return ordered


def within_anchor(found: list[Candidate], anchor: Candidate | None) -> list[Candidate]:
    """The candidates that lie in the district or town named as context ("Arandu, Chitral").

    Within :data:`ANCHOR_KM` of its point, filed under that district by the pack (a border
    place at the far end of a large district: Arandu lies 64 km from Chitral town), a
    district of the anchor's province, or the one place of its name in the country, in the
    anchor's province and within :data:`COUNTY_REACH_KM` (:func:`_alone_in_country`).
    """
    if anchor is None:
        return found
    district = name_key(strip_level(anchor.name)[0])

    def inside(c: Candidate) -> bool:
        km = haversine_km(anchor.latitude, anchor.longitude, c.latitude, c.longitude)
        if km <= ANCHOR_KM:
            return True
        if km <= COUNTY_REACH_KM and _alone_in_country(c, found, anchor):
            return True  # "Selibuya township, in Bachu county": Serikbuya, 84 km from the county's seat
        if _unit(c, anchor) and c.admin1_code and (c.country, c.admin1_code) == (anchor.country, anchor.admin1_code):
            return True  # a district of the anchor's province ("Spin Boldak district of Kandhar"): districts are wide
        filed = c.location.raw.get("admin2") if c.location is not None else None
        return isinstance(filed, str) and anchor.level == "admin2" and name_key(strip_level(filed)[0]) == district

    return [c for c in found if inside(c)]


def across_provinces(found: Sequence[Candidate], area: Candidate, resolution: Resolution) -> Candidate | None:
    """The one place of that name in the province's country, when the text puts it in a neighbouring province.

    Reports follow the boundaries of their day ("the Ghormach region of Faryab Province";
    the gazetteer, after GeoNames, has Ghormach in Badghis). One trusted match in the same
    country, within 150 km of the province the text names, is that place; two or more, or
    one farther off, are not (a twin town elsewhere in the country), and the province stands in.
    """
    same = sorted(
        (c for c in found if c.trusted and c.country == area.country and c.admin1_code != area.admin1_code),
        key=Candidate.rank_key,
    )
    if not same or haversine_km(area.latitude, area.longitude, same[0].latitude, same[0].longitude) > 150:
        return None
    place = same[0]
    if any(haversine_km(place.latitude, place.longitude, c.latitude, c.longitude) > SAME_PLACE_KM for c in same):
        return None
    from dataclasses import replace

    own = place.level if place.level in ("admin1", "admin2") else ("near" if resolution.parsed.near else "exact")
    place = replace(place, geo_precision=own)
    resolution.notes.append(
        f"the text puts {resolution.parsed.name!r} in {area.name}; the gazetteer's only place of that name "
        f"in the country, {place.label}, lies in the next province: {TAKEN}"
    )
    resolution.reason = f"{place.label}: matched by {_match_words(place)}, the one in {area.country} near {area.name}"
    return place


def _unit(c: Candidate, anchor: Candidate) -> bool:
    """Is ``c`` a district: a pack's district row, or a town the text names as its county where the anchor is a town
    ("Kashgar's Bachu county": the county is answered at its seat, 222 km from the prefecture's)? A pack district
    anchor knows the places filed under it: "Mand tehsil of Gwadar district" (Mand is Kech's) stays empty."""
    if c.level == "admin2":
        return True
    return anchor.level is None and c.level is None and c.geo_precision == "admin2" and c.trusted


def _alone_in_country(c: Candidate, found: list[Candidate], anchor: Candidate) -> bool:
    """Is ``c`` a township or village (no unit row, fewer than :data:`TOWNSHIP_POPULATION`) known by its own or a
    recorded name, in the province of an anchor that is a town (a county's seat, not a pack district row), and the
    only place of that name in its country (no other trusted one beyond :data:`SAME_PLACE_KM`)? The anchor then
    only confirms it, as a unit's point confirms a place far inside the unit; a name two places bear is left to the
    anchor's narrow reach."""
    if not c.trusted or c.level is not None or not c.admin1_code or c.population >= TOWNSHIP_POPULATION:
        return False  # "Kandahar, Spin Boldak district": a city is not what a text puts far inside a county
    if anchor.level is not None or (c.country, c.admin1_code) != (anchor.country, anchor.admin1_code):
        return False  # a pack district knows its extent (its rows are filed under it): "Mand tehsil of Gwadar district"
    return not any(
        o.trusted
        and o.country == c.country
        and haversine_km(o.latitude, o.longitude, c.latitude, c.longitude) > SAME_PLACE_KM
        for o in found
    )
