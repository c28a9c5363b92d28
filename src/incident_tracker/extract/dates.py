"""Date expressions in news copy, resolved against the publication date.

The codebook's precision is the point: "on Tuesday" is a day, "last week" a week, "earlier this month" a month,
"November 24" a day in the year that puts it on or before publication. The rules are a small table rather than a date
library: dateparser reads one expression well but does not tell a weekday in the past from one in the future, nor
give the codebook's precision, and searching a whole text with it is slow; these few forms cover wire copy and each
is explainable. Dates that only say when something was *said* ("officials said on Monday") are not event dates;
:func:`find_dates` marks them as reporting dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .clock import day_shift
from .nights import NIGHT_TO, night_span, solar_night
from .reporting_days import (
    EVENT_BEFORE_ITS_DAY,
    FLED,
    FUTURE,
    REPORTING,
    SAID_AFTER,
    SAID_AFTER_OPENING,
    SAID_BEFORE_ITS_DAY,
)
from .solar_hijri import SOLAR, settle_glosses, solar_day
from .tally_since import tally_first_day
from .weekday_told import weekday_told

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
#: The year after a day and month: one of the record's (1900-2099, four digits), or ``odd_year``, a number in the
#: year's place that is none ("on 1 January 1", "24 November 1850", "November 24, 99999"), which leaves the day
#: unread: moved to the publication's year it would be a wrong day (probe18). Only four digits or more after a
#: comma ("On November 24, 3 soldiers …" is a count), nor a clock's hour ("24 November 10:30").
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b|(?P<odd_year>\s+\d+|,\s*\d{4,})\b(?![.:]\d))?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("solar", SOLAR),  # "on 11 Qaws", "11 Azar 1404": the Solar Hijri calendar's days (see .solar_hijri)
    ("night", NIGHT_TO),  # "the night to May 14", "the night of Saturday to Sunday": the two days (see .nights)
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "the night of August 18/19, 2024", "October 11-12": a night or two days, a span
    # "on the night of August 7 and 8", "the night between August 10 and 11": a night, two days
    ("month_days", re.compile(rf"\b{_MONTH}\s+{_DAY}\s*(?:[/–-]|\s+and\s+)\s*{_DAY2}\b{_YEAR}", re.IGNORECASE)),
    (
        "days_month",
        re.compile(rf"\b{_DAY}\s*(?:[/–-]|\s+and\s+)\s*{_DAY2}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.IGNORECASE),
    ),
    # not after a day ("1 January 1": the day is the 1st, the number after the month its year)
    ("month_day", re.compile(rf"(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.IGNORECASE)),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.IGNORECASE)),
    (
        "weekday",
        re.compile(
            r"\b(?P<last>last\s+|this\s+past\s+|on\s+|late\s+on\s+|early\s+on\s+)?"
            r"(?P<weekday>" + "|".join(WEEKDAYS) + r")\b(?:'s)?",
            re.IGNORECASE,
        ),
    ),
    # "the day before yesterday", "three days (nights) ago": whole days counted back from the speaker's today
    (
        "days_ago",
        re.compile(
            r"\b(?:the\s+day\s+before\s+yesterday|(?P<ago>two|three|four|five|six|[2-6])\s+(?:days|nights)\s+ago)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "yesterday",
        re.compile(
            r"\b(?:yesterday|last\s+night|overnight|the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night))\b",
            re.IGNORECASE,
        ),
    ),
    ("today", re.compile(r"\b(?:today|earlier\s+today|this\s+morning|this\s+afternoon|tonight)\b", re.IGNORECASE)),
    # "at the end of last week", "late last week": the last days of the week before, Thursday to Sunday
    ("end_last_week", re.compile(r"\b(?:(?:at\s+)?the\s+end\s+of|late)\s+last\s+week\b", re.IGNORECASE)),
    ("last_week", re.compile(r"\b(?:last\s+week|earlier\s+this\s+week|this\s+week)\b", re.IGNORECASE)),
    # "over the weekend", "at the weekend", "the weekend's strikes": the Saturday and Sunday up to the speaker's day
    ("weekend", re.compile(r"\b(?:over|at|during)\s+the\s+weekend\b|\bthe\s+weekend's\b", re.IGNORECASE)),
    ("this_month", re.compile(r"\bearlier\s+this\s+month\b", re.IGNORECASE)),
    # "has seen another clash in the past few hours" (Iran Economist 758): hours back from the writer's now, which
    # may reach into the day before; no speaker's day needed, since the hours are the report's own
    (
        "few_hours",
        re.compile(r"\b(?:over|during|in|within)\s+the\s+(?:past|last)\s+(?:few|couple\s+of)\s+hours\b", re.IGNORECASE),
    ),
    # "accused … on Monday of firing 40 missiles over the past 24 hours": days up to the speaker's day
    (
        "past_span",
        re.compile(
            r"\b(?:over|during|in|within)\s+the\s+(?:past|last)\s+(?P<n>two|three|four|five|six|[2-6]|24|48|72)"
            r"\s+(?P<unit>days|hours)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(r"\b(?:in|since|during|until|by|before|back in|of)\s+(?P<year3>(?:19|20)\d\d)\b", re.IGNORECASE),
    ),
    (
        "month_year",
        re.compile(rf"\b(?:in|during|since|early|late|mid-?)\s+{_MONTH2}\s+(?P<year2>(?:19|20)\d\d)\b", re.IGNORECASE),
    ),
)


@dataclass(frozen=True)
class FoundDate:
    """A date expression resolved to the codebook's start, end and precision."""

    text: str
    start: dt.date
    end: dt.date | None
    precision: str
    position: int
    reporting: bool = False
    #: What a draft dated by it should say of how it was read (a Solar Hijri day a day off its gloss).
    note: str = ""

    @property
    def key(self) -> tuple[dt.date, dt.date | None]:
        return (self.start, self.end)


