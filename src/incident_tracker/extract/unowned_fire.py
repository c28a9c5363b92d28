"""Abstention: a shelling or a strike from the air whose side the reader did not find keeps no attribution.

Every draft gets ``unattributed`` when no statement of blame was read (the default in ``finish``). For a
bombing that is usually the coders' reading too: nobody claims it. Shells and strikes from the air are
different: they are fired by a side, an army more often than not, and a report tells whose fire it was in
ways the reader does not always follow (a protest over fire "from the other side", "a pilotless U.S.
aircraft"). The audit of the held-back rounds 40-56 with the code that first scored each of them
(docs/extract-journal.md, "Where wrong values come from, rounds 40-56") found the default on such drafts wrong 8 times
and right once; "wrong is worse than empty", so the draft leaves the field for the reviewer, with a note.

The default stays when the report itself says the side is not known ("a mortar round fired from an unknown
direction", "a drone of unknown origin", "whose drone it was is not yet known"): then ``unattributed`` is
what the report says, not a guess. The store still writes ``unattributed`` for a record saved with the field
empty; only the draft, and so its review, shows it as unread.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import FROM_AFAR

#: The report says who fired is not known: "from an unknown direction", "of unknown origin", "unidentified
#: aircraft", "it is not yet known whose drone it was", "it was unclear who fired".
SIDE_UNKNOWN = re.compile(
    r"\b(?:unknown|unidentified)\b|\bnot\s+(?:yet\s+)?(?:known|clear)\b|\bunclear\b", re.IGNORECASE
)


def unowned_fire(draft: Draft, sentences: list[Sentence]) -> None:
    """Empty the default attribution of a shelling or strike from the air (see the module)."""
    if draft.values.get("sub_event_type") not in FROM_AFAR or draft.values.get("perpetrator"):
        return
    leave_doer_empty(
        draft,
        sentences,
        "attribution left empty: shells and strikes from the air are some side's fire, and the report neither "
        "names the side nor says it is unknown.",
    )


def leave_doer_empty(draft: Draft, sentences: list[Sentence], note: str) -> None:
    """Take back the default `unattributed` of a draft whose doer was not read, unless the report says the doer is
    unknown: for the kinds of act whose report almost always names the doer, that default was wrong out of sample far
    more often than right (shared by `unowned_fire` and `unowned_attack`)."""
    if not draft.blame_unread or any(SIDE_UNKNOWN.search(sentence.text) for sentence in sentences):
        return
    del draft.values["attribution"]
    draft.evidence.pop("attribution", None)
    draft.defaults.remove("attribution")
    draft.notes.append(note)
