"""Regions wider than any scene the coders code: a draft placed in one of them is left unplaced.

Issue 14 (extract168), the first preference of the brief: abstain on a reading that was wrong out of sample.
``bench/extract_first_scores.py --rounds 40-92`` shows three names proposed as the place, alone, that were never right,
neither by a held-back round's first code nor by today's code on all of dev:

- *the Fergana (Ferghana) Valley*: out of sample 0 of 3 (The Times of Central Asia 679, Crisis24 680, Eurasianet 866),
  in sample 0 of 2 (680, 866). The valley is shared by Uzbekistan, Kyrgyzstan and Tajikistan; the coders code the
  province, village or stretch of border the report names elsewhere ("Batken province", "around Vorukh"), or nothing.
- *Khyber Pakhtunkhwa* alone, the whole province: out of sample 0 of 2 (Dawn 1113, PTI 1224), in sample 0 of 2 (the
  same). Dev codes it only inside a longer phrase ("Khyber Pakhtunkhwa's Kurram district"), never as the scene.
- *Waziristan* alone, the two agencies together: out of sample 0 of 2 (Dawn 842, The Express Tribune 960), in sample
  0 of 1 (960): the hideouts of a background sentence, or where the firing troops stood.

:mod:`.place_roles` already refuses the valley told as the setting of a named place ("Vorukh, Tajikistan's exclave in
the Ferghana Valley"); refusing the valley there in every role was tried and taken out: the reading then went on to
another sentence's place in another role (680's "Chorkuh", where the victims came from), whose country turned a right
country (KG) wrong. So the place is dropped once the draft is finished, with the location read from it; the country
goes with it only for the valley that three states share (and only when it came from the place itself): a province of
one state still tells the state. Wrong is worse than empty. Run with the finished readings
(:func:`.draft_passes.read_each_finished`).

A region read first no longer holds the place against a narrower one told after it (extract201: "in Pakistan's
northwestern Khyber Pakhtunkhwa", then "in the border town of Angoor Adda", PTI 1224; "in the Fergana Valley", then
"in Batken province (Kyrgyzstan)", Crisis24 680): :func:`.place._specificity` ranks it with the border line, below a
province, through :func:`is_wide_region`.
"""

from __future__ import annotations

import re

from .draft import Draft

#: The valley by either spelling, with or without its article: several states' land.
_FERGANA = re.compile(r"(?:the\s+)?F[ae]rgh?ana\s+Valley", re.IGNORECASE)
#: One state's wide region, named alone (never "North Waziristan", nor "Khyber Pakhtunkhwa's Dir district").
_ONE_STATES = re.compile(
    r"(?:Pakistan's\s+)?(?:(?:north)?western\s+)?(?:Khyber\s+Pakhtunkhwa|Waziristan)", re.IGNORECASE
)
#: The fields the place's own reading and geocoding fill.
_PLACE_FIELDS = ("place", "location", "latitude", "longitude", "geo_precision", "geocoder", "admin1")


def is_wide_region(place: str) -> bool:
    """Whether a place phrase is one of the wide regions above, alone: wider than any unit the coding takes, so a
    province, district or bare name told after it is the narrower place (:func:`.place._specificity`)."""
    place = place.strip()
    return _FERGANA.fullmatch(place) is not None or _ONE_STATES.fullmatch(place) is not None


def wide_region(draft: Draft) -> None:
    """Leave a draft placed in one of the wide regions above unplaced (see the module)."""
    place = str(draft.values.get("place") or "").strip()
    if not is_wide_region(place):
        return
    several = _FERGANA.fullmatch(place) is not None
    where = draft.evidence.get("place", "")
    fields = (*_PLACE_FIELDS, "country") if several else _PLACE_FIELDS
    draft.forget(*[name for name in fields if name == "place" or draft.evidence.get(name) == where])
    draft.notes.append(f"Place {place!r} left empty: a region wider than any scene the coding takes (.wide_region).")
