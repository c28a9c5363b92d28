"""Guards on answers that came by a loose path: wrong is worse than empty.

``bench/answer_paths.py`` counts, per path of the geocoder, how often its answers were
right on strings no rule had seen (the first score of each batch, docs/geocoding-journal.md,
section "Where confident wrong answers come from"). A sound-alike is the loosest path
that still answers: the name is not one the place is known by, only close in sound. It is
taken when it is the one such place of the region (:func:`.candidates._sound_of_a_border_place`);
but the region is eight countries, and a report that names its countries ("Bulak-Bashy
area of Batken region", in a report on Kyrgyzstan and Tajikistan) has said where the place
is not. A sound-alike across the line in a third country (Buloqboshi, Uzbekistan) was the
fifteenth batch's one confidently wrong dev answer at its first score.

:func:`sound_outside_named` says when such an answer must not be given.

A recorded alternate name is firmer than a sound, but no firmer across a line the text has drawn:
GeoNames lists the Hungarian "Dzsalálábád" (Jalalabad) among the names of Kyrgyzstan's Jalal-Abad
(its row now Manas) and of no Afghan place, so a report on Afghanistan and Pakistan got a Kyrgyz
town, ``exact`` (geo173's note). :func:`alias_outside_named` leaves such an answer empty: a place
known by the string only as another name, in none of the countries the text names nor on their line.
With no country named, :func:`.other_name.bigger_namesake` holds such a name where it spells a bigger place's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .compass_guard import compass_mismatch
from .country_guard import other_country_unit
from .dash_pair import dash_pair_doubt
from .facility_guard import far_facility_town
from .famous_alias import famous_namesake_alias
from .gazetteer import haversine_km
from .joined_guard import joined_doubt
from .list_guard import several_places, two_by_comma, two_with_units
from .named_line_guard import far_from_named_line
from .named_place_guard import far_from_named_place
from .named_province_name import named_province_name
from .namesake_guard import cross_border_namesake
from .no_point_guard import no_point_doubt
from .other_name import bigger_namesake, by_other_name
from .own_name_rival import own_name_rival
from .pack import points_between
from .pack_sound_rival import pack_sound_rival
from .pair_guard import pair_doubt
from .pair_lines import spaced_road_pair
from .path_guard import path_doubt
from .province_elsewhere import province_elsewhere
from .province_town import town_for_province
from .reference_guard import reference_doubt
from .shape_guard import dangling_and, two_places_in_units
from .sound_province import sound_of_named_province
from .standin_guard import standin_doubt
from .standin_place import place_elsewhere
from .text import name_key
from .twin_guard import twin_across_line, unknown_twin_container
from .unit_count import counted_units
from .unit_list_guard import listed_standin
from .unit_name_guard import old_name_district, unit_named_after_town
from .unnamed_tie import unnamed_country_tie
from .variant_far import far_variant
from .zero_point import zero_point_of_province

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver


def sound_outside_named(chosen: Candidate, named: frozenset[str]) -> str | None:
    """Why ``chosen`` must not answer (a sound-alike outside every country the text names), or None.

    A place on the line (crossing, post, bridge) counts for both of its sides; a border district
    or town lies wholly on one side. No country named: nothing to hold it against.
    """
    if chosen.match != "sound" or not named:
        return None
    if chosen.sides & named:
        return None
    where = ", ".join(sorted(named))
    return f"left unlocated: only a sound-alike match, {chosen.label}, outside the countries the text names ({where})"


def alias_outside_named(chosen: Candidate, named: frozenset[str], name: str = "") -> str | None:
    """Why ``chosen`` must not answer (a place known by the string ``name`` only as another name, outside every
    country the text names), or None. Its own name, a crossing on a named line, or no country named: None.
    Another name is an alias, or a variant that does not sound as its own name (:func:`.other_name.by_other_name`:
    "Жалалабат" is Manas's "Zhalalabat" in Cyrillic letters; "Кветта" is Quetta's own name)."""
    if not named or chosen.sides & named or not by_other_name(chosen, name):
        return None
    where = ", ".join(sorted(named))
    return (
        f"left unlocated: {chosen.label} bears this name only as another name, outside the countries the text "
        f"names ({where})"
    )


#: A border report's place this far from every pack place on the border between the countries it
#: names is another place of that name: the set's farthest right loose answer lies 300 km off.
FAR_KM = 500.0
#: Paths that take a place for another name than its own: a stand-in, a recorded alias, a sound-alike.
_LOOSE = ("context", "alias", "sound")


def far_from_border(chosen: Candidate, named: frozenset[str], *, loose: bool = False) -> str | None:
    """Why ``chosen`` must not answer (a loose match far from the border the text is about), or None.

    "منطقه مک سوخته شهرستان گلشن" (an area of Golshan county, Sistan and Baluchestan, in a report
    on Iran and Pakistan) stood in with Golshan of Gilan, on the Caspian, 1,640 km off: a namesake
    found by an alternate name. Places found by their own name (Tehran, the capital, 1,120 km from
    the Pakistani border) are not touched, nor is a text that names fewer than two countries. ``loose``: the caller
    has found the match loose itself (:mod:`.variant_far`: a variant that is another name).
    """
    if (chosen.match not in _LOOSE and not loose) or len(named) < 2 or chosen.geo_precision == "admin1":
        return None  # a province the text names is the province, however far
    border = points_between(named)
    if not border:
        return None
    km = min(haversine_km(chosen.latitude, chosen.longitude, lat, lon) for lat, lon in border)
    if km <= FAR_KM:
        return None
    where = ", ".join(sorted(named))
    return (
        f"left unlocated: {chosen.label}, matched by another name than its own, lies {km:.0f} km from "
        f"every border place between the countries the text names ({where})"
    )


def answer_doubt(place: str, chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why the chosen answer must not be given, by the guards of this module, :mod:`.list_guard`,
    :mod:`.reference_guard`, :mod:`.standin_guard`, :mod:`.pair_guard`, :mod:`.dash_pair`, :mod:`.namesake_guard`,
    :mod:`.country_guard`, :mod:`.twin_guard`, :mod:`.unit_list_guard`, :mod:`.path_guard`, :mod:`.named_place_guard`,
    :mod:`.zero_point`, :mod:`.joined_guard`, :mod:`.no_point_guard`, :mod:`.facility_guard`, :mod:`.pair_lines` and
    :mod:`.unit_name_guard`, :mod:`.sound_province`, :mod:`.province_town`, :mod:`.shape_guard`, :mod:`.compass_guard`
    and :mod:`.unnamed_tie`, :mod:`.famous_alias`, :mod:`.named_province_name`, :mod:`.named_line_guard`,
    :mod:`.other_name`, :mod:`.province_elsewhere`, :mod:`.own_name_rival`, :mod:`.pack_sound_rival`,
    :mod:`.variant_far`, :mod:`.standin_place` and :mod:`.unit_count`."""
    named = resolution.named
    return (
        sound_outside_named(chosen, named)
        or alias_outside_named(chosen, named, resolution.parsed.name)
        or bigger_namesake(chosen, resolution, chain)
        or far_from_border(chosen, named)
        or far_variant(chosen, resolution)  # "Достык" for Druzhba, far from the KZ-UZ line: geo/variant_far.py
        or several_places(place, chosen, chain, named)
        or two_with_units(place, chosen, chain, named)
        or two_by_comma(place, chosen, chain, named)
        or listed_standin(chosen, resolution, chain)
        or counted_units(chosen, resolution)  # "at least two counties in the Kashgar area": geo/unit_count.py
        or reference_doubt(place, chosen, resolution, chain)
        or standin_doubt(chosen, resolution, chain)
        or province_elsewhere(chosen, resolution, chain)  # "Chaman, Khyber Pakhtunkhwa": geo/province_elsewhere.py
        or place_elsewhere(resolution, chain)  # "the Taftan customs yard, Khyber Pakhtunkhwa": geo/standin_place.py
        or pair_doubt(place, chosen, chain, named)
        or dash_pair_doubt(place, chosen, chain, named)
        or cross_border_namesake(chosen, resolution, chain)
        or other_country_unit(chosen, resolution, chain)
        or unknown_twin_container(chosen, resolution, chain)
        or twin_across_line(chosen, resolution, chain)
        or path_doubt(chosen, resolution)
        or far_from_named_place(place, chosen)
        or far_from_named_line(place, chosen, named)
        or zero_point_of_province(place, chosen)
        or joined_doubt(place, chain, named)
        or no_point_doubt(place, chosen, resolution)
        or far_facility_town(place, chosen, resolution)
        or spaced_road_pair(place, lambda word: bool(chain.gazetteer.by_key(name_key(word))))
        or unit_named_after_town(place, chosen, resolution)
        or old_name_district(place, chosen, resolution, chain)
        or sound_of_named_province(chosen, resolution, chain)
        or town_for_province(chosen, resolution, chain)
        or dangling_and(chosen, resolution, chain)
        or two_places_in_units(place, chosen, chain, named)
        or compass_mismatch(chosen, resolution)
        or unnamed_country_tie(chosen, resolution, chain)
        or famous_namesake_alias(chosen, resolution)
        or own_name_rival(chosen, resolution)
        or pack_sound_rival(chosen, resolution)  # "Jibek Joly" in a report on KZ and UZ: geo/pack_sound_rival.py
        or named_province_name(chosen, resolution, chain)
    )
