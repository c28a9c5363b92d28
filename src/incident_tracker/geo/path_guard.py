"""Answer paths that are sound on exact names and risky on near-names: wrong is worse than empty.

The audit of answer paths (docs/geocoding.md, "Answer paths: which are trusted") counted, per way
an answer is reached, how often it was right on strings no rule had seen. Two paths gave wrong
answers there that no string rule would have caught on the next batch, because what was wrong is
the path, not the spelling:

* **A sound-alike unit for a settlement.** "деҳаи Оқсой" (Tajik, "Oqsoy village", the Kyrgyz
  village Ak-Sai) sounds like the pack's Aksy District of Jalal-Abad, some 200 km off, and was
  answered with it. The text calls the place a village and the one thing that ties it to the
  district is sound: the text's own kind word contradicts the candidate's. It answers only when the
  text names a province or district that holds it ("Hamyob village, Jowzjan": a village named like
  its district, in the province the text names). Matched by a recorded name (the district seat's
  town, "the Tajik frontier town of Ishkashim") the district is still the answer.
* **A province the text puts "near".** "the border near the Afghan province of Nimroz" names an
  unnamed stretch of the line beside the province, which may lie on the far side (the thirty-fourth
  batch's g3113, labelled ``unlocated`` as "the “Shaghalak” area near Nimroz province" is, g1412).
  A province is too large for "near" it to say where: what lies near it is outside it. The province
  named plainly ("Nimroz province", "the Jowzjan border area") still answers.

Each guard says why in one line; ``tracker geocode --explain`` shows the candidate it set aside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

#: The English kind words of a settlement, which the readers of every script put on the name they
#: read ("деҳаи Оқсой" is read as "Оқсой village").
_SETTLEMENT = re.compile(r"\b(?:village|town|city|hamlet|settlement)s?\b", re.IGNORECASE)
_UNITS = ("admin1", "admin2")


def _held_by_context(chosen: Candidate, resolution: Resolution, chain: Resolver) -> bool:
    """Does a context part of the text, looked up alone, name a province or district holding ``chosen``?"""
    for part in resolution.parsed.context:
        unit = place_alone(part, chain, resolution.named)
        if unit is None or unit.country != chosen.country or unit.geo_precision not in _UNITS:
            continue
        if unit.geo_precision == "admin1" and unit.admin1_code == chosen.admin1_code:
            return True
        if unit.geo_precision == "admin2" and unit.name == chosen.name:
            return True
    return False


def sound_unit_for_settlement(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (a district or province found only by sound, for a name the
    text calls a village or town, in no unit the text names that holds it), or None."""
    if chosen.match not in ("sound", "phonetic") or chosen.level not in _UNITS:
        return None
    parsed = resolution.parsed
    head = parsed.text.split(",")[0]
    if parsed.name not in head or not _SETTLEMENT.search(head) or _held_by_context(chosen, resolution, chain):
        return None
    return (
        f"left unlocated: '{parsed.name}' only sounds like {chosen.label}, a "
        f"{'district' if chosen.level == 'admin2' else 'province'}, and the text calls it a settlement"
    )


def near_a_province(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a province the text says the place is near), or None."""
    parsed = resolution.parsed
    if chosen.geo_precision != "admin1" or not parsed.near or parsed.level != "admin1":
        return None
    return f"left unlocated: the text puts the place near {chosen.label}, a province, not in it"


def path_doubt(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why the chosen answer must not be given, by the guards of this module, or None."""
    return sound_unit_for_settlement(chosen, resolution, chain) or near_a_province(chosen, resolution)
