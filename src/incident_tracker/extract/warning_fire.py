"""Fire at aircraft that is no weapon of the strike: a post's warning, and the aircraft's own cannon.

"When the men at the post fired warning shots, the helicopters answered with missiles"; "the soldiers fired their
rifles to show the helicopters that they were entering Pakistan": the post's fire warned the aircraft, and the
incident is the strike that answered it, whose weapons are the aircraft's (ACLED's *Air/drone strike*, ``airstrike``
with the missiles named). "The helicopters opened cannon fire on an outpost": the aircraft's gun is the strike's, not
a firefight's ``firearms``. Only in a draft that is already a strike from the air, or a sentence that tells one;
warning shots before guards shot a smuggler stay the guards' guns.
"""

from __future__ import annotations

import re

#: Fire told as a warning: "fired warning shots", "fired their rifles to show the helicopters that they were
#: entering Pakistan", "opened fire to warn the aircraft off"; and an aircraft's cannon ("opened cannon fire").
_WARNING_FIRE = re.compile(
    r"\b(?:fired|firing|fire)\s+(?:\w+\s+){0,2}?warning\s+shots?\b|\bwarning\s+(?:shots?|fire)\b|"
    r"\b(?:fired|opened\s+fire|shot)\s+(?:(?:their|its|his|the|a\s+few)\s+(?:rifles?|weapons?|guns?)\s+)?"
    r"(?:(?:in|into)\s+the\s+air\s+)?to\s+(?:show|warn|signal|alert|tell)\b|"
    r"\bopened\s+cannon\s+fire\b|\bcannon\s+fire\b",
    re.IGNORECASE,
)

Taken = list[tuple[int, int, tuple[str, ...]]]


def without_warning_fire(text: str, taken: Taken, known: list[str]) -> Taken:
    """``taken`` (weapon phrases found in ``text``) without the firearms of warning or cannon fire, in a strike
    from the air (``known``: the draft's weapons so far)."""
    if "airstrike" not in known and not any("airstrike" in weapons for _, _, weapons in taken):
        return taken
    warnings = [m.span() for m in _WARNING_FIRE.finditer(text)]
    return [
        (start, end, weapons)
        for start, end, weapons in taken
        if weapons != ("firearms",) or not any(a <= start and end <= b for a, b in warnings)
    ]
