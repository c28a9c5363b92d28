"""An event told only by an hour of the small hours: the day the report's week estimate ends, not the week.

"The strike hit North Waziristan … at around 3:00am local time" (Reuters 764), "the smugglers opened fire at about
1 a.m." (TCA 380): a report that gives no day but an hour between midnight and dawn was written later that same day
(a wire report, or the day its source spoke); the coders date it that day. The reader's estimate for an undated
event is the week up to the report (or up to the statement it cites); here the last day of that week is taken, as
``day``. An hour later in the day ("at 9:00 am", "at about 10 pm") may be any of the week's days, and stays a week;
so does a report whose sentence with the hour names a day of its own.
"""

from __future__ import annotations

import re

from .dates import MONTHS, WEEKDAYS
from .draft import Draft
from .sentences import Sentence

#: An hour between midnight and five: "at around 3:00am", "at about 1 a.m.", "at 4am".
_SMALL_HOURS = re.compile(
    r"\bat\s+(?:about\s+|around\s+|some\s+|roughly\s+)?(?:[0-4](?::\d\d)?|0?5(?::00)?)\s*(?:am|a\.m\.)(?!\w)",
    re.IGNORECASE,
)
#: A day told beside the hour: then the hour is that day's, and the reader's own date reading stands.
_MONTH_NAMES = [max((name for name, number in MONTHS.items() if number == month), key=len) for month in range(1, 13)]
_DAY_NAMED = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|last\s+night|overnight|{'|'.join(_MONTH_NAMES)})\b",
    re.IGNORECASE,
)
#: The notes of the reader's week estimate for an event no sentence dated (see ``drafts._date_undated``).
WEEK_ESTIMATE = ("The article gives no date for it", "Dated by when it was reported")


def small_hours(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Date an undated event told at an hour of the small hours on the estimate's last day (see the module)."""
    values = draft.values
    if values.get("date_precision") != "week" or not values.get("event_date_end"):
        return
    if not any(note.startswith(WEEK_ESTIMATE) for note in draft.notes):
        return
    told = next(
        (
            s
            for s in sentences
            if s.index not in background and _SMALL_HOURS.search(s.text) and not _DAY_NAMED.search(s.text)
        ),
        None,
    )
    if told is None:
        return
    values["event_date"] = values.pop("event_date_end")
    values["date_precision"] = "day"
    draft.evidence["event_date"] = draft.evidence["date_precision"] = told.text
    draft.evidence.pop("event_date_end", None)
    draft.notes.append("Told only by an hour of the small hours: the day the report's estimate ends, not its week.")
