"""Crossers shot at the line: people of a nation, told only by their nation's plural, are civilians.

"Iranian border guards shot dead at least ten Afghans who were trying to get into Iran", "Four Afghans … were shot
dead by Iranian forces as they tried to cross the border": the victims are named only as "Afghans", a word a
side's count of its own soldiers uses too, so the reader sets no target. Told as trying to cross into the
shooters' state (the codebook's migrants, whom the corpus codes ``civilians`` with their nationality: 811, 818),
they are civilians. Not for men told as smuggling or carrying drugs (the couriers of 330 are coded with no
target), not for men who "strayed across" (158's six Pakistanis: no target coded), and only when the draft is
already violence against civilians (one side's guards firing on people, no clash).
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import NATIONAL_NOUNS
from .where_hit import TRIED

#: What tells the crossers as smugglers or couriers: then their target is not read from the try.
SMUGGLING = re.compile(r"\b(?:smuggl\w*|drugs?|heroin|opium|narcotics?|couriers?|traffick\w*|contraband)\b", re.I)


def crossers_are_civilians(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Set ``civilians`` (and the nationality) for a nation's people shot trying to cross (see the module)."""
    values = draft.values
    if values.get("target_type") or values.get("event_type") != "Violence against civilians":
        return
    words = str(values.get("victims") or "").split()
    nationality = NATIONAL_NOUNS.get(words[-1].lower()) if len(words) == 1 else None
    if nationality is None:
        return
    own = set(draft.sentences)
    for sentence in sentences:
        if sentence.index in background or (own and sentence.index not in own):
            continue
        if TRIED.search(sentence.text) and not SMUGGLING.search(sentence.text):
            draft.set("target_type", "civilians", sentence)
            values["civilian_targeting"] = True
            draft.evidence["civilian_targeting"] = sentence.text
            if not values.get("victim_nationality") and nationality != values.get("country"):
                draft.set("victim_nationality", nationality, sentence)
            draft.notes.append(f"{words[0]} shot trying to cross: civilians, as the codebook codes migrants.")
            return
