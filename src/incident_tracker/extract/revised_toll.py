"""A toll of the hurt told first and then revised: the later figure is the toll (issue 14).

"The ministry first said one serviceman had been hurt. Later it reported that two pilots had survived and were in
hospital": the coders keep the revised figure (AP 870), as a toll that "rose to" a new figure replaces the old one
(:mod:`.fields`). Only a count told as the first one ("first said", "at first", "initially") is replaced, and only by
a count of the hurt told as later ("Later …", "later said …") in the two sentences after it: two sources' different
figures, neither told as a revision, stay as the toll readers have them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocab import NUMBER, number_value

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

_FIRST = re.compile(r"\b(?:first|at\s+first|initially|earlier)\b", re.IGNORECASE)
#: "Later on Monday RIA Novosti reported that two pilots had survived and were in hospital", "later said two were
#: hurt", "Later the ministry said three guards had been wounded".
_LATER = re.compile(
    rf"\b[Ll]ater\b[^.;]{{0,80}}?\b(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:(?:had\s+been|were|was)\s+(?:hurt|injured|wounded)|(?:had\s+)?survived\s+and\s+(?:are|were)\s+"
    r"(?:[\w-]+\s+){0,2}?in\s+hospital)\b"
)


def revised_injured(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Replace a first count of the hurt by the later one the incident's own sentences tell."""
    first = draft.evidence.get("injured", "")
    if draft.values.get("injured") is None or not _FIRST.search(first):
        return
    told = [s for s in draft.own_sentences(sentences, background) if s.text == first]
    if not told:
        return
    for sentence in sentences[told[0].index + 1 : told[0].index + 3]:  # the revision told right after the first
        found = _LATER.search(sentence.text) if sentence.index not in background else None
        count = number_value(found["n"]) if found else None
        if count is not None:
            for name in ("injured_low", "injured_high", "injured_text"):
                draft.values.pop(name, None)
            draft.set("injured", count, sentence, replace=True)
            return
