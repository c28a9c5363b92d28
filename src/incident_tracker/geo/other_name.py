"""A place the string names only by another of its names, and a bigger place whose own name the string spells.

GeoNames files many spellings of a famous name under a smaller town as well: the Hungarian "Dzsalalabad", the
French "Djalalabad", the Russian "Zhalalabad" are all among the other names of Kyrgyzstan's Jalal-Abad (its row
now Manas, 123,239 people), and none is among those of Afghanistan's Jalālābād (271,900), whose own name each of
them spells ("dzs", "dj", "zh" are a "j" in Hungarian, French, Russian transliteration). With no country named, the
lookup found the Kyrgyz town alone, by a recorded name, and answered it ``exact`` (geo173's and geo174's note):
issue 13's first rule says a match that is not the place's own name is never stored as ``exact`` silently.

:func:`by_other_name` says when a match is only another name: an ``alias`` (a recorded name) or a ``variant``
(another script's letters spelling a recorded name, "Жалалабат" for Manas's "Zhalalabat") whose sound is not the
place's own name's ("Кветта" and "Лахор" sound as Quetta and Lahore do and are their own names in Cyrillic letters;
"Жалалабат" and "Dzsalalabad" do not sound as Manas). :mod:`.answer_guard`
holds such a match outside the countries the text names (:func:`.answer_guard.alias_outside_named`).

:func:`bigger_namesake` says when such a match must not answer although nothing in the text rules it out: the
string, read as it sounds or in a European language's spelling (:func:`.copy_words.spellings`), is the own name of
a more populous place of the region in another country, more than :data:`FAR_KM` away, which the named countries
(if any) do not rule out, nor the one country the string names or the user gives. Either may be meant; wrong is worse
than empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .copy_words import spellings
from .gazetteer import haversine_km
from .region import DEFAULT_REGION
from .text import name_key, phonetic_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver
    from .gazetteer import Gazetteer, Place

__all__ = ["bigger_namesake", "by_other_name"]

#: A spelling this close in sound (rapidfuzz ratio of phonetic keys) to the place's own name is that name in other
#: letters: the gate the gazetteer tier takes a sound-alike at (:data:`.candidates.PHONETIC_GATE`).
SOUND_GATE = 70.0
#: Two bearers of a name this far apart are two places (as :mod:`.famous_alias` measures).
FAR_KM = 100.0


def by_other_name(chosen: Candidate, name: str) -> bool:
    """Whether ``chosen`` was matched only by another of its names: an alias or a variant that does not sound as its
    own name does ("Лахор", a recorded Cyrillic name of Lahore, sounds as Lahore: its own name in other letters)."""
    if chosen.match not in ("alias", "variant"):
        return False
    from rapidfuzz import fuzz

    own, said = phonetic_key(name_key(chosen.name)), phonetic_key(name_key(name))
    if not (own and said):
        return chosen.match == "alias"  # no sound to weigh: a recorded other name is another name
    return fuzz.ratio(own, said) < SOUND_GATE


def _own_names_read(name: str, gazetteer: Gazetteer) -> list[Place]:
    """Places whose own name ``name`` sounds as, as written or in a European language's spelling."""
    found: dict[int, Place] = {}
    for text in (name, *spellings(name)):
        pkey = phonetic_key(name_key(text))
        if not pkey or len(pkey) < 4:
            continue
        for place in gazetteer.by_phonetic(pkey):
            if phonetic_key(name_key(place.name)) == pkey:
                found.setdefault(place.id, place)
    return list(found.values())


def bigger_namesake(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (a town matched only by another name, which spells a bigger place's own name
    elsewhere, see the module), or None."""
    # the country the string or the user fixes rules out the rest as the report's countries do ("Джалал-Абад,
    # Кыргызстан", or --country KG: Afghanistan's Jalālābād is not meant; geo187)
    named = resolution.named | ({resolution.country} if resolution.country else set())
    name = resolution.parsed.name
    if chosen.level is not None or not by_other_name(chosen, name):
        return None
    if named and not chosen.sides & named:
        return None  # outside the named countries: alias_outside_named's
    for place in _own_names_read(name, chain.gazetteer):
        if place.country == chosen.country or place.country not in DEFAULT_REGION:
            continue
        if (named and place.country not in named) or place.population <= chosen.population:
            continue
        km = haversine_km(place.latitude, place.longitude, chosen.latitude, chosen.longitude)
        if km > FAR_KM:
            return (
                f"left unlocated: {chosen.label} bears {name!r} only as another name, and read as spelt it is "
                f"the own name of {place.name} ({place.country}, {place.population:,} people), {km:.0f} km away"
            )
    return None
