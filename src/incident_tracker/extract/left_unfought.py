"""Ground given up with the report's own word that nobody fought for it: a non-violent transfer (issue 14).

The coding notes' sixth rulings (docs/extract.md, *Soldiers or officials who "left", "fled" or "withdrew"*) keep a
place taken as ``Non-state actor overtakes territory`` whether or not a fight is told: the defenders' leaving says
how they went, not that the place was given up. ``Non-violent transfer of territory`` needs the report's own word
that no fight took place: "left the centre of Khamab district … to the Taliban without any fighting" (AVA 1501),
"left their bases without any further clashes with the Taliban" (Ariana News 1585), "without a fight", "without
resistance". The reader typed both as a capture by force, since nothing read the word.

Three guards keep a fight out. The word must be in a sentence of this incident: its own sentences, or any sentence
of the article when the article tells this incident alone (1585's word is in a spokesman's quote the reader did not
give the draft). The draft must carry no toll: "took 15 police stations … without a fight. Nearly 20 police were
killed" (Pasbanan 875) is coded a capture, and a death says someone fought. And the word must be said of the
defenders leaving the ground ("left", "pulled out", "withdrew", "handed over"), as the rulings' "left without a fight"
reads and both dev reports say it: "took … without a fight" is not read (a first version read it, and cost one test
value of the kind; see docs/extract-journal.md, extract181), nor a crossing or a release ("crossed without
resistance"). The forces that left are the target, as for a capture (:mod:`.ground_held`).
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

_CAPTURE = "Non-state actor overtakes territory"
_UNFOUGHT_TYPE = ("Strategic developments", "Non-violent transfer of territory")

#: The report's own word that no fight took place, said of the defenders leaving the ground (the rulings' "left without
#: a fight"): "the Taliban took the district without a fight" is the group's boast or the outlet's shorthand, not read.
_UNFOUGHT = re.compile(
    r"\b(?:left|abandoned|vacated|pulled\s+out|withdrew|withdrawn|retreated|surrendered|handed\s+over)\b"
    r"[^.;]{0,120}?\bwithout\s+(?:a\s+|any\s+)?(?:further\s+)?"
    r"(?:fight(?:ing)?|clash(?:es)?|resistance|a\s+(?:single\s+)?shot(?:\s+being\s+fired)?)\b",
    re.IGNORECASE,
)


def left_unfought(draft: Draft, sentences: list[Sentence], background: set[int], *, alone: bool) -> None:
    """Make a capture ``Non-violent transfer of territory`` when the incident's sentences say the ground was left or
    taken without a fight and the draft tells no one killed or hurt (see the module). ``alone``: the article tells
    this incident only, so any of its sentences outside ``background`` is this incident's."""
    values = draft.values
    if values.get("sub_event_type") != _CAPTURE or values.get("killed") or values.get("injured"):
        return
    told = draft.own_sentences(sentences, background)
    if alone:
        own = {s.index for s in told}
        told += [s for s in sentences if s.index not in background and s.index not in own]
    for sentence in told:
        if _UNFOUGHT.search(sentence.text):
            values["event_type"], values["sub_event_type"] = _UNFOUGHT_TYPE
            draft.evidence["event_type"] = draft.evidence["sub_event_type"] = sentence.text
            draft.notes.append("The ground was given up without a fight, as the report says: a non-violent transfer.")
            return
