"""A house told as fighters' shelter, hit by missiles or shells: whom it was aimed at is not told, so no civilians.

The reader codes shells and rockets that hit houses as fired on civilians, and "people" killed by them as civilians
(``finish``, :mod:`.people_hit`), as the coders code shelling across a border. A house the report itself tells as
sheltering or hosting fighters is the other case: "a house … that was believed to shelter Taliban fighters", "a house
… that was being used for training", "a house in a part of Pakistan where Al Qaeda has long found shelter" (the
Kalosha strike, 782–785): the missiles were aimed at whoever the house sheltered, and the coders leave the target
empty, as they do for a drone's missile on a house (:func:`.people_hit.from_the_air`). Only a target read from the
house or from "people": victims the draft names as civilians, women, children or villagers ("two civilians were
killed") keep it.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import FROM_AFAR

#: The house, then what it was for: a shelter, refuge, hideout, guesthouse or training place of armed men.
_SHELTER = re.compile(
    r"\b(?:house|home|compound|building)\b[^.;]{0,100}?\b(?:shelter(?:s|ed|ing)?|refuge|hide-?outs?|safe\s+house|"
    r"guest\s*house|used\s+(?:for|by)\s+(?:training|militants|fighters)|hosting|harbou?r(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
#: Armed men named in the same sentence: whom the house sheltered.
_FIGHTERS = re.compile(
    r"\b(?:militants?|fighters?|Taliban|Taleban|al[\s-]Qaeda|Qaeda|insurgents?|terrorists?|training)\b", re.IGNORECASE
)
#: Victims told as civilians by the draft's own toll: then they are named, not read from the house.
_CIVILIANS_NAMED = re.compile(r"\b(?:civilians?|women|children|villagers|residents|family)\b", re.IGNORECASE)


def sheltered_fighters(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Empty the civilian target of a strike on a house the report tells as fighters' shelter (see the module)."""
    values = draft.values
    if values.get("sub_event_type") not in FROM_AFAR or values.get("target_type") != "civilians":
        return
    if _CIVILIANS_NAMED.search(str(values.get("victims") or "")):
        return
    told = next(
        (s for s in sentences if s.index not in background and _SHELTER.search(s.text) and _FIGHTERS.search(s.text)),
        None,
    )
    if told is None:
        return
    draft.forget("target_type", "victims", "victim_nationality", "civilian_targeting")
    draft.notes.append("target left empty: the house hit is told as sheltering fighters, whom the strike was aimed at.")
