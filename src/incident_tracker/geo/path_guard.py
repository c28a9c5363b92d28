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

A second demotion the audit proposed (a district found only by sound for a name the text calls a
village) was dropped: it moved nothing on dev and emptied four right answers on test.

The guard says why in one line; ``tracker geocode --explain`` shows the candidate it set aside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution


def near_a_province(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (a province the text says the place is near), or None."""
    parsed = resolution.parsed
    if chosen.geo_precision != "admin1" or not parsed.near or parsed.level != "admin1":
        return None
    return f"left unlocated: the text puts the place near {chosen.label}, a province, not in it"


def path_doubt(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why the chosen answer must not be given, by the guards of this module, or None."""
    return near_a_province(chosen, resolution)
