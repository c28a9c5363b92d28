"""A bare name is no answer when a place of note across the line, in another country the text
names, bears the same name or one that sounds like it, far from the answer.

A report on two neighbours names places of both. A name given alone (no district, province or
country beside it, no unit word, no "near") is then the place of either side that bears it, and
the gazetteer's best place of that name says nothing of which side the report meant:

* "Murgap" in a Turkmen report on Afghanistan and Turkmenistan is the Afghan district of Bala
  Murghab (the report's spelling); the gazetteer's one place named Murgap is the town of Mary
  province, Turkmenistan, 240 km off;
* "Zabul" in a report on Iran and Afghanistan is Zabol, Iran (its border regiment); the name is also
  Afghanistan's Zabul province, whose point lies 450 km from the Iranian town.

``bench/answer_paths.py`` audits the paths of the geocoder on each batch's first score
(docs/geocoding-journal.md, "Where confident wrong answers come from"). A far namesake within the text's
countries was not yet where unseen errors came from (right every time), but the twenty-fourth
batch's dev strings showed these two, read alone, answering the namesake; a reader that cuts such
a name out of a longer text (a Turkmen noun, an English unit word) must not let it. Wrong is worse
than empty: :func:`cross_border_namesake` leaves such a name unlocated, with a note naming both.

Only a namesake *in another named country* counts: namesakes of one country are the ranking's
business (the province or the population decides, and the country at least is certain), and a
namesake in a country the text does not name is not the report's (the region rule sets it aside).
A name with a unit word or "near" beside it counts as bare too when the answer lies in a country
the text does not name: the unit word says what the place is, not on which side it lies ("Leylak
tumanidagi", in Leylak district, in a report on Kyrgyzstan and Tajikistan, is not Leylak of Bushehr).
A namesake is a place of note: a pack place, a district or province, or a town of
:data:`NOTE_POPULATION` or more; a hamlet that happens to sound alike is not a rival, and a city
that far outweighs every namesake (a capital) keeps its name, if it lies in a country the text names
(the sixty-seventh batch: "Aksu" in a Turkmen report on Kyrgyzstan and Uzbekistan is Kyrgyzstan's Aksy
District by its sound, not Aqsu of Xinjiang, a city of half a million in a country the report does not name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .pack import points_between
from .text import name_key, phonetic_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver
    from .gazetteer import Place

#: Two places of the name this far apart are two places, not one place's two points.
FAR_KM = 100.0
#: A namesake farther than this from every pack place on the border between the text's countries
#: is not the report's ("Buleda" in a report on Pakistan and Iran is not Bala Deh, deep in Iran).
BORDER_KM = 200.0
#: A GeoNames town this populous is a place a report may mean by its bare name.
NOTE_POPULATION = 1000
#: A city this populous, and :data:`OUTWEIGHS` times as populous as the namesake, is what its bare
#: name means ("Islamabad" is the capital, not Eslamabad-e Gharb of Kermanshah, 2,440 km off).
CITY_POPULATION = 100_000
OUTWEIGHS = 5
#: Paths by which a bare name answers in its own right (a stand-in or a sound-alike has its own guards).
_OWN_NAME = ("name", "variant", "alias")


#: A final stop voiced or not is one sound across the region's scripts (Turkmen "Murgap" for the
#: Dari "Murghab", Russian "Мургаб"): the phonetic key keeps them apart, this guard does not.
_FINAL_STOPS = {"p": "b", "b": "p", "t": "d", "d": "t", "k": "g", "g": "k"}


def _sounds(key: str) -> list[str]:
    """The phonetic keys a name may be heard as: its own, and with its final stop voiced or not."""
    pkey = phonetic_key(key)
    if not pkey:
        return []
    if pkey[-1] in _FINAL_STOPS:
        return [pkey, pkey[:-1] + _FINAL_STOPS[pkey[-1]]]
    return [pkey]


def _of_note(place: Place) -> bool:
    return place.tier == "pack" or place.level in ("admin1", "admin2") or place.population >= NOTE_POPULATION


def _near_border(place: Place, named: frozenset[str]) -> bool:
    return any(
        haversine_km(place.latitude, place.longitude, lat, lon) <= BORDER_KM for lat, lon in points_between(named)
    )


def _km(place: Place, chosen: Candidate) -> float:
    return haversine_km(place.latitude, place.longitude, chosen.latitude, chosen.longitude)


def _bare(resolution: Resolution, *, unit_too: bool = False) -> bool:
    """A name given alone: one name, nothing beside it that places it. ``unit_too``: a unit word
    ("Leylak tumanidagi", in Leylak district) or "near" beside it does not place it either, since
    neither says in which country the unit lies."""
    parsed = resolution.parsed
    return (
        not parsed.context
        and (unit_too or parsed.covered or (parsed.level is None and not parsed.near))
        and parsed.pair is None
        and parsed.role is None
        and len(_own_name(resolution).split()) == 1
    )


def _own_name(resolution: Resolution) -> str:
    """The name the text gives: for one read between its language's head or tail words (geo/coverage.py:
    "Murgap gümrük posty", the Murgap customs post), the name without them, since they say not in
    which country it lies and so place it no better than the bare name."""
    parsed = resolution.parsed
    return (parsed.bare or parsed.name) if parsed.covered else parsed.name


def cross_border_namesake(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer a bare name (a place of note of that name or sound lies far
    off in another country the text names, see the module), or None."""
    named = resolution.named
    if chosen.match not in _OWN_NAME or len(named) < 2 or not chosen.country:
        return None
    # An answer in a country the text does not name, with a unit word beside the name, is as bare:
    # issue 13's Leylak of Bushehr for "Leylak tumanidagi" in a Kyrgyz-Tajik report, 2,100 km off.
    if not _bare(resolution, unit_too=chosen.country not in named):
        return None
    others = frozenset(named - {chosen.country})
    key = name_key(_own_name(resolution))
    found = chain.gazetteer.by_key(key)
    for pkey in _sounds(key):
        found += chain.gazetteer.by_phonetic(pkey)
    across = [place for place in found if place.country in others and _of_note(place)]
    if any(_km(place, chosen) <= FAR_KM for place in across):
        # Twin towns on the line ("Sarahs": Saragt and Iran's Sarakhs, 6 km apart): the name is the
        # pair, and either point is right; a far place that sounds alike (Sari, by one of its
        # alternate spellings) is not what the report means by it.
        return None
    rivals = [place for place in across if _km(place, chosen) > FAR_KM and _near_border(place, named)]
    if not rivals:
        return None
    outweighs = all(chosen.population >= OUTWEIGHS * p.population for p in rivals)
    if chosen.country in named and chosen.population >= CITY_POPULATION and outweighs:
        return None  # a city of a country the text names; one of a country it does not name ("Aksu": Aqsu,
        # Xinjiang, in a Kyrgyz-Uzbek report) outweighs no namesake of the text's countries (Aksy District)
    rival = max(rivals, key=lambda p: (p.tier == "pack", p.level is not None, p.population))
    km = _km(rival, chosen)
    where = "in two countries the text names" if chosen.country in named else f"and the text names {rival.country}"
    return (
        f"left unlocated: {resolution.parsed.name!r} alone may be {chosen.label} or {rival.name} "
        f"({rival.country}), {km:.0f} km apart, {where}"
    )