def _month_day(month: int, day: int, year: int | None, published: dt.date) -> dt.date | None:
    """The day in the stated year, or else the latest such day on or before publication."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return None
    if candidate > published + dt.timedelta(days=1):
        try:
            candidate = dt.date(published.year - 1, month, day)
        except ValueError:
            return None
    return candidate


def _weekday(name: str, published: dt.date, last: bool) -> dt.date:
    """The most recent such weekday on or before publication ("last Tuesday": strictly before the week)."""
    target = WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    if last and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _resolve(
    kind: str, match: re.Match[str], published: dt.date, anchor: dt.date
) -> tuple[dt.date, dt.date | None, str] | None:
    """Start, end and precision of one expression: weekdays and "yesterday" count back from
    ``anchor`` (the dateline's day, else publication), days of a month from publication."""
    from .vocab import number_value  # here, not at the top: vocab reads this module's MONTHS

    groups = match.groupdict()
    if kind == "solar":
        return ((day := solar_day(match, published)) and solar_night(match, day)) or None  # "the night of 12 Hamal"
    if kind == "night":
        return night_span(match, published, anchor)
    if kind == "iso":
        try:
            return dt.date(int(groups["year"]), int(groups["month"]), int(groups["day"])), None, "day"
        except ValueError:
            return None
    if groups.get("odd_year"):
        return None  # a year the record cannot hold, or none written in full: no day, rather than a wrong one
    if kind in ("month_days", "days_month"):
        year = int(groups["year"]) if groups.get("year") else None
        first = _month_day(MONTHS[groups["month"].lower()], int(groups["day"]), year, published)
        apart = int(groups["day2"]) - int(groups["day"])
        if first is None or not 0 < apart <= 6 or (apart > 1 and " and " in match.group(0).lower()):
            return None  # "on May 25 and 31": two days, not the days between them (a night's two follow each other)
        return first, first + dt.timedelta(days=int(groups["day2"]) - int(groups["day"])), "days"
    if kind in ("month_day", "day_month"):
        year = int(groups["year"]) if groups.get("year") else None
        day = _month_day(MONTHS[groups["month"].lower()], int(groups["day"]), year, published)
        return (day, None, "day") if day else None
    if kind == "weekday":
        last = (groups.get("last") or "").lower().startswith(("last", "this"))
        return _weekday(groups["weekday"], anchor, last), None, "day"
    if kind == "days_ago":
        ago = groups.get("ago")
        back = (number_value(ago) or 2) if ago else 2
        return anchor - dt.timedelta(days=back), None, "day"
    if kind == "yesterday":
        return anchor - dt.timedelta(days=1), None, "day"
    if kind == "today":  # (not an outlet's name: "Pakistan Today reported", "Russia Today")
        return (
            None
            if match.group(0)[0] == "T" and re.search(r"[A-Z][\w.]*\s$", match.string[: match.start()])
            else (anchor, None, "day")
        )
    if kind == "year":
        year = int(groups["year3"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if kind == "end_last_week":
        sunday = published - dt.timedelta(days=published.weekday() + 1)
        return sunday - dt.timedelta(days=3), sunday, "days"
    if kind == "last_week":
        if match.group(0).lower().startswith("last"):
            monday = published - dt.timedelta(days=published.weekday() + 7)
            return monday, monday + dt.timedelta(days=6), "week"
        monday = published - dt.timedelta(days=published.weekday())
        return monday, published, "week" if published != monday else "day"
    if kind == "weekend":  # (a report of a Sunday: that Sunday and the day before)
        if anchor.weekday() == 5:  # a Saturday's: the weekend under way, its Friday the region's; the week to it
            return anchor - dt.timedelta(days=6), anchor, "week"
        sunday = anchor - dt.timedelta(days=(anchor.weekday() + 1) % 7)
        return sunday - dt.timedelta(days=1), sunday, "days"
    if kind == "few_hours":
        return anchor - dt.timedelta(days=1), anchor, "days"
    if kind == "past_span":
        n = number_value(groups["n"]) or 0
        back = n // 24 if groups["unit"].lower() == "hours" else n - 1
        return anchor - dt.timedelta(days=back), anchor, "days"
    if kind == "this_month":
        return published.replace(day=1), published, "month"
    if kind == "month_year":
        import calendar

        year, month = int(groups["year2"]), MONTHS[groups["month2"].lower()]
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"
    return None


_RELATIVE = ("yesterday", "last night", "overnight", "today", "this morning", "tonight", "earlier today")
#: "at about 3am last night": the small hours belong to the day that follows the night.
_SMALL_HOURS = re.compile(r"\b(?:[0-5](?::\d\d)?\s*(?:am|a\.m\.)|midnight|dawn|pre-dawn)\b", re.IGNORECASE)


def _relative_to_the_speaker(text: str, found: list[FoundDate], published: dt.date, anchor: dt.date) -> list[FoundDate]:
    """Re-anchor "overnight" or "yesterday" on the day it was said ("…, the ISPR said on Sunday").

    A statement dated in the same sentence is the speaker's today; "last night" in the
    small hours ("at 3am last night") is that same day.
    """
    said = [d for d in found if d.reporting and d.precision == "day" and d.start <= published]
    out: list[FoundDate] = []
    for date in found:
        kind = date.text.lower()
        kind = " ".join(kind.split())
        ago = kind.endswith(("days ago", "nights ago")) or kind.endswith("before yesterday")
        if date.precision == "day" and not date.reporting and (kind in _RELATIVE or kind.startswith("the ") or ago):
            day = said[0].start if said else anchor
            back = 0 if kind in ("today", "this morning", "tonight", "earlier today") else 1
            if ago:
                back = (anchor - date.start).days  # as counted from the anchor: the same count from the speaker
            if back and kind in ("last night", "overnight") and _SMALL_HOURS.search(text):
                back = 0
            date = FoundDate(date.text, day - dt.timedelta(days=back), None, "day", date.position, False)
        out.append(date)
    return out


#: "in the past few hours": the writer's own now, not a speaker's (see the pattern "few_hours").
_FEW_HOURS = re.compile(r"\b(?:few|couple\s+of)\s+hours$", re.IGNORECASE)
_PAST_SPAN = re.compile(r"^(?:over|during|in|within)\s+the\s+(?:past|last)\s+", re.IGNORECASE)


#: A weekday's name alone: the gloss "(Sunday)" after a reporting day (see :func:`_glossed_day`).
_WEEKDAY = re.compile("|".join(WEEKDAYS), re.IGNORECASE)


def _glossed_day(text: str, ordered: list[FoundDate]) -> list[FoundDate]:
    """A weekday in brackets after a reporting day glosses it: "the ministry said in a statement today (Sunday)"
    (Asriran 770) is Sunday's statement, not an event of Sunday: one reporting date, the weekday's (the report,
    published on Monday, calls the statement's day "today")."""
    out = list(ordered)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        gap = text[first.position + len(first.text) : second.position]
        if (
            first.reporting
            and not second.reporting
            and re.fullmatch(r"\s*\(\s*", gap)
            and _WEEKDAY.fullmatch(second.text)
        ):
            out[i] = FoundDate(second.text, second.start, second.end, second.precision, second.position, True)
            out[i - 1] = out[i]  # the gloss names the day: "today" may be the day of publication, not of saying
    return list(dict.fromkeys(out))


def _span_to_the_speaker(found: list[FoundDate]) -> list[FoundDate]:
    """Count "over the past two days" back from the day the sentence says it was said.

    "Local officials alleged on Thursday that 136 rockets had landed over the past two days": the
    rockets fell on Wednesday and Thursday (``days``), and Thursday is when it was said, not the event's
    day. Without such a day in the sentence the span is dropped: "nothing had happened in the past three
    days" is no event, and a span counted from publication would be a guess.
    """
    spans = [d for d in found if _PAST_SPAN.match(d.text) and not _FEW_HOURS.search(d.text)]
    if not spans:
        return found
    days = [d for d in found if d.precision == "day" and not _PAST_SPAN.match(d.text)]
    if not days:
        return [d for d in found if d not in spans]
    said = days[0]
    out: list[FoundDate] = []
    for date in found:
        if date is said:
            date = FoundDate(date.text, date.start, date.end, date.precision, date.position, True)
        elif date in spans:
            back = (date.end - date.start) if date.end else dt.timedelta(0)
            date = FoundDate(date.text, said.start - back, said.start, "days", date.position, False)
        out.append(date)
    return out


def odd_year_date(text: str) -> str | None:
    """The first day and month told with a year the record cannot hold ("1 January 1"), which
    :func:`find_dates` leaves unread; the draft it would date is left undated (see :data:`_YEAR`)."""
    told = (p for kind, p in _PATTERNS if kind in ("month_days", "days_month", "month_day", "day_month"))
    odd = (match for pattern in told for match in pattern.finditer(text) if match.group("odd_year"))
    return next((match.group(0).strip(" ,") for match in odd), None)


def _said_before_its_day(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """A calendar day before a saying verb is the day of saying when the speech after the verb gives a calendar day
    of its own, not one of saying ("On November 15, the spokesman said guards had killed a man on November 13")."""
    out = list(found)
    for i, date in enumerate(found):
        if date.reporting or date.precision != "day" or not re.search(r"\d", date.text):
            continue
        start = date.position + len(date.text)
        said = SAID_BEFORE_ITS_DAY.match(text[start:])
        if said is None:
            continue
        after = start + said.end()
        told = [o for o in found if o.position >= after and not o.reporting]  # not "…, X said on 7 September"
        if any(o.precision == "day" and re.search(r"\d", o.text) for o in told):
            out[i] = FoundDate(date.text, date.start, date.end, date.precision, date.position, True)
    return out


def _local_day(text: str, date: FoundDate, anchor: dt.date) -> FoundDate:
    """A weekday told as GMT's beside a local clock ("0200 local time (2100 GMT on Wednesday)") is resolved as the
    local day's name (see :mod:`.clock`); any other date is kept."""
    named = _WEEKDAY.search(date.text)
    shift = day_shift(text[: date.position]) if named and date.precision == "day" else None
    if not shift or named is None:
        return date
    local = WEEKDAYS[(WEEKDAYS.index(named.group(0).lower()) + shift) % 7]
    return FoundDate(date.text, _weekday(local, anchor, False), None, "day", date.position, date.reporting)


#: "Wednesday, November 26" or "Tuesday (Nov 25)": the weekday only names the day given after it.
_NAMED_DAY_GAP = re.compile(r"^[\s,(]{0,3}(?:on\s+|of\s+)?$")


#: "Wednesday's raid": a day owned by the event noun after it (see :func:`find_dates`).
_OWNED_DAY = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?:raid|attack|strike|ambush|assault|clash|bombing)s?\b")


def find_dates(text: str, published: dt.date, anchor: dt.date | None = None) -> list[FoundDate]:
    """Every date expression in a sentence, resolved, in order, overlapping ones dropped.

    ``anchor`` is the day relative expressions count from (a dateline's "Nov 28"; default ``published``). A weekday
    followed by its calendar day is one date. Kept per (text, days): a reading asks it of most sentences twice or more.
    """
    return list(_dates_in(text, published, anchor or published))


@lru_cache(maxsize=4096)
def _dates_in(text: str, published: dt.date, anchor: dt.date) -> tuple[FoundDate, ...]:
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            resolved = _resolve(kind, match, published, anchor)
            if resolved is None:
                if match.groupdict().get("odd_year"):
                    taken.append(span)  # "1 January 1": no day, and no "January 1" read inside it either
                continue
            start, end, precision = resolved
            if kind == "month_year" and match.group(0).lower().startswith("since"):
                continue  # "since February 2024" dates a state of affairs, not an event
            if kind in ("month_day", "day_month") and tally_first_day(text, span[0]):
                taken.append(span)  # "75 civilians killed … since 26 February": a tally's first day (.tally_since)
                continue
            if FUTURE.search(text[: span[0]]):
                continue  # "the crossing will reopen on Friday": a plan, not an event
            # "the attack on Sunday": a day named with its event is the event's, whatever verb comes before the noun
            named_event = EVENT_BEFORE_ITS_DAY.search(text[: span[0]])
            if FLED.search(text[: span[0]]) and not named_event:
                continue  # "families who fled the area on Friday": the day of their flight (.reporting_days)
            taken.append(span)
            after = text[span[1] :]
            # "officials said Wednesday's raid …": a day owned by the noun after it is that event's, not the saying's
            owned = _OWNED_DAY.match(match.group(0)[-2:] + after) or named_event
            reporting = bool(
                (REPORTING.search(text[: span[0]]) and not owned)
                or SAID_AFTER.match(after)
                or (span[0] <= 3 and SAID_AFTER_OPENING.match(after))  # "On Wednesday the spokesman, X, said"
            )
            found.append(FoundDate(match.group(0).strip(), start, end, precision, span[0], reporting))
    found = [_local_day(text, date, anchor) for date in found]
    found = _said_before_its_day(text, found)
    found = _relative_to_the_speaker(text, found, published, anchor)
    found = _span_to_the_speaker(found)
    ordered = _glossed_day(text, sorted(found, key=lambda d: d.position))
    kept = [
        date
        for date, following in zip(ordered, [*ordered[1:], None][: len(ordered)], strict=True)
        if not (
            following is not None
            and re.search(
                r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|last night|night)$",
                date.text,
                re.IGNORECASE,
            )
            # "overnight on November 16-17": the night's two days, told (issue 14), as "overnight on Tuesday" is its day
            and (following.precision == "day" or (following.precision == "days" and re.search(r"\d", following.text)))
            and _NAMED_DAY_GAP.match(text[date.position + len(date.text) : following.position])
        )
    ]
    return tuple(settle_glosses(text, weekday_told(ordered, kept)))  # "told VOA on Monday, 19 October" (.weekday_told)
