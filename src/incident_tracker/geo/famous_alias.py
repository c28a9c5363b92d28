"""A name that is a city's of the region, answered by a small namesake's other name in a country the text names.

geo165 found "Kurgan-Tyube", with Kazakhstan and Uzbekistan named, answered Qo‘rg‘ontepa (Andijan, Uzbekistan;
25,861 people): GeoNames keeps "Kurgan-Tyube" among that town's other names, and among Bokhtar's (Tajikistan's
Khatlon centre, 110,800 people), whose Soviet-era name it is. Both bear it as an alternate name, at one score, so the
named country broke the tie. "Ленинабад" (Khujand's Soviet name) with Kyrgyzstan and Uzbekistan named answered so a
hamlet of Karakalpakstan. The name a report writes is the city's, known across the region by it; the small town bears
it only in a list of other names. A report on two other countries names such a city as often as its own towns (a
detainee's home town, a route, a past posting): wrong is worse than empty.

The rule (:func:`famous_namesake_alias`): the answer matched by another of its names (``alias`` or ``variant``, not its
own), in a country the text names; a candidate of the same lookup by a recorded name (its own, a variant or an alias)
lies in a country of the region the text does not name, more than :data:`FAR_KM` away, has
:data:`CITY_POPULATION` people or more, where the answer has fewer (a city against a town): no answer. An answer that
is a city itself, a rival in the text's own countries (the chooser's business) and an answer by its own name are left
alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .region import DEFAULT_REGION

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

__all__ = ["famous_namesake_alias"]

#: A city this populous is known across the region by the name a report writes (the namesake guard's bar).
CITY_POPULATION = 100_000
#: Two bearers this far apart are two places.
FAR_KM = 100.0
_OTHER_NAME = ("alias", "variant")
_RECORDED = ("name", "alias", "variant")


def famous_namesake_alias(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a small town's other name that is a region city's, see the module), or None."""
    named = resolution.named
    if chosen.match not in _OTHER_NAME or not named or chosen.country not in named:
        return None
    if chosen.level in ("admin1", "admin2", "country") or chosen.geo_precision != "exact":
        return None
    if chosen.population >= CITY_POPULATION:
        return None
    for rival in resolution.candidates:
        if rival.match not in _RECORDED or rival.country in named or rival.country not in DEFAULT_REGION:
            continue
        if rival.population < CITY_POPULATION:
            continue
        km = haversine_km(rival.latitude, rival.longitude, chosen.latitude, chosen.longitude)
        if km <= FAR_KM:
            continue
        return (
            f"left unlocated: {resolution.parsed.name!r} is {rival.name} ({rival.country}, {rival.population:,} people)"
            f" by name; {chosen.label} bears it only among its other names, {km:.0f} km away"
        )
    return None
