"""A night told by the day it ran into: "the night to May 14", "the night of August 4 to 5", "the night of
Saturday to Sunday".

Copy rewritten from Russian and from the Iranian agencies tells a night by the days it joins ("в ночь на 14 мая",
"the night to Wednesday"): the night began on the evening before the day named. Read as the day named alone, the
event lands a day late, and a lead's "killed on Wednesday" then hides that the fighting began on Tuesday evening.
The codebook writes such a night as its two days (``days``), the evening's first, as the reader already writes "the
night of August 18/19" and "the night between August 10 and 11" (:mod:`.dates`).

Only two days that follow each other are a night: "the night of May 4 to 9" is no night and is left to the other
readings, as is "night" with no day after it ("through the night", "the night before").
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A day of a month, either way round ("May 14", "14 May", "14th of May"), or a day number alone ("5", in "4 to 5").
_MONTH_DAY = rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}|{_DAY})"
NIGHT_TO = re.compile(
    rf"\b(?:the\s+)?night\s+(?:"
    rf"(?:to|into)\s+(?:(?P<to_weekday>{_WEEKDAY})(?:,?\s+(?P<its_day>{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}))?"
    rf"|(?P<to_day>{_MONTH_DAY}))"
    rf"|(?:of|from)\s+(?:(?P<from_weekday>{_WEEKDAY})\s+(?:to|into)\s+(?P<until_weekday>{_WEEKDAY})"
    rf"|(?P<from_day>{_MONTH_DAY})\s+(?:to|into)\s+(?P<until_day>{_MONTH_DAY})))"
    rf"\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def night_span(match: re.Match[str], published: dt.date, anchor: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """The two days of the night ``match`` (of :data:`NIGHT_TO`) tells, as (first, second, ``"days"``), or None when
    they are not two days that follow each other, or a day number is told with no month."""
    from .dates import MONTHS, _month_day, _weekday  # here: .dates reads this module's pattern

    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("to_weekday") or groups.get("to_day"):  # "the night to Wednesday", "the night to May 14"
        if groups.get("to_weekday"):
            ran_into: dt.date | None = _glossed_weekday(groups["to_weekday"], groups.get("its_day"), year, published)
            ran_into = ran_into or _weekday(groups["to_weekday"], anchor, False)
        else:
            month, day = _month_and_day(groups["to_day"], MONTHS)
            ran_into = _month_day(month, day, year, published) if month else None
        return (ran_into - dt.timedelta(days=1), ran_into, "days") if ran_into else None
    if groups.get("from_weekday"):  # "the night of Saturday to Sunday"
        evening = _weekday(groups["from_weekday"], anchor, False)
        if (evening.weekday() + 1) % 7 != _WEEKDAYS.index(groups["until_weekday"].lower()):
            return None
        return evening, evening + dt.timedelta(days=1), "days"
    from_month, from_day = _month_and_day(groups["from_day"], MONTHS)  # "the night of August 4 to 5"
    until_month, until_day = _month_and_day(groups["until_day"], MONTHS)
    month = from_month or until_month
    if month is None:
        return None
    first = _month_day(month, from_day, year, published)
    second = _month_day(until_month or month, until_day, year, published)
    if first is None or second is None or (second - first).days != 1:
        return None  # "the night of May 4 to 9": no night
    return first, second, "days"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _glossed_weekday(weekday: str, its_day: str | None, year: int | None, published: dt.date) -> dt.date | None:
    """The day the night ran into when its weekday is glossed with its date ("the night to Sunday, Feb. 22"), read
    from the date as the reader reads a glossed weekday (extract186); None with no gloss, or with a date that falls on
    another weekday, which leaves the weekday's own reading."""
    if its_day is None:
        return None
    from .dates import MONTHS, _month_day  # here: .dates reads this module's pattern

    month, day = _month_and_day(its_day, MONTHS)
    told = _month_day(month, day, year, published) if month else None
    return told if told is not None and told.weekday() == _WEEKDAYS.index(weekday.lower()) else None


def _month_and_day(told: str, months: dict[str, int]) -> tuple[int | None, int]:
    """The month (None when only a number is told) and the day of "May 14", "14th of May" or "5"."""
    day = int(re.findall(r"\d+", told)[0])
    return next((months[word] for word in re.findall(r"[a-z]+", told.lower()) if word in months), None), day


#: "on the night of 12 Hamal": in Dari and Persian a night is named by the day it runs into ("shab-e jom'e", Friday's
#: night, is Thursday evening), so the Solar Hijri day a night is told by is its second day (Herat Paper 983, whose
#: night of 12 Hamal the coders write as 11-12 Hamal). Only "night of" right before the day: "on Tuesday night last
#: week, 11 Azar" (814) names the weekday's night and leaves the day as told.
_NIGHT_OF = re.compile(r"\bnight\s+of\s+$", re.IGNORECASE)


def solar_night(match: re.Match[str], day: dt.date) -> tuple[dt.date, dt.date | None, str]:
    """The Solar Hijri day ``day`` that ``match`` told, as (first, last, precision): a night told by it ("the night
    of 12 Hamal") is the evening before and that day (``days``), any other telling the day itself."""
    if _NIGHT_OF.search(match.string[max(0, match.start() - 16) : match.start()]):
        return day - dt.timedelta(days=1), day, "days"
    return day, None, "day"
