"""Dates a draft's own sentence states that the reader's event days set aside.

The reader starts and feeds incidents only from days (``day``, ``days``, ``week``) at most
:data:`.event_days.BACKGROUND_DAYS` old, so that a history line ("In March 2019, militants killed 14")
starts nothing. A lead that tells the news with an older or coarser date of its own ("Gunmen killed four
guards near Saravan on March 3, state media said", in a report of May 21) was then drafted undated and
given the week before publication, with a note that the article gives no date: a made-up date, which the
codebook forbids. This module reads what such a sentence states and says whether that is the event's own
date: told after the violence it dates, in the same clause ("killed … on March 3"), not in a clause about
something else ("the ceasefire agreed in March", "since 2019").

It also reads the forms :func:`.dates.find_dates` does not: months without a year ("in March", "in
mid-May", "last month", "late last month"), "last year", numeric days (18.05.2023, 18/05/2023; through
:func:`~incident_tracker.models.dates.parse_date`, which refuses 05/06/2023 as day-or-month ambiguous),
"on the 18th", and two weekdays told together ("on Friday and Saturday", two days).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..errors import ValidationError
from ..models.dates import parse_date
from .dates import MONTHS, WEEKDAYS, FoundDate, find_dates, odd_year_date
from .reporting_days import REPORTING, SAID_AFTER
from .roles import find_dateline
from .vocab import VIOLENCE

_MONTH = r"(?P<month>" + "|".join(calendar.month_name[1:]) + r")"  # capitalised: not the verb "may"
#: "in March", "in mid-May", "in late April", "early last month": a month without its year or day.
_MONTH_ALONE = re.compile(rf"\b(?i:in|during|early|late|mid-?)\s+(?i:early\s+|late\s+|mid-?)?{_MONTH}\b(?![\s.,]*\d)")
_LAST_MONTH = re.compile(r"\b(?:(?:early|late|earlier|at\s+the\s+end\s+of)\s+)?last\s+month\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(?:(?:early|late|earlier)\s+)?last\s+year\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(?:on\s+)?(?P<date>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)\b")
#: "on the 18th", "On the 18th," opening a sentence: the day of the month with no month (not "on the 18th of May",
#: which :func:`.dates.find_dates` reads).
_THE_NTH = re.compile(r"\b(?i:on)\s+the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])")
_WEEKDAY_PAIR = re.compile(
    r"\b(?:on\s+)?(?P<first>" + "|".join(WEEKDAYS) + r")\s+and\s+(?:on\s+)?(?P<second>" + "|".join(WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
#: The note of a draft left undated though its sentence states a date (see :func:`own_stated_date`).
LEFT_UNDATED = "Left undated rather than given the week before publication"


def _same_clause(gap: str) -> bool:
    """Whether the words between the violence and a date keep to its clause: an aside between commas is
    ("kidnapped the 17 men, from seven families of the village, on September 4"), a clause of another verb is
    not ("near the road, closed in March", "the deadliest attack since 2019")."""
    if _ANOTHER_CLAUSE.search(gap):
        return False
    return "," not in gap or not re.search(r"\b[a-z]+ed\b", gap[gap.index(",") :])


#: Between the violence and its date, a word that moves to another clause or another matter.
_ANOTHER_CLAUSE = re.compile(
    r"[;:()]|\b(?:since|after|before|until|when|while|which|who|that|where|agreed|signed|announced|"
    r"ceasefire|truce|deal|agreement|began|started|first)\b",
    re.IGNORECASE,
)


def _month_span(year: int, month: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """The month's first and last day, the last no later than publication ("in mid-May" of May 21: May 1–21)."""
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, 1), min(last, published)


def _previous_month(published: dt.date) -> tuple[int, int]:
    return (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)


def extra_days(text: str, published: dt.date) -> list[FoundDate]:
    """Days :func:`.dates.find_dates` does not read: 18.05.2023 (day first), an unambiguous 18/05/2023, and
    "on the 18th" (the latest 18th on or before publication). An ambiguous 05/06/2023 gives nothing."""
    found: list[FoundDate] = []
    for match in _NUMERIC.finditer(text):
        try:
            parsed = parse_date(match.group("date"))
        except ValidationError:
            continue  # 05/06/2023: the 5th of June or May 6, and a wrong day is worse than none
        found.append(FoundDate(match.group(0), parsed.start, None, "day", match.start(), _said(text, match)))
    for match in _THE_NTH.finditer(text):
        day, month, year = int(match.group("day")), published.month, published.year
        for _ in range(2):
            if 1 <= day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) <= published:
                day_told = dt.date(year, month, day)
                found.append(FoundDate(match.group(0), day_told, None, "day", match.start(), _said(text, match)))
                break
            year, month = _previous_month(dt.date(year, month, 1))
    return found


