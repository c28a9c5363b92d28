"""A tally's first day: "at least 75 civilians killed and 193 hurt … since 26 February" dates no event.

A report may close on a count kept over weeks: "the UN mission said it had recorded at least 75 civilians killed
and 193 hurt across Afghanistan since 26 February" (Afghanistan Times 1230). The calendar day after "since" opens
the stretch the count sums; no attack of the report happened on it. Read as an event day, it dated the report's
shellings to the first day of the war, a fortnight before the week they were told in, and the drafts lost their
incidents (one spurious draft, two coded incidents missed).

Only a calendar day (a month and a day) right after "since", in a sentence that counts the dead or the hurt before
it, is such a first day. Elsewhere "since" keeps its day: "the third crossing foiled since February 3" (RFE/RL 214)
counts events, and its coders date one of them on that very day; "tense since April 26, when ten guards were
killed" (PTI 257) tells the event's own day after it. Neither has a count of casualties before "since".
"""

from __future__ import annotations

import re

__all__ = ["tally_first_day"]

#: The word before the day: "since 26 February", "since the 26th of February".
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
#: A count of the dead or the hurt: "75 civilians killed", "193 hurt", "more than 400 people have died".
_COUNTED = re.compile(
    r"\b(?:\d[\d,]*|dozens|hundreds|thousands)\s+(?:[\w-]+\s+){0,3}?(?:(?:have|had|has|were|been)\s+){0,2}"
    r"(?:killed|dead|died|hurt|wounded|injured|casualties)\b",
    re.IGNORECASE,
)


def tally_first_day(text: str, position: int) -> bool:
    """Whether the calendar day at ``position`` of ``text`` opens a tally of casualties (see the module)."""
    before = text[:position]
    return _SINCE.search(before) is not None and _COUNTED.search(before) is not None
