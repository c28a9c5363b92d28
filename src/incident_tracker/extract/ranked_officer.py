"""An officer told by an army's rank, in the military's own statement: a soldier, not a policeman (issue 14).

The target's word "officer" is a policeman's by default (:data:`~.vocab.TARGETS`: "police officers", "an officer
was wounded" of a police station). Pakistan's military statements name their dead officers by rank and call them
officers: "Lieutenant Arsalan Alam, a young officer, was martyred …, the Inter-Services Public Relations said" (a
blog's copy of a Dawn report, 1011, coded ``military``). When the victims are told only as an officer, the sentence
that tells it names an army's rank before a name ("Lieutenant", "Lt", "Captain", "Major", "Colonel", a Havildar's or
a Sepoy's), and the report's speaker is the military (the ISPR, the army, the military's media wing), the target is
the military. Never when any sentence of the incident names the police (Iran's police have lieutenants too: "police
Lieutenant …", 977), and never for victims told by another noun ("policemen", "guards").
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: An army's rank before a name: "Lieutenant Arsalan Alam", "Lt Col A", "Capt. B", "Havildar C".
_RANK = re.compile(
    r"\b(?:Second\s+|2nd\s+)?(?:Lieutenant(?:\s+Colonel)?|Lt\.?(?:\s+Col\.?)?|Captain|Capt\.?|Major|Maj\.?|Colonel|"
    r"Col\.?|Brigadier|Havildar|Havaldar|Naik|Lance\s+Naik|Sepoy|Subedar)\s+(?=[A-Z][a-z])"
)
#: The military as the speaker: "the Inter-Services Public Relations said", "the ISPR", "the military's media wing".
_MILITARY_SPEAKS = re.compile(
    r"\b(?:Inter-Services\s+Public\s+Relations|ISPR|military[’']s\s+media\s+wing|army\s+said|military\s+said)\b"
)
_POLICE = re.compile(r"\bpolice(?:m[ae]n)?\b", re.IGNORECASE)
#: The victims as the draft keeps them: only an officer ("a young officer", "officer", "an officer").
_OFFICER_ONLY = re.compile(r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?officers?", re.IGNORECASE)


def ranked_officer(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``military`` for a ``police`` target told only as an officer with an army's rank, by the military (see the
    module)."""
    values = draft.values
    if values.get("target_type") != "police" or not _OFFICER_ONLY.fullmatch(str(values.get("victims") or "").strip()):
        return
    told = [
        sentence.text
        for sentence in sentences
        if sentence.index in draft.sentences and sentence.index not in background
    ]
    evidence = draft.evidence.get("target_type", "")
    if not _RANK.search(evidence) or any(_POLICE.search(text) for text in told):
        return
    if not any(_MILITARY_SPEAKS.search(text) for text in told):
        return
    values["target_type"] = "military"  # the evidence stays the sentence that told who was hit
    draft.notes.append("Target type military: an officer told by an army's rank, in the military's statement.")
