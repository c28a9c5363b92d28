"""The place a report says the event happened at: "the shooting took place in the Puli Oftobru area".

A sentence that tells where *it* took place, happened or broke out names the scene on purpose;
other sentences name places in passing (where a unit is based, where a town lies, a place in an
apposition: "Vorukh, an exclave of the city of Isfara"). So its place, read only from the clause
after the verb, replaces the place read so far, unless it is coarser (a province after a district).
"""

from __future__ import annotations

import re

from .draft import Draft
from .place import _specificity, read_place
from .sentences import Sentence

#: "the incident took place", "it happened early on Saturday", "the clash broke out": where follows.
_HAPPENED = re.compile(r"\b(?:took place|happened|occurred|broke out|erupted)\b")
#: Where the clause that names the scene ends: a comma, "about 10 km from", "when", "while", "after".
_CLAUSE_END = re.compile(r"[,;]|\s(?:about|some|when|while|after|as|where|according|said|between)\s")

#: "broke out on the border by Shir Ab village" (ISWNews 535): a place beside the line, told with "by", is where it
#: happened, as "near" tells it; only after the line's word, since "by" otherwise names who acted.
_BY_THE_LINE = re.compile(r"\b(border|line|frontier|boundary|fence)\s+by\s+")


def scene_told(draft: Draft, sentence: Sentence, text: str) -> None:
    """Take the place of a "took place in X" clause as the event's, unless it is coarser than the one read."""
    happened = _HAPPENED.search(text)
    if happened is None:
        return
    rest = text[happened.end() :]
    end = _CLAUSE_END.search(rest)
    clause = _BY_THE_LINE.sub(r"\1 near ", rest[: end.start()] if end else rest)
    probe = Draft()
    read_place(probe, sentence, clause, sides=False)
    place, current = probe.values.get("place"), draft.values.get("place")
    if place is None or place == current or (current and _specificity(place) < _specificity(str(current))):
        return
    draft.set("place", place, sentence, replace=True, path=f"took place: {probe.place_path}")
    draft.forget("_admin_hint", "_within")
    for name in ("_admin_hint", "_within"):
        draft.set(name, probe.values.get(name), sentence)
