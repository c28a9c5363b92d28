"""Other people's dead told on another day are not added to the event's toll: "… were killed on Wednesday in Kunduz".

A report closes on the days around its event: "At least 19 members of the Afghan security forces and several Taliban
militants were killed on Wednesday in Kunduz and the neighbouring provinces" (Xinhua 1589, an attack of Thursday;
round 101's first score added the "several" militants to its four dead), "On Wednesday Pakistan had called in a senior
Afghan diplomat to protest over a clash …; military sources said six attackers were killed" (Dawn 289, a soldier
killed on Friday: one dead became seven). The readings that add a later sentence's dead to the toll (the attackers',
those also hit) took them as the event's. Counted over dev before this rule was written: of the single-incident
reports whose drafted toll is above the coded one, four tell a toll in a sentence naming another weekday (1114, 169,
289, 1589); the rule moves 289's and 1589's to the coded figure and no other dev value (1114's draft is itself dated
to the other day, 169's excess has another source).

Only an addition is held back, and only when the sentence names a weekday and the draft's day is known to the day and
falls on another: a revised toll ("the toll rose to 12 on Tuesday") replaces the figure by its own reading, untouched.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import WEEKDAYS
from .draft import Draft
from .sentences import Sentence

#: A time of its own in a sentence of a later count (a month, "earlier", "last week", "ago", a year): an earlier event's
#: dead told beside this one's (RFE/RL 272's "At the end of February, three guards were also killed"), never added.
ANOTHER_TIME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|earlier|"
    r"previous|last\s+(?:week|month|year)|ago|in\s+\d{4})\b"
)

_WEEKDAY = re.compile(r"\b(?:on|late|early|last|since)\s+(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def told_on_another_day(draft: Draft, sentence: Sentence) -> bool:
    """Whether ``sentence`` dates what it tells to a weekday other than the draft's day (see the module)."""
    if draft.values.get("date_precision") not in (None, "day"):
        return False
    value = draft.values.get("event_date")
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    told = {m.group("day").lower() for m in _WEEKDAY.finditer(sentence.text)}
    return bool(told) and WEEKDAYS[day.weekday()] not in told
