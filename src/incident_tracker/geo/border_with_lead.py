"""English "the border with X" at the head of a string, read as "on the border with X" is (batch 83's g8049).

"the border with Mohmand Agency" (a report's "attacks on the border with Mohmand Agency", the place phrase taken
without its preposition) was empty, where "on the border with Mohmand Agency" answers the agency's district (its
label's point): the readers know the frame only after "on" (and "near", "along", "at"). The same words with the
preposition dropped say the same place, so :func:`border_with_lead_off` puts "on" back; what the reader then makes of
"on the border with X" is unchanged (a country after it, "the border with Afghanistan", stays empty, as with "on").

Only the whole text, and only before a name (a capital letter): "the border with the" and the like are left alone.

**A common noun before "near the border in X"** (batch 85's g8235, geo169): "a guerilla position near the border in
Khost province" was empty, where "near the border in Khost province" answers the province (its label's point). An
article and up to three lowercase words (a position, an army post, the militants' hideouts) name what stands there,
not where: they are taken off, and the rest is read as it was. Only before "near", "on", "along" or "close to" "the
border" (or frontier) "in" and a name: a noun before any other frame is the readers' as before.
Standard library only.
"""

from __future__ import annotations

import re

__all__ = ["border_with_lead_off"]

_LEAD = re.compile(r"^(?:the\s+)?border\s+with\s+(?P<rest>[A-Z][^\W\d_].*)$", re.IGNORECASE)
_NOUN_BEFORE_BORDER_IN = re.compile(
    r"^(?:an?|the|one|two|three|some|several)\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}\s+"
    r"(?P<rest>(?:near|on|along|close\s+to)\s+the\s+(?:border|frontier)\s+in\s+(?:the\s+)?[A-Z]\S*.*)$"
)


def border_with_lead_off(text: str) -> str | None:
    """``text`` as "on the border with X" when it is "(the) border with X", "near the border in X" when a common noun
    stands before those words, or None."""
    if noun := _NOUN_BEFORE_BORDER_IN.match(" ".join(text.split())):
        return noun.group("rest")
    match = _LEAD.match(" ".join(text.split()))
    if match is None or not match.group("rest")[0].isupper():
        return None
    return f"on the border with {match.group('rest')}"
