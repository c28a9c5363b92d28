"""Firearms told only by the men or the fight, not by fire: "gunmen", "an armed clash", "fighting with an armed group".

Issue 14 (extract142). "Gunmen have killed five policemen", "was killed in an armed clash on Tuesday evening", "died
in fighting with armed bandits" (round 78: 964, 969, 972, 974) say who fought, armed, and that they fought; none says
a shot was fired. The coders keep ``unknown`` there and write ``firearms`` where the text tells fire, shots, bullets or
a gun (round 78's coding, and the adjudication of 513: "an armed clash" with "armed bandits" names no weapon). Counted
over all dev drafts with firearms (main 04abde6d): 325 have a word of fire or a gun among their own sentences (305 of
them coded with firearms); 18 have only these words, of which 6 are coded with firearms and 12 without (11 `unknown`,
487 an air strike alone). So firearms read only from them are dropped: 12 wrongs removed against 6 rights lost,
within the weighing (one wrong removed is worth at most two rights lost). "Armed resistance" (4 of 4 coded
firearms: the border services' word for men who fired back) and "engaged" (the ISPR's word for its troops' fire) are
fire, not these words, and stay.
"""

from __future__ import annotations

import re

from .draft import Draft

#: The words that tell armed men or a fight between armed sides, and no fire: what the firearms phrase of
#: :data:`~.vocab.WEAPON_PHRASES` also reads as guns.
_ARMED_ONLY = re.compile(
    r"gunm[ae]n|armed\s+clash(?:es)?|(?:clash(?:es|ed)?|fighting|fought)\s+with\s+(?:an?\s+)?armed",
    re.IGNORECASE,
)


def note_arms_words(draft: Draft, found: list[str]) -> None:
    """Remember whether the firearms a sentence gave were told only by armed men or an armed clash (``found``: the
    phrases that named them); fire or a gun told once marks the incident for good."""
    if not found:
        return
    if all(_ARMED_ONLY.fullmatch(phrase) for phrase in found):
        draft.values.setdefault("_armed_words_only", True)
    else:
        draft.values["_fire_told"] = True


def armed_without_fire(draft: Draft) -> None:
    """Drop firearms read only from words of armed men or an armed clash (see the module); drop the marks either way.

    With no other weapon left, the weapons are the default ``unknown``, shown as a default."""
    values = draft.values
    armed_only = values.pop("_armed_words_only", False)
    fire_told = values.pop("_fire_told", False)
    weapons = values.get("weapons") or []
    if not armed_only or fire_told or "firearms" not in weapons:
        return
    left = [weapon for weapon in weapons if weapon != "firearms"]
    draft.notes.append("Firearms left out: the text tells armed men or an armed clash, no fire, shot or gun.")
    if left:
        values["weapons"] = left
        return
    values["weapons"] = ["unknown"]
    draft.evidence["weapons"] = ""
    if "weapons" not in draft.defaults:
        draft.defaults.append("weapons")
    draft.notes.append("No weapon named: weapons coded as unknown.")
