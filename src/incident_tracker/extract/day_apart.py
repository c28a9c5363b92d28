"""Another incident told in a paragraph that opens on its day, said against the incident just read.

"On January 22 a suicide bomber drove a car into a convoy …, killing four soldiers." "On the same day, helicopter
gunships bombed a border post in the Shawal area. One soldier was killed …" "The next day at least ten mortar
shells fired from across the border landed …" (CounterVortex 917). A roundup of a region's news gives each event its
own paragraph and dates the later ones by the first: "the same day", "the next day". Such a sentence names no date
the date reader can find, so it was read into the incident before it, which took the other event's place, toll,
weapons and blame. A paragraph that opens so and tells an act of violence is its own incident, on the incident's day
or the day after it.

Only when the incident read so far is dated to the day and has its toll (the paragraph does not go on about it),
and only when the violence is told before anyone speaks: "The same day, officials said the attackers had fled"
tells this incident's aftermath. "On the same day as the Chaman blast, …" is left to the readers of "another
attack" (:mod:`.another_event`), which date it already.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate
from .draft import Draft
from .vocab import VIOLENCE

#: "On the same day,", "The same day", "The next day", "On the following day", "A day later": the day, told by the
#: incident's, opening the paragraph.
_OPENS = re.compile(
    r"\s*(?:(?:On\s+)?the\s+(?P<same>same)\s+day\b(?!\s+as\b)|(?:On\s+)?the\s+(?:next|following)\s+day\b|"
    r"A\s+day\s+later\b)",
    re.IGNORECASE,
)
#: Someone speaking before the violence: the paragraph is what was said of the incident, not another one.
_SPEAKS = re.compile(r"\b(?:said|says|told|reported|announced|added|claimed|confirmed)\b", re.IGNORECASE)


def day_told_apart(text: str, current: Draft, *, new_paragraph: bool, latest: dt.date) -> FoundDate | None:
    """The day of the other incident an undated sentence opens (see the module), or None when it opens none (or
    when that day would come after ``latest``, the report's day)."""
    opening = _OPENS.match(text)
    if not new_paragraph or opening is None:
        return None
    violence = VIOLENCE.search(text, opening.end())
    if violence is None or _SPEAKS.search(text, opening.end(), violence.start()):
        return None
    values = current.values
    if values.get("date_precision") != "day" or not any(values.get(t) for t in ("killed", "injured")):
        return None
    day = dt.date.fromisoformat(str(values["event_date"])) + dt.timedelta(days=0 if opening.group("same") else 1)
    return FoundDate(opening.group(0).strip(), day, None, "day", opening.start()) if day <= latest else None
