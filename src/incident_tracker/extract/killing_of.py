"""Whose nationals were killed, told as "the killing of … nationals by …" with no count.

Issue 14, rounds 70 and 71's dev misses: a protest "over the killing of a number of Afghan nationals by Iranian
forces" tells whose people died but gives no toll, so no toll's noun carries their nationality and the victims went
without one. The shape read: "killing(s) of", an optional vague or counted quantity, a demonym and "nationals",
"citizens" or "civilians", then "by" (the act's doer, so the phrase is the act, not a mourner's word). Only the
nationality is set: "nationals" and "citizens" say nothing of who they were (civilians, migrants, smugglers), so the
target type stays as read. Nationals killed at home are no foreign victims, as :mod:`.finish` drops them: a
nationality equal to the draft's country is not set.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import DEMONYMS

_KILLING_OF = re.compile(
    r"\bkillings?\s+of\s+(?:(?:a\s+number|a\s+group|dozens|scores)\s+of\s+|\d+\s+|[a-z]+\s+)?"
    r"(?P<demonym>[A-Z][a-z]+)\s+(?:nationals|citizens|civilians)\s+by\b"
)


def killing_of_nationals(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Set the victims' nationality from "the killing of … <demonym> nationals by …" in the draft's own sentences,
    when none was read (see the module)."""
    if draft.values.get("victim_nationality"):
        return
    own = set(draft.sentences)
    for sentence in sentences:
        if sentence.index not in own or sentence.index in background:
            continue
        found = _KILLING_OF.search(sentence.text)
        code = DEMONYMS.get(found.group("demonym").lower()) if found else None
        if code is None or code == draft.values.get("country"):
            continue
        draft.set("victim_nationality", code, sentence)
        draft.notes.append(f"Victims' nationality {code}: told as the killing of its nationals.")
        return
