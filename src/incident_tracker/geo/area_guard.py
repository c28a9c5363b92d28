"""A district that only sounds like the name, across the border and far from the named province, is not it.

The gazetteer lets a place whose ``border_with`` lists a country answer for that country's
provinces too ("Torkham in Nangarhar": the crossing serves both sides). For a crossing that
is right, and so it is for twin districts facing each other across a river (Darvoz and
Darwaz). It is not for a district matched only by sound and lying far away: "Bulak-Bashy
area of Batken region" (a Kyrgyz border post) sounded like Uzbekistan's Buloqboshi District,
whose pack row borders Kyrgyzstan, and was answered 156 km from Batken, in Andijan.

So a candidate is dropped when all of these hold: it is matched by sound only (not its own
or a recorded name), it is a district (not a border point), it lies in another country than
the province the text names, and it lies farther from that province's point than
:data:`AREA_KM`, the distance within which the real-place set counts a province's point as
standing for the province. The province then stands in, as for any unknown name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS, haversine_km

if TYPE_CHECKING:
    from .candidates import Candidate
    from .chain import Scoped

#: Beyond this, a point is not in the named province (the real-place set's admin1 tolerance).
AREA_KM = 100.0


def within_area(found: list[Candidate], scoped: Scoped) -> list[Candidate]:
    """The candidates not ruled out by the province the text names (see the module's docstring)."""
    areas, area = scoped.scope[1], scoped.area
    if areas is None or area is None:
        return found
    countries = {country for country, _ in areas}

    def far_sound_alike(c: Candidate) -> bool:
        if c.trusted or c.level != "admin2" or c.kind in BORDER_KINDS or c.country in countries:
            return False
        return haversine_km(area.latitude, area.longitude, c.latitude, c.longitude) > AREA_KM

    return [c for c in found if not far_sound_alike(c)]


__all__ = ["AREA_KM", "within_area"]
