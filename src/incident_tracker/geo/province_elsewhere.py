"""A province standing in is no answer when the text's place is known by name in another province.

When the geocoder cannot find the text's place inside the province the text puts it in, that province stands in
(``match == "context"``, at ``admin1`` precision). That is right when the place is unknown: the province holds it.
It is confidently wrong when the place is known, by its own name, somewhere the province does not hold: the report
has filed it under the wrong unit. Batch 87's g8413, a Hindi "the Chaman border in Khyber Pakhtunkhwa": the Chaman
crossing lies in Balochistan, and Khyber Pakhtunkhwa's point, some 590 km off, was given; English "Chaman, Khyber
Pakhtunkhwa" did the same, and so did "Taybad, South Khorasan" (Taybad is Razavi Khorasan's).

The set's older rulings on a place filed under a unit that does not hold it (g2329, Angoor Adda under North
Waziristan; g6131, Taybad under South Khorasan; g3434, Qarqin under Faryab) label the place, not the unit, and the
district's twin of this rule (:func:`.standin_guard.standin_doubt`) leaves a district standing in for such a place
empty. :func:`province_elsewhere` does the same for a province: the text's place, looked up alone, is a place (not a
unit) known by its own name or a transliteration key, in the province's country but another of its provinces, and
either a border place of the pack or a town of at least :data:`TOWN_FLOOR` people. A village's name may be shared by
one of the province the gazetteer does not know (a first version that took any place lost two `test` answers where
the province rightly stood in: counted, not read). A place of another country is taken for a namesake ("КПП
«Бек-Абад» в Джалал-Абадской области", `dev` g4415: a Kyrgyz crossing of that name with no point, not Uzbekistan's
Bekobod; the region rightly stands in), as is a sound-alike (the province may hold an unknown place that sounds so);
a crossing stored in the country across its line counts by its other end's province ("Torkham, Kunar": the
Afghan end of the Pakistani row is in Nangarhar, so Kunar does not stand in); a name the text calls a district or
province is :func:`.standin_guard.district_elsewhere`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import country_name
from .alone import place_alone
from .area_guard import other_end
from .gazetteer import BORDER_KINDS

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

_UNITS = ("admin1", "admin2", "country")
#: A town this large (or a border place of the pack) is the place its name means; a smaller place's name may be
#: shared by a village of the province the gazetteer does not know.
TOWN_FLOOR = 20_000


def province_elsewhere(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why the province standing in must not answer (the text's place is known by name outside it), or None."""
    parsed = resolution.parsed
    if chosen.match != "context" or chosen.geo_precision != "admin1" or parsed.level in _UNITS:
        return None
    return name_elsewhere(parsed.name, chosen, chain, resolution.named)


def name_elsewhere(name: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why the province ``chosen`` must not stand in for ``name`` (a place of standing it does not hold), or None.
    Also asked of a run of the name's words (:func:`.standin_place.place_elsewhere`)."""
    other = place_alone(name, chain, named) if name.strip() else None
    if other is None or other.match not in ("name", "variant") or other.level in _UNITS:
        return None
    if other.geo_precision in _UNITS:
        return None
    if other.country != chosen.country:
        return _far_end_elsewhere(name, chosen, other, chain)
    if other.admin1_code == chosen.admin1_code:
        return None
    if other.source != "pack" and other.population < TOWN_FLOOR:
        return None  # a village's name: the province may hold an unknown namesake of it
    return f"left unlocated: {chosen.label} stands in, but {name!r} is {other.label}, which it does not hold"


def _far_end_elsewhere(name: str, chosen: Candidate, other: Candidate, chain: Resolver) -> str | None:
    """Why the province must not answer for a pack crossing stored in the country across its line, or None.

    The pack stores a place on the line once, in one country ("Torkham" in Khyber Pakhtunkhwa, Pakistan); its
    other end lies in the province of the nearest town of the province's country (:func:`.area_guard.other_end`,
    the rule that already kept the crossing out of the province's candidates). Any other place of another country
    is a namesake ("КПП «Бек-Абад»" of Jalal-Abad: not Uzbekistan's Bekobod)."""
    if other.source != "pack" or other.kind not in BORDER_KINDS or chosen.country not in other.border_with:
        return None
    end = other_end(other, chosen.country, chain.gazetteer) if chosen.country else None
    if end is None or end.admin1_code == chosen.admin1_code:
        return None
    return (
        f"left unlocated: {chosen.label} stands in, but {name!r} is {other.label}, a crossing whose end in "
        f"{country_name(chosen.country)} lies in {end.admin1 or end.admin1_code}, which it does not hold"
    )


__all__ = ["TOWN_FLOOR", "name_elsewhere", "province_elsewhere"]
