"""English "the border with X" at the head of a string, read as "on the border with X" is (batch 83's g8049).

"the border with Mohmand Agency" (a report's "attacks on the border with Mohmand Agency", the place phrase taken
without its preposition) was empty, where "on the border with Mohmand Agency" answers the agency's district (its
label's point): the readers know the frame only after "on" (and "near", "along", "at"). The same words with the
preposition dropped say the same place, so :func:`border_with_lead_off` puts "on" back; what the reader then makes of
"on the border with X" is unchanged (a country after it, "the border with Afghanistan", stays empty, as with "on").

Only the whole text, and only before a name (a capital letter): "the border with the" and the like are left alone.
Standard library only.
"""

from __future__ import annotations

import re

__all__ = ["border_with_lead_off"]

_LEAD = re.compile(r"^(?:the\s+)?border\s+with\s+(?P<rest>[A-Z][^\W\d_].*)$", re.IGNORECASE)


def border_with_lead_off(text: str) -> str | None:
    """``text`` as "on the border with X" when it is "(the) border with X", or None."""
    match = _LEAD.match(" ".join(text.split()))
    if match is None or not match.group("rest")[0].isupper():
        return None
    return f"on the border with {match.group('rest')}"
