"""A missile strike the report itself calls a strike from the air: an air strike, though no aircraft is named.

The reader types missiles with no aircraft named as shelling or missile fire (ACLED's *Shelling/artillery/missile
attack*), since a missile may come from a launcher on the ground. A report that says of the strike itself "it was
the second deadly strike from the air in a month" (NYT 785) tells how it came: ACLED's *Air/drone strike*, as the
coders code it. Only the report's own words about this strike ("it was", "this was", "which was"), in a sentence that
is not background; "the United States has struck from the air more than once" tells of other strikes, and a strike
likened to an air strike ("a similar attack") is not called one. Only for missiles or rockets alone: shells and
mortars are fired from the ground whatever the report calls them.

A missile told striking one house is aimed the same way (issue 14, extract137): "a missile came down on a house",
"three missiles hit a house", "a house … was hit by a missile early Thursday" (Reuters 782, 783, the Washington Post
784). Every such sentence of the corpus's dev reports tells a strike from the air, and the coders code all ``Air/drone
strike`` (764, 766, 767 name the drone too), while missiles fired into a province ("firing about 40 missiles into the
eastern province of Kunar", 216) are a shelling. Only missiles, one to four of them, on one house or home: rockets are
fired on houses from the ground every day, and missiles that "hit a compound" with no word of the air stay missile fire
(round 58's guard: a compound may be a post or a base).
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
#: A missile on one house: "a missile came down on a house", "the missiles struck the house of a tribesman", "a house
#: … was hit by a missile".
_ON_ONE_TARGET = re.compile(
    r"\b(?:a|an|the|one|two|three|four)\s+missiles?\s+(?:attack\s+)?(?:hit|struck|came\s+down\s+on|slammed\s+into|"
    r"landed\s+on|on)\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?(?:house|home)\b|"
    r"\b(?:house|home)\b[^.;]{0,120}?\b(?:was|were)\s+hit\s+by\s+(?:a|one|two|three|four)\s+missiles?\b",
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
    if told is not None:
        draft.set("sub_event_type", "Air/drone strike", told, replace=True)
        draft.notes.append("Typed an air strike: the report calls the strike one, though it names no aircraft.")
        return
    if weapons != {"missile"}:
        return
    aimed = next((s for s in draft.own_sentences(sentences, background) if _ON_ONE_TARGET.search(s.text)), None)
    if aimed is not None:
        draft.set("sub_event_type", "Air/drone strike", aimed, replace=True)
        draft.notes.append("Typed an air strike: a missile struck one house, as strikes from the air do.")
