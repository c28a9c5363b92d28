"""A town answered for a name that is a province's: the province's name is not the town's.

A bare province name ("Иссык-Куль", "Хорезм", the French "Issyk-Koul", the Uzbek "Xorezm", the Turkish "Parvan")
reached a town that carries the province's name only among its *other* names or by sound: Balykchy (once
Issyk-Kul), Khiva (Khorezm's old capital, its GeoNames variant "Хорезм"), Jabal os Saraj in Parwan, Lār in Fars
(its variant "Laristan" sounds as Lorestan), Alvand in Qazvin (a variant "Альборз"). The towns' tier answers
before the provinces' when a town matched at :data:`.candidates.EXACT` (a variant does), and a province's name
is matched there by its key, not its sound, so the province never came forward. geo163 wrote every province of
the eight countries in the set's transliterations (docs/geocoding-journal.md, "Towns answered for provinces"):
a town answered for the province in each spelling class but English.

The rule, for the class: a town found by a name that is not its own (a variant, an alias, a sound) is no answer
when that name sounds at least :data:`.sound_province.CLOSE` as a province of a country the text names (of the
region when it names none) and closer than any of the town's own spellings, unless the town is the province's
seat (the point :meth:`.Gazetteer.admin1_area` gives: "Саманган" → Aybak, "Daschoguz" → Daşoguz stand where
the province does). A town whose own name sounds as the province just as much ("Poundjab": Panjāb in Bamyan and
the Punjab) is no answer when it lies in another country than the province and the text names the province's
country: a province's name is not a namesake's across a line ("Gulistan district" with no country named is
Guliston, Uzbekistan, as before). In the province's own country such a town keeps its answer, as its English name
always did (Balkh, Baghlan, Uruzgan in their provinces; Tashkent city beside Tashkent region; Golestan in Tehran).
A unit (a county, a district row of the pack) is left to its own guards: "the Zabul border regiment" with Iran
named is Zabol County, the set's answer (g2146).

A town reached by one of its recorded names (an alias, a variant) gives way to a province *of its own country* only
where the name sounds the same as the province's, not merely close (geo166: "Kalininabad", Levakant's Soviet name, with
Tajikistan named answered Sughd by the sound of Sughd's old name Leninabad, 300 km off: within one country the recorded
name decides). Across a line a close sound still sets the town aside, as before ("Dschalal-Abad", German for Jalal-Abad
and an alias of Nangarhar's Jalalabad, with both countries named: a tie, no answer).

Where the name is the province's and not a tie, :func:`province_retry` reads it again with the province's word
after it, as the provinces' readers read "Issyk-Koul province": the province answers, or nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .region import DEFAULT_REGION
from .sound_letters import recorded_spellings
from .sound_province import CLOSE, sound_of_named_province
from .text import name_key, phonetic_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver
    from .gazetteer import Area
    from .locate import Answer

#: Paths that took a town for a name that is not its own.
LOOSE = ("variant", "alias", "sound")
#: A town this near the province's point (its seat, or the largest town) stands where the province does.
SEAT_KM = 5.0
#: Shorter phonetic keys sound as too many names ("Шанхай" → ``sana``, also Shanxi's and Shaanxi's key).
MIN_KEY = 5


def _provinces(pkey: str, chain: Resolver) -> dict[tuple[str, str], float]:
    """The region's provinces whose names sound at least :data:`CLOSE` like ``pkey``, with the best ratio."""
    from rapidfuzz import fuzz, process

    lookup = chain.gazetteer.admin1_lookup
    found: dict[tuple[str, str], float] = {}
    for other, score, _ in process.extract(
        pkey, lookup.pkeys.near(len(pkey), CLOSE), scorer=fuzz.ratio, score_cutoff=CLOSE, limit=20
    ):
        for _key, slot in lookup.by_pkey.get(other, []):
            if slot[0] in DEFAULT_REGION:
                found[slot] = max(found.get(slot, 0.0), score)
    return found


#: A town's recorded other name (not a sound) gives way to a province of its own country only sound for sound.
RECORDED = ("alias", "variant")
EXACT_SOUND = 100.0


def _provinces_named(keys: set[str], chain: Resolver) -> set[tuple[str, str]]:
    """The region's provinces whose names have one of these phonetic keys (a town named as a province)."""
    lookup = chain.gazetteer.admin1_lookup
    return {slot for key in keys for _key, slot in lookup.by_pkey.get(key, []) if slot[0] in DEFAULT_REGION}


