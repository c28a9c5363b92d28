"""Warning shots fired into the air are no attack: the side that fires them is not the one that acted.

"the Kyrgyz border guards fired warning shots into the air, after which the Tajik shepherds went back" (News.Az 122,
Tajik Herald 172, both on Ak-Bosogo), "The Kyrgyz border guards fired warning shots into the air to halt them"
(Trend 429): the sentence tells the speaker's own guards holding back, and the actor pattern read them as the
side that fired on the other. Another act of the same sentence is still read ("Tajik guards opened fire after
Kyrgyz guards fired warning shots": the first act is kept).
"""

from __future__ import annotations

import re

_WARNING = re.compile(r"\bwarning\s+(?:shots?|fire)\b|\binto\s+the\s+air\b", re.IGNORECASE)


def first_act(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of an act pattern that is not warning shots fired into the air."""
    for match in pattern.finditer(text):
        if not _WARNING.search(text[match.start() : match.end() + 30]):
            return match
    return None
