"""A weekday told with a GMT clock beside the local one: the event's day is the local clock's.

"two of them hit the house at around 0200 local time (2100 GMT on Wednesday)" (BBC 781): the weekday in brackets
is Greenwich's, five hours behind; the house was hit early on Thursday where it stood. The codebook's
``event_date`` is the day the event happened where it happened (ACLED codes the local date, and the sources it is
compared with tell local days), so the weekday is moved to the local clock's: a clock that reads less than GMT's
while it is ahead of it has passed midnight (the next day), one that reads more while it is behind has not reached
it (the day before). Only with both clocks told: a GMT time alone says nothing of the local day.
"""

from __future__ import annotations

import re

#: A clock time: "0200", "02:00", "2 a.m.", "9.30pm".
_CLOCK = r"(?:[0-2]?\d[:.]?[0-5]\d|[01]?\d(?:[:.][0-5]\d)?\s*(?:a\.m\.|am|p\.m\.|pm))"
#: The local clock, then GMT's in brackets, up to the weekday: "0200 local time (2100 GMT on ".
_GLOSS = re.compile(
    rf"(?P<local>{_CLOCK})\s*(?:hrs\s+|hours\s+)?(?:local(?:\s+time)?\s*)?[(\[]\s*(?P<gmt>{_CLOCK})\s*(?:hrs\s+)?"
    r"(?:GMT|UTC)\s*(?:,\s*|on\s+)?$",
    re.IGNORECASE,
)


def _hour(clock: str) -> int:
    """The hour of a clock time on the 24-hour dial."""
    digits = re.match(r"\d+", clock)
    hour = int(digits.group(0)) if digits else 0
    if hour > 24:  # "0200": hours and minutes written together
        hour //= 100
    if re.search(r"p\.?m\.?$", clock, re.IGNORECASE) and hour < 12:
        hour += 12
    elif re.search(r"a\.?m\.?$", clock, re.IGNORECASE) and hour == 12:
        hour = 0
    return hour


def day_shift(before: str) -> int | None:
    """The days to add to a weekday told right after a GMT clock that glosses a local one (``before``: the text up
    to the weekday's expression) to make it the local day: 1, 0 or -1; None where no such gloss precedes it."""
    gloss = _GLOSS.search(before)
    if gloss is None:
        return None
    local, gmt = _hour(gloss.group("local")), _hour(gloss.group("gmt"))
    if (local - gmt) % 24 <= 12:
        return 1 if local < gmt else 0  # east of Greenwich (the local clock ahead): past local midnight already
    return -1 if local > gmt else 0  # west of it: local midnight not reached yet
