"""Answer paths that are sound on exact names and risky on near-names: wrong is worse than empty.

The audit of answer paths (docs/geocoding.md, "Answer paths: which are trusted") counted, per way
an answer is reached, how often it was right on strings no rule had seen. One path gave a wrong
answer there that no string rule would have caught on the next batch, because what was wrong is
the path, not the spelling:

* **A province the text puts "near".** "the border near the Afghan province of Nimroz" names an
  unnamed stretch of the line beside the province, which may lie on the far side (the thirty-fourth
  batch's g3113, labelled ``unlocated`` as "the “Shaghalak” area near Nimroz province" is, g1412).
  A province is too large for "near" it to say where: what lies near it is outside it. The province
  named plainly ("Nimroz province", "the Jowzjan border area") still answers.

* **A far minor place in a country the report does not name.** "the Pasaband area, about 40 kilometres
  off the Jewani coast in Pakistan", in a report naming Iran and Pakistan, took Pasaband of Ghor in
  central Afghanistan, 340 km from every border place of the two countries (the thirty-fifth batch's
  g3258): the region is eight countries, but the report has said which it is about. A place answers
  there only if it lies on a named country's line (its ``border_with`` names one), near a named
  country's border places, in a country the query itself names ("Baku, Azerbaijan"), or is a city
  known in its own right (Herat, Tehran, Bishkek: :data:`KNOWN_POPULATION`).

A second demotion the audit proposed (a district found only by sound for a name the text calls a
village) was dropped: it moved nothing on dev and emptied four right answers on test.

The guard says why in one line; ``tracker geocode --explain`` shows the candidate it set aside.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .candidates import context_country
from .gazetteer import haversine_km
from .pack import shipped_pack

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution


def near_a_province(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a province the text says the place is near), or None."""
    parsed = resolution.parsed
    if chosen.geo_precision != "admin1" or not parsed.near or parsed.level != "admin1":
        return None
    return f"left unlocated: the text puts the place near {chosen.label}, a province, not in it"


#: A place this far from every pack place of the countries the report names is not on their borders
#: (the set's farthest right loose answer lies 300 km off; Kabul lies 90 km from Pakistan's Peiwar Pass).
FAR_KM = 300.0
#: A city this large is known by its name (Herat, Quetta, Bishkek): named in a border report, it is meant.
KNOWN_POPULATION = 100_000


def far_outside_named(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a minor place far off, in a country the report does not name), or None."""
    named = resolution.named
    if not named or chosen.country in named or set(chosen.border_with) & named:
        return None
    if chosen.population >= KNOWN_POPULATION or chosen.level == "admin1":
        return None
    parsed = resolution.parsed
    if chosen.country in {context_country(part) for part in parsed.context}:
        return None  # "Baku, Azerbaijan": the query names the answer's country itself
    points = _named_points(named)
    if not points:
        return None
    km = min(haversine_km(chosen.latitude, chosen.longitude, lat, lon) for lat, lon in points)
    if km <= FAR_KM:
        return None
    where = ", ".join(sorted(named))
    return (
        f"left unlocated: {chosen.label} lies in a country the text does not name, {km:.0f} km from "
        f"every border place of those it names ({where})"
    )


@lru_cache(maxsize=64)
def _named_points(named: frozenset[str]) -> tuple[tuple[float, float], ...]:
    """The points of the pack's places in the ``named`` countries (its border places)."""
    return tuple((row.latitude, row.longitude) for row in shipped_pack() if row.country in named)


def path_doubt(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why the chosen answer must not be given, by the guards of this module, or None."""
    return near_a_province(chosen, resolution) or far_outside_named(chosen, resolution)
