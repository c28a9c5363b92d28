"""The side whose act a report tells as what came first ("… after Pakistan fired"): the alleged actor.

Examples: "fighting broke out after Iranian security forces crossed the border and fired on Afghan border guards"
(RFE/RL 445), "families have fled their homes after Pakistan fired more than 500 rockets at Kunar" (Salaam Times
452), "the fighting broke out … after Pakistani troops fired mortars at Afghan checkpoints" (EFE 155).

The clause after "after" is the act itself, told as the cause of what the sentence leads with (the fighting, the
flight), so its subject is the side one party holds responsible: the codebook's ``alleged``. Not when a span of
time stands before "after" ("two days after Iran attacked a separatist group", "came a week after Iranian border
guards attacked"): that names an earlier event, not this one's actor.
"""

from __future__ import annotations

import re

from .vocab import DEMONYMS

#: The side: a demonym and its forces ("Iranian security forces", "the Pakistani troops"), or a state by its name.
_SIDE = (
    r"(?P<side>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[a-z]+)?\s+(?:security\s+forces|forces|troops|soldiers|army|military|"
    r"border\s+guards|border\s+police|guards)|(?P<state>[A-Z][a-z]+))"
)
_AFTER = re.compile(
    rf"\bafter\s+{_SIDE}\s+(?:had\s+)?"
    # "crossed the border and fired on": the crossing, then the act
    r"(?:crossed\s+(?:the\s+border|into\s+[A-Z][\w’'-]*)\s+and\s+)?"
    r"(?:fired|shelled|opened\s+fire|attacked|bombed|launched)\b(?!\s+back\b|\s+in\s+response\b)"
)
#: A span of time before "after": the act told is an earlier event ("two days after", "a week after", "came after").
_EARLIER = re.compile(
    r"(?:\b(?:days?|weeks?|hours?|months?|years?|shortly|soon|just|came|comes|followed|follows|since)\s+)$",
    re.IGNORECASE,
)


def after_side(text: str) -> str | None:
    """The side named as having acted first, in an "… after <side> fired" clause, or None."""
    from .draft import country_code

    for match in _AFTER.finditer(text):
        if _EARLIER.search(text[: match.start()]):
            continue
        side = re.sub(r"^the\s+", "", match.group("side"))
        if match.group("state"):
            if country_code(side):
                return side
            continue
        if side.split()[0].lower() in DEMONYMS:
            return side
    return None