def province_for_town(chosen: Candidate, resolution: Resolution, chain: Resolver) -> tuple[Area, bool] | None:
    """The province whose name ``chosen`` was reached by, where ``chosen`` is a town that must not answer for it,
    and whether the town's own name sounds as the province just as much (a tie: no province answers either), or
    None (see the module)."""
    if chosen.match not in LOOSE or chosen.level in ("admin1", "admin2") or chosen.geo_precision == "admin1":
        return None
    pkey = phonetic_key(name_key(resolution.parsed.name))
    if pkey is None or len(pkey) < MIN_KEY:
        return None
    from rapidfuzz import fuzz

    spellings = {chosen.name, *recorded_spellings(chosen.name, chosen.country)}
    own_keys = {p for s in spellings if (p := phonetic_key(name_key(s)))}
    own = max((fuzz.ratio(pkey, p) for p in own_keys), default=0.0)
    provinces = _provinces(pkey, chain)
    for slot in _provinces_named(own_keys, chain):
        provinces[slot] = max(provinces.get(slot, 0.0), own)  # its own name is a province's: as close as the town
    named = resolution.named
    ranked = sorted(provinces.items(), key=lambda item: -item[1])
    for (country, code), score in ranked:
        if score < own or (named and country not in named):
            continue  # "Isfana" (Kyrgyzstan named) is Razzakov's old name, not a sound of Isfahan
        area = chain.gazetteer.admin1_area(country, code)
        if area is None or area.latitude is None or area.longitude is None:
            continue
        if score < EXACT_SOUND and chosen.match in RECORDED and country == chosen.country:
            continue  # geo166: "Kalininabad" is Levakant's recorded old name; Sughd's old name Leninabad only sounds so
        if haversine_km(area.latitude, area.longitude, chosen.latitude, chosen.longitude) <= SEAT_KM:
            return None  # the province's seat stands where the province does
        if score == own and (chosen.country == country or not named):
            # its own name as much: Balkh in Balkh, Tashkent city beside Tashkent region; across a line only when
            # the text names the province's country ("Gulistan district" alone is Guliston, not Golestan)
            continue
        rivals = [
            other for other, other_score in ranked if other_score == score and other[0] in (named or DEFAULT_REGION)
        ]
        return area, score == own or len(rivals) > 1
    return None


def town_for_province(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (a town reached by another name than its own, where the name is a
    province's), or None (see the module)."""
    found = province_for_town(chosen, resolution, chain)
    if found is None:
        return None
    area = found[0]
    return (
        f"left unlocated: {resolution.parsed.name!r} is the name of the province {area.name} ({area.country}); "
        f"{chosen.label} only bears it among its other names or sounds like it"
    )


def province_retry(told: Answer, chain: Resolver) -> tuple[str, tuple[str, str | None]] | None:
    """The text to read again as the province a town was set aside for, and the province it must reach, or None.

    "Иссык-Куль", "Issyk-Koul", "Xorezm" alone: the province's word after the name lets the provinces' readers
    answer it, by name or by sound, as they answer "Issyk-Koul province" (an answer taken only when it is that
    very province). Only for a town set aside for its name (this module's guard, or
    :func:`.sound_province.sound_of_named_province`: "Sourkhan-Darya", Uzbekistan and Afghanistan named, is
    Surxondaryo), and not in a tie: "Poundjab" (Pakistan and Afghanistan named) is no more the Punjab than Panjāb.
    """
    town = told.set_aside
    if town is None:
        return None
    # only a town set aside for the path that reached it by name (this module's guard, a named country's province
    # sounding closer, a loose match far from the border or outside the named countries): not one a guard on the
    # text's shape set aside ("40 km from Issyk-Kul" is no more the province than the town)
    from .answer_guard import far_from_border, sound_outside_named

    resolution = told.resolution
    if told.reason not in (
        town_for_province(town, resolution, chain),
        sound_of_named_province(town, resolution, chain),
        far_from_border(town, resolution.named),
        sound_outside_named(town, resolution.named),
    ):
        return None
    found = province_for_town(town, resolution, chain)
    if found is None or found[1]:
        return None
    area = found[0]
    return f"{resolution.parsed.name} province", (area.country, area.code)


__all__ = ["LOOSE", "MIN_KEY", "SEAT_KM", "province_for_town", "province_retry", "town_for_province"]
