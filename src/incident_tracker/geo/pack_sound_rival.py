"""A small GeoNames town of the name, far from a border place of the pack that the string sounds as.

geofirst's table (docs/geocoding-journal.md, "Out-of-sample precision per path, batches 56–90") found the flag "a lone
GeoNames place of its name in the text's countries" right 50 times of 59 on `dev` the first time it met a batch. One of
its wrongs (g6424, batch 67) shows a shape no later rule took up: "Jibek Joly", in a report on Kazakhstan and
Uzbekistan, answered Jıbek joly of Almaty province (13,616 people) by its own name, 632 km from the Kazakh–Uzbek line,
while the same lookup found Zhibek Zholy, the pack's crossing on that line, by sound alone. The exact spelling won, and
the text's countries, which hold both, could not choose between them. The Cyrillic "Жибек Жолы" finds both by a
recorded name and is left ambiguous; the Latin transliteration, a letter off the pack's spelling, was not.

The pack holds the border places the reports are about; a report that writes a name the way one of them sounds, in a
country the text names, may well mean it, and the other reading is a small town far off. Wrong is worse than empty.

The rule (:func:`pack_sound_rival`): the answer is a GeoNames town (no unit) matched by a recorded name (its own,
a variant or an alias), of fewer than :data:`CITY_POPULATION` people; a place of the pack in the same lookup, found
only by sound (``phonetic``, ``sound`` or ``fuzzy``), lies in a country the text names (a report's countries, or the
country the string itself names: "Jibek Joly, Kazakhstan") or on its line, more than :data:`FAR_KM` from the answer:
no answer. A city (Islamabad, Mashhad) is what a report names by that name; a pack rival near the answer (the town's
own crossing) is the same place; a province the string names that holds the town ("Jibek Joly, Almaty region")
leaves the pack place out of the lookup; a text naming no country leaves the choice to the chooser, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import haversine_km

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

__all__ = ["pack_sound_rival"]

#: A town this populous is known by the name a report writes (the bar of :mod:`.famous_alias`).
CITY_POPULATION = 100_000
#: Two places this far apart are two places (as :mod:`.own_name_rival` and :mod:`.famous_alias` measure).
FAR_KM = 100.0
_RECORDED = ("name", "variant", "alias")
_BY_SOUND = ("phonetic", "sound", "fuzzy")


def pack_sound_rival(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a small GeoNames town of the name, far from a pack border place in the text's
    countries that the string sounds as: see the module), or None."""
    named = resolution.named | ({resolution.country} if resolution.country else set())
    if not named or chosen.source != "geonames" or chosen.level is not None or chosen.match not in _RECORDED:
        return None
    if chosen.population >= CITY_POPULATION:
        return None
    sounding = [c for c in resolution.candidates if c.source == "pack" and c.match in _BY_SOUND and c.sides & named]
    far = [(haversine_km(c.latitude, c.longitude, chosen.latitude, chosen.longitude), c) for c in sounding]
    km, rival = max(far, key=lambda pair: pair[0], default=(0.0, None))
    if rival is None or km <= FAR_KM:
        return None
    return (
        f"left unlocated: {chosen.label} bears {resolution.parsed.name!r} as a recorded name, and "
        f"{rival.label}, a border place of the regional pack {km:.0f} km away, sounds so: either may be meant"
    )
