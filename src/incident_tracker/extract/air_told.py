"""A missile strike the report itself calls a strike from the air: an air strike, though no aircraft is named.

The reader types missiles with no aircraft named as shelling or missile fire (ACLED's *Shelling/artillery/missile
attack*), since a missile may come from a launcher on the ground. A report that says of the strike itself "it was
the second deadly strike from the air in a month" (NYT 785) tells how it came: ACLED's *Air/drone strike*, as the
coders code it. Only the report's own words about this strike ("it was", "this was", "which was"), in a sentence that
is not background; "the United States has struck from the air more than once" tells of other strikes, and a strike
likened to an air strike ("a similar attack") is not called one. Only for missiles or rockets alone: shells and
mortars are fired from the ground whatever the report calls them.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: "it was the second deadly strike from the air", "this was the third air strike", "which was an air raid".
_CALLED_FROM_THE_AIR = re.compile(
    r"\b(?:it|this|which)\s+was\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:strike|attack|raid)\s+from\s+the\s+air|air\s*strike|air\s+raid|aerial\s+(?:strike|attack))\b",
    re.IGNORECASE,
)
_SHELLING = "Shelling/artillery/missile attack"


def called_from_the_air(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Type as an air strike a missile strike the report calls one (see the module)."""
    values = draft.values
    weapons = set(values.get("weapons") or [])
    if values.get("sub_event_type") != _SHELLING or not weapons or not weapons <= {"missile", "rocket"}:
        return
    told = next(
        (s for s in sentences if s.index not in background and _CALLED_FROM_THE_AIR.search(s.text)),
        None,
    )
    if told is None:
        return
    draft.set("sub_event_type", "Air/drone strike", told, replace=True)
    draft.notes.append("Typed an air strike: the report calls the strike one, though it names no aircraft.")
