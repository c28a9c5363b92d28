"""Policemen of a border police: the border's guards (issue 14).

Afghanistan's border police hold its frontier posts; a report of a raid on them often calls its men "policemen" and
its posts "police outposts" and names the force once, in the commander's title or the governor's words: "raided
police outposts in the Kamdish district …, the commander of the border police in the east … told Pajhwok" and "One
policeman was also killed" (Pajhwok 1023), "The border police in Kamdish district are besieged" … "23 policemen were
killed" (1024), both coded ``border_guards`` as :data:`~.vocab.TARGETS` codes "border policemen". Over all dev, the
drafts typed ``police`` in a report naming the border police (in any sentence not background: the force is
named once, often in a speaker's title or the lead) are four: these two, 865 (a border police post fired on,
"wounded a policeman", coded with no target) and 1027 (Barg-e-Matal's "local and border police", coded ``police``):
a police named beside them ("local and border police", "district police") keeps ``police``.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: The force named: "the border police", "border policemen", "the commander of the border police".
_BORDER_POLICE = re.compile(r"\bborder\s+police(?:m[ae]n)?\b", re.IGNORECASE)
#: Another police named beside it: "local and border police", "the district police", "provincial police".
_OTHER_POLICE = re.compile(
    r"\b(?:local|district|provincial|city|national|traffic|regular|uniformed)\s+(?:and\s+border\s+)?police\b",
    re.IGNORECASE,
)
#: The victims told only as policemen or their posts: the force is the one the incident names.
_BARE_POLICE = re.compile(r"(?:\w+\s+){0,2}?(?:policem[ae]n|police(?:\s+(?:officers?|outposts?|posts?|personnel))?)")


def border_police(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``border_guards`` for a ``police`` target when the incident names the border police and no other (see the
    module)."""
    values = draft.values
    if values.get("target_type") != "police":
        return
    victims = str(values.get("victims") or "")
    if victims and not _BARE_POLICE.fullmatch(victims.strip()):
        return  # "a young officer", "Levies personnel": told by another noun
    # the report's sentences, less background: the force is named once, often in a speaker's title or the governor's
    # lead ("The border police in Kamdish district are besieged", 1024), not among the raid's own sentences
    told = [sentence.text for sentence in sentences if sentence.index not in background]
    if not any(_BORDER_POLICE.search(text) for text in told) or any(_OTHER_POLICE.search(text) for text in told):
        return
    values["target_type"] = "border_guards"  # the evidence stays the sentence that told who was hit
    draft.notes.append("Target type border_guards: the policemen of the border police the incident names.")
