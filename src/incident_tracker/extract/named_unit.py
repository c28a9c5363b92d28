"""The Moscow border detachment is a unit on Tajikistan's border, not a place in Russia: its stretch is not located.

Issue 14 (extract171; extract168's leftover "a detachment's stretch named after a city"). The Russian border guards
who held Tajikistan's border with Afghanistan until 2005 had a detachment named after the Moskovsky district
(Hamadoni today) of Khatlon, which the Russian and English press call "the Moscow border detachment": "one of the
posts of the Moscow border detachment, 160 kilometres southeast of Dushanbe" (NEWSru 1195), "on one of the stretches
of the Moscow border detachment" (Lenta.ru 1197), "on the section of the border held by the Moscow frontier
detachment" (RIA Novosti 931). All three are coded in Tajikistan with the stretch as the place. The place reading
takes the unit's stretch (:data:`.place_patterns._PATROLLED`), but the gazetteer finds Moscow, so the draft got
Russia's coordinates and country. Here the stretch keeps its words and loses the point and the country read from it,
so that the readings after (:func:`.russian_guards.country_of_the_guards`: the Russian guards on Tajikistan's side)
give the country the report tells. Run with the finished readings (:func:`.draft_passes.read_each_finished`).
"""

from __future__ import annotations

import re

from .draft import Draft

#: The detachment or unit by its Russian name or its English one.
_MOSCOW_UNIT = re.compile(r"\bMosc(?:ow|ovsky|ovskiy)\s+(?:border|frontier)\s+(?:detachment|unit|group)\b")
#: The fields the place's geocoding fills.
_LOCATED = ("location", "latitude", "longitude", "geo_precision", "geocoder", "admin1")


def moscow_unit(draft: Draft) -> None:
    """Leave the Moscow detachment's stretch unlocated, and the country found from it empty (see the module)."""
    values = draft.values
    if not _MOSCOW_UNIT.search(str(values.get("place") or "")) or values.get("country") != "RU":
        return
    where = draft.evidence.get("place", "")
    forget = [name for name in _LOCATED if name in values]
    if draft.evidence.get("country") == where:
        forget.append("country")
    draft.forget(*forget)
    draft.notes.append("The Moscow border detachment is a unit on Tajikistan's border: not located in Russia.")
