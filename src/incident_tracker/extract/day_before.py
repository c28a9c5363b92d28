"""An act of the day before, told with its own place and toll beside the report's act of the day.

The sixth rulings' e (*A strike of the day before told beside the report's strike*): "Today's strike came within 24
hours of another. Yesterday a strike on a camp in the village of X killed twelve fighters" is two incidents, the
day before's an incident of the report, since it is told with a place and a toll of its own. The reader takes a
day either side of the incident's own as the same event told from another hour or time zone
(:meth:`.event_days.EventDays.same_event`), so such a sentence was read into the day's incident: its place replaced
the day's and its dead were lost. This module tells the two apart before that allowance is asked: the sentence
opens on its day, the day before the incident's one day, alone; neither it nor the sentence that dated the incident
tells a night or an hour (which is how one event comes to straddle two days); and it counts its own dead or
wounded. Whether it then tells an act at a place the incident never named, and not as history ("a similar strike"),
is :func:`.news_day.news_elsewhere`'s to say, as for a paragraph opening on an earlier day of the week.
"""

from __future__ import annotations

import datetime as dt
import re

from .casualties import find_tolls
from .dates import FoundDate
from .draft import Draft
from .news_day import news_elsewhere

#: Words that let one event straddle two days: a night, its small hours, "late on …", "early on …".
_HOUR_WORDS = re.compile(r"\b(?:night|overnight|midnight|late|early|dawn|evening|small hours)\b", re.IGNORECASE)
#: How far into the sentence its day may stand and still open it ("Yesterday", "On Sunday,").
_OPENING = 3


def day_before_apart(text: str, dates: list[FoundDate], draft: Draft | None, told: str, anchor: dt.date) -> bool:
    """Whether a sentence that opens on the day before ``draft``'s one day tells another incident, with its own
    toll, rather than the draft's told from another hour (see the module); ``told`` is the draft's sentences read so
    far and ``anchor`` the report's day, for :func:`.news_day.news_elsewhere`, which asks for its act and place."""
    if draft is None or len({d.key for d in dates}) != 1:
        return False
    day, values = dates[0], draft.values
    if day.precision != "day" or day.position > _OPENING or values.get("date_precision") != "day":
        return False
    own = values.get("event_date")
    if not isinstance(own, str) or (dt.date.fromisoformat(own) - day.start).days != 1:
        return False
    if _HOUR_WORDS.search(text) or _HOUR_WORDS.search(draft.evidence.get("event_date", "")):
        return False
    return bool(find_tolls(text)) and news_elsewhere(text, day, told, anchor)
