"""The attackers' dead told first by a vague word, then by a figure: the figure replaces the word.

The codebook counts "several" as 3, and the coders add the attackers' dead to those they hit ("an Iranian officer was
killed … several of the smugglers were killed": 1 + 3). When a later sentence gives the attackers' dead as a figure
("Police killed several of the attackers …" then "Two gunmen were killed"), the figure is the better report of the
same men: the 3 read for "several" is taken out and the figure put in (11 + 2, not 11 + 3).
"""

from __future__ import annotations

from ..models import Casualties
from .casualties import Toll
from .draft import Draft
from .sentences import Sentence
from .vocab import VAGUE_WORDS

#: The mark of a vague count of the attackers added to the toll: the 3 it added.
MARK = "_attackers_vague"


def mark_vague(draft: Draft, sentence: Sentence, casualties: Casualties) -> None:
    """Mark the attackers' dead just added when they were told by a vague word ("several"): how many it added."""
    if casualties.text in VAGUE_WORDS:
        draft.set(MARK, casualties.best, sentence)


def figure_replaces_word(draft: Draft, sentence: Sentence, toll: Toll, *, of_attackers: bool) -> bool:
    """Put a figure of the attackers' dead (``of_attackers``: the toll's victims are attackers) in place of the vague
    count added before; True when it did."""
    added = draft.values.get(MARK)
    casualties = toll.casualties
    if not added or toll.what != "killed" or casualties.best is None or casualties.text in VAGUE_WORDS:
        return False
    if not of_attackers:
        return False
    for name in ("killed", "killed_low", "killed_high"):
        if draft.values.get(name) is not None:
            draft.values[name] += casualties.best - added
            draft.evidence[name] = f"{draft.evidence.get('killed', '')} {sentence.text}".strip()
    draft.values.pop(MARK, None)
    draft.notes.append(f"The attackers' dead told as a figure ({casualties.best}) in place of a vague word ({added}).")
    return True
