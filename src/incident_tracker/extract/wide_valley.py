"""A valley that three states share is no scene: a draft placed in the Fergana Valley is left unplaced.

Issue 14 (extract168), the first preference of the brief: abstain on a reading that was wrong out of sample. The
place "the Fergana Valley" (or "Ferghana") was proposed three times by a held-back round's first code (The Times of
Central Asia 679, Crisis24 680, Eurasianet 866: ``bench/extract_first_scores.py --rounds 40-92``) and twice by today's
code on all of dev (680, 866), and was wrong every time: the valley is shared by Uzbekistan, Kyrgyzstan and Tajikistan,
and the coders code the province, village or stretch of border the report names elsewhere ("Batken province", "around
Vorukh", "a disputed stretch of the border"), or nothing. :mod:`.place_roles` already refuses the valley told as the
setting of a named place ("Vorukh, Tajikistan's exclave in the Ferghana Valley"); refusing it there in every role was
tried and taken out: the reading then went on to another sentence's place in another role (680's "Chorkuh", where the
victims came from), and that place's country turned a right country (KG) wrong.

So the valley is dropped once the draft is finished, with the location read from it (and a country only when it came
from the valley itself): wrong is worse than empty. Run with the finished readings
(:func:`.draft_passes.read_each_finished`).
"""

from __future__ import annotations

import re

from .draft import Draft

#: The valley by either spelling, with or without its article.
_FERGANA = re.compile(r"(?:the\s+)?F[ae]rgh?ana\s+Valley", re.IGNORECASE)
#: The fields the place's own reading and geocoding fill (the country only when its evidence is the place's).
_PLACE_FIELDS = ("place", "location", "latitude", "longitude", "geo_precision", "geocoder", "admin1", "country")


def wide_valley(draft: Draft) -> None:
    """Leave a draft placed in the Fergana Valley unplaced (see the module)."""
    place = str(draft.values.get("place") or "")
    if not _FERGANA.fullmatch(place.strip()):
        return
    where = draft.evidence.get("place", "")
    draft.forget(*[name for name in _PLACE_FIELDS if name == "place" or draft.evidence.get(name) == where])
    draft.notes.append(f"Place {place!r} left empty: a valley three states share is no scene (.wide_valley).")
