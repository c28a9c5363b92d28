"""Fighting told as lasting days, with the day it was told on: the days it lasted, not the last of them.

"The army kept up its artillery fire on the camps for a second day on Saturday", "After two days of clashes …,
troops on Thursday drove the militants out", "Two days of artillery fire have destroyed a dozen camps, sources
confirmed on Saturday": the report tells the fighting as lasting a number of days up to the day it names, so that
day is the fighting's last, and the incident began the days before it. Read as one day, the draft took the last day
(or, where that day was the statement's, the week up to it): the coders date such an incident from its first day
(dev 660, 661, 888: rounds 45 and 69, each the first code's date wrong out of sample and still wrong in sample).

The draft's date sentence must tell both: the number of days of violence ("two days of shelling", "for a second
day", "for a third straight day") and a day read from that very sentence (the draft's first day when it is dated
to a day, or the last of its week when a statement in it dated it). The incident is then the span of those days
(``days``), ending on the day told. A count of days with no day in the sentence ("killed in five days of
clashes") moves nothing, nor does a count of days of something that is not violence ("the gates stayed shut for a
third straight day").
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates
from .draft import Draft
from .vocab import number_value

__all__ = ["days_of_fighting"]

#: The ordinals of "for a second day"; a count ("two days of") is read by ``vocab.number_value``.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_COUNT = r"(?P<count>two|three|four|five|[2-5])"
_ORDINAL = r"(?P<ordinal>second|third|fourth|fifth)"
_VIOLENCE = (
    r"(?:fighting|clashes|shelling|bombardment|artillery\s+fire|mortar\s+fire|fire|firing|gunfire|skirmishes|"
    r"strikes|air\s+strikes|airstrikes|attacks)"
)
#: "two days of clashes", "Two days of artillery fire", "three days of heavy fighting".
_DAYS_OF = re.compile(rf"\b{_COUNT}\s+days\s+of\s+(?:(?:heavy|fierce|intense|cross-border)\s+)?{_VIOLENCE}\b", re.I)
#: "kept up its artillery fire … for a second day", "fought for a third straight day": the violence, then the day.
_FOR_A_DAY = re.compile(
    rf"\b(?:{_VIOLENCE}|fought|shelled|clashed|fired|attacked|struck|pounded)\b[^.;]{{0,90}}?"
    rf"\bfor\s+(?:a|the)\s+{_ORDINAL}\s+(?:(?:straight|consecutive|successive)\s+)?day\b",
    re.I,
)


def _days_told(text: str) -> int | None:
    """The number of days the sentence tells the violence as lasting, if it tells one."""
    match = _DAYS_OF.search(text) or _FOR_A_DAY.search(text)
    if match is None:
        return None
    count = match.groupdict().get("count")
    return number_value(count) if count else _ORDINALS.get(match.group("ordinal").lower())


def days_of_fighting(drafts: list[Draft], published: dt.date, anchor: dt.date) -> None:
    """Date each draft whose date sentence tells its violence as lasting days, up to a day named there, to the span
    of those days (see the module)."""
    for draft in drafts:
        precision = draft.values.get("date_precision")
        text = draft.evidence.get("event_date", "")
        count = _days_told(text) if precision in ("day", "week") else None
        if count is None:
            continue
        told = draft.values.get("event_date") if precision == "day" else draft.values.get("event_date_end")
        days = {d.start.isoformat() for d in find_dates(text, published, anchor) if d.precision == "day"}
        if not told or told not in days:
            continue  # the day is not this sentence's: the count of days may be another time's
        last = dt.date.fromisoformat(told)
        draft.values["event_date"] = (last - dt.timedelta(days=count - 1)).isoformat()
        draft.values["event_date_end"] = last.isoformat()
        draft.values["date_precision"] = "days"
        draft.evidence["event_date_end"] = draft.evidence["date_precision"] = text
        draft.notes.append(f"The report tells the fighting as lasting {count} days up to {last.isoformat()}.")
