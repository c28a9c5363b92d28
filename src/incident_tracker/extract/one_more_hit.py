"""One more of the hurt or the dead told by an ordinal in a later sentence: "a second guard had been wounded".

News prose often tells the toll's first victim in the lead and one more further down, counted by an ordinal: "A
Tajik border guard has been wounded …" and, three paragraphs later, "a health official said a second border
serviceman had been lightly wounded in the incident" (Azatlyk 909, coded 2). The reader took the lead's figure and
read nothing in the ordinal. The ordinal says how many there are with the new one, so it is the toll only when the
toll read so far is exactly the one before it (1, then "a second"; 2, then "a third"): "two road workers were
kidnapped and a third was wounded" counts the kidnapped, not the wounded, and a hedged or vague toll is no count to
step on from. Only the incident's own sentences count, and only one other than the sentence that gave the toll.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
#: "a second border serviceman had been lightly wounded", "a third soldier was also killed".
_ONE_MORE = re.compile(
    r"\b(?:[Aa]|[Oo]ne)\s+(?P<ordinal>second|third|fourth|fifth)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:was|had\s+been|has\s+been|is)\s+(?:also\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<hit>wounded|injured|hurt|killed|martyred)\b"
)
_FIELD = {"wounded": "injured", "injured": "injured", "hurt": "injured", "killed": "killed", "martyred": "killed"}


def one_more_hit(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Raise a toll of N to N + 1 where a later sentence of the incident tells "a (N + 1)th … was wounded/killed"."""
    for sentence in draft.own_sentences(sentences, background):
        for found in _ONE_MORE.finditer(sentence.text):
            field, ordinal = _FIELD[found["hit"]], _ORDINALS[found["ordinal"]]
            told = draft.evidence.get(field, "")
            values = draft.values
            exact = values.get(f"{field}_low") in (None, values.get(field)) and not values.get(f"{field}_text")
            if values.get(field) != ordinal - 1 or not exact or not told or told == sentence.text:
                continue
            for name in (f"{field}_low", f"{field}_high"):
                values.pop(name, None)
            draft.set(field, ordinal, sentence, replace=True)
            draft.notes.append(f"{field} {ordinal}: one more told as 'a {found['ordinal']}' after the first count.")
