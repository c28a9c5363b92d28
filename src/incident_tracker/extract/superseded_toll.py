"""A toll named only as the one a new figure replaced: "raising the toll of three attackers killed that the Guards had
announced earlier" (AFP 986), "bringing down an earlier toll of three" (Los Angeles Times 602) (issue 14).

The figure after such words is the old count, told to say what the new one revised; the new one is the sentence's
other count or an earlier sentence's ("Four 'terrorists' … were killed", 986's lead, coded 4). Read as a toll "of
three", it was taken for an update and replaced the lead's four (986: 3 drafted, 4 coded). Over all dev the words
stand in two sentences (986, 602), both before the superseded figure.
"""

from __future__ import annotations

import re

#: The words before the old figure: before "toll" ("raising the toll of three") or before the count itself ("toll of
#: three attackers killed", read as a count of the killed).
_SUPERSEDED_BEFORE = re.compile(
    r"(?:\b(?:(?:rais|revis|lower|correct|updat)(?:ing|ed|es|e)|bring(?:ing|s)?\s+down|brought\s+down)\s+"
    r"(?:the|an?|its|their)\s+(?:(?:earlier|previous|initial|first|official)\s+)?|"
    r"\b(?:an?|the)\s+(?:earlier|previous|initial|first)\s+)(?:(?:death\s+)?toll\s+of\s+)?$",
    re.IGNORECASE,
)


def superseded_toll(sentence: str, start: int) -> bool:
    """Whether the toll starting at ``start`` ("toll of three", "three attackers killed" after "raising the toll of")
    is the figure a new one replaced."""
    return _SUPERSEDED_BEFORE.search(sentence[max(0, start - 60) : start]) is not None