def weekday_pairs(text: str, dates: list[FoundDate]) -> list[FoundDate]:
    """Two weekdays told together, the second the day after the first ("on Friday and Saturday"): one span of
    two days (``days``), not the first day alone."""
    out = list(dates)
    for match in _WEEKDAY_PAIR.finditer(text):
        first = next((d for d in out if d.position == match.start() and d.precision == "day"), None)
        second = next((d for d in out if match.start("second") - 8 <= d.position <= match.start("second")), None)
        if first is None or second is None or (second.start - first.start).days != 1:
            continue
        pair = FoundDate(match.group(0), first.start, second.start, "days", first.position, first.reporting)
        out = [pair if d is first else d for d in out if d is not second]
    return out


def coarse_dates(text: str, published: dt.date) -> list[FoundDate]:
    """Months and years told without a day: "in March" (the latest March on or before publication), "last
    month", "late last month" (the month before), "last year"."""
    found: list[FoundDate] = []
    for match in _MONTH_ALONE.finditer(text):
        month = MONTHS[match.group("month").lower()]
        year = published.year if month <= published.month else published.year - 1
        start, end = _month_span(year, month, published)
        found.append(FoundDate(match.group(0), start, end, "month", match.start()))
    for match in _LAST_MONTH.finditer(text):
        start, end = _month_span(*_previous_month(published), published)
        found.append(FoundDate(match.group(0), start, end, "month", match.start()))
    for match in _LAST_YEAR.finditer(text):
        year = published.year - 1
        found.append(FoundDate(match.group(0), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", match.start()))
    return found


def _said(text: str, match: re.Match[str]) -> bool:
    """Whether a day read here is the day of a saying ("said on 18.05.2023"), as :func:`.dates.find_dates` tells."""
    return bool(REPORTING.search(text[: match.start()]) or SAID_AFTER.match(text[match.end() :]))


def _add(found: list[FoundDate], more: list[FoundDate]) -> list[FoundDate]:
    """``found`` with the dates of ``more`` that overlap none of it, in order."""
    out = list(found)
    for date in more:
        end = date.position + len(date.text)
        if not any(date.position < o.position + len(o.text) and o.position < end for o in out):
            out.append(date)
    return sorted(out, key=lambda d: d.position)


def read_days(text: str, published: dt.date, anchor: dt.date) -> list[FoundDate]:
    """The days :func:`.dates.find_dates` reads, two weekdays told together made one span, and the days of
    :func:`extra_days`: what the reader's event days are chosen from."""
    return _add(weekday_pairs(text, find_dates(text, published, anchor)), extra_days(text, published))


def stated_dates(text: str, published: dt.date, anchor: dt.date) -> list[FoundDate]:
    """Every date a sentence states, days, months and years, in order, overlapping ones dropped."""
    return _add(read_days(text, published, anchor), coarse_dates(text, published))


def own_stated_date(text: str, published: dt.date, anchor: dt.date) -> tuple[FoundDate | None, str | None]:
    """The sentence's own event date among those it states; else why it has none though it states one.

    The own date is told after the violence, in the same clause ("Gunmen killed four guards near Saravan on
    March 3, state media said"), and is not the day of a saying. One told in another clause ("… on the road,
    which was closed in March") or before the violence is not taken, nor a numeric day that reads both ways
    (05/06/2023): the sentence is then dated by none of them, and the reason says which it stated.
    """
    dateline = find_dateline(text, published)
    if dateline is not None and text.startswith(dateline.text):  # "ZAHEDAN, May 21 (Reuters) -": the filing day
        text = " " * len(dateline.text) + text[len(dateline.text) :]
    dates = [d for d in stated_dates(text, published, anchor) if not d.reporting and d.start <= published]
    for date in dates:
        violence = list(VIOLENCE.finditer(text[: date.position]))
        if violence and _same_clause(text[violence[-1].end() : date.position]):
            return date, None
    for match in _NUMERIC.finditer(text):
        try:
            parse_date(match.group("date"))
        except ValidationError as refused:
            return None, f"its sentence gives {match.group('date')}, which reads both ways: {str(refused).rstrip('.')}"
    if (odd := odd_year_date(text)) is not None:
        return None, f"its sentence gives {odd!r}, whose year is none of a record's (1900 to 2099, in four digits)"
    if dates:
        return None, f"its sentence gives {dates[0].text!r}, not told as the day of this incident"
    return None, None
