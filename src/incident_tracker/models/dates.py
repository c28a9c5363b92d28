"""Dates as analysts write them, their precision, and the span a precision implies, held together
as one value (EventDates)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ..errors import ValidationError
from .record import RecordLike
from .vocabularies import parse_date_precision


@dataclass(frozen=True)
class ParsedDate:
    """A date as the user gave it: the first possible day, the last, and the precision."""

    start: dt.date
    end: dt.date | None
    precision: str


#: The dates a record may hold (docs/codebook.md, "Dates"): far from the calendar's ends, so
#: that a week, month or year around any of them exists, and wide enough for every conflict
#: dataset we exchange with (UCDP from 1946, GTD from 1970, ACLED from 1997) and for history.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)


def check_date_range(day: dt.date, what: str = "date") -> dt.date:
    """Refuse a date outside :data:`EARLIEST_DATE`..:data:`LATEST_DATE` (a typo such as 9999)."""
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            f"The {what} {day.isoformat()} is out of range: a record's dates lie between "
            f"{EARLIEST_DATE.year} and {LATEST_DATE.year}."
        )
    return day


_DAY_FORMATS = ("%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%Y/%m/%d")
#: 24/11/2025 or 11/24/2025: read only when one part is over 12 and so can only be the day;
#: 03/04/2022 is refused with both readings. Dots (24.11.2025) are day.month.year, as written
#: wherever dots are used (Europe, Russia, Central Asia).
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_NAMED_DAY = re.compile(r"(?:(\d{1,2}) ([A-Za-z]+)|([A-Za-z]+) (\d{1,2})) (\d{4})")
_MONTH_FORMATS = ("%Y-%m", "%b %Y", "%B %Y", "%Y/%m")
#: An ISO day as stored (2025-11-24): the one date form the record's checks read without the date reader.
#: ASCII digits only: ``\d`` also matches Arabic-Indic and full-width digits, which ``fromisoformat`` refuses,
#: so "٢٠٢٤-٠٢-٠٣" was taken for a stored day and refused as one instead of being read.
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def is_date_phrase(value: object) -> bool:
    """A date given as text that is not an ISO day ("Nov 2025", "2025", "24 Nov 2025"): read by
    :func:`resolve_dates`, as 'tracker add --date' reads it, wherever it is typed (a blank cell is no date)."""
    return isinstance(value, str) and bool(value.strip()) and not ISO_DAY.fullmatch(value)


def _clean_date_text(text: str) -> str:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip(), flags=re.IGNORECASE)
    cleaned = cleaned.replace(",", " ")
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", cleaned).strip()


def parse_date(text: str) -> ParsedDate:
    """Parse the date forms analysts write, inferring the precision.

    ``2025-11-24``, ``24 Nov 2025``, ``November 24, 2025`` → that day;
    ``2025-11``, ``Nov 2025`` → the month (1st to last day); ``2025`` → the year; a Solar Hijri day
    with its year (``11 Azar 1404``, ``1404-09-11 SH``) → its Gregorian day.
    """
    if ISO_DAY.fullmatch(text):
        # The common case, and the only one a bulk import meets: skip the cleaning and the
        # format loop (an impossible day falls through to them and gets their error).
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = None
        if day is not None and not 1279 <= day.year < 1480:  # a Solar Hijri year is read below
            return ParsedDate(day, None, "day")
    from .date_forms import refuse_other_calendars_and_times, western_digits  # lazy: not on the stored-day path

    shown, text = text, western_digits(text)  # messages quote what the user typed
    cleaned = _clean_date_text(text)
    refuse_other_calendars_and_times(shown, cleaned)
    numeric = _numeric_day(shown, cleaned)
    if numeric is not None:
        return ParsedDate(numeric, None, "day")
    for fmt in _DAY_FORMATS:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        return ParsedDate(day, None, "day")
    for fmt in _MONTH_FORMATS:
        try:
            first = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        import calendar

        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return ParsedDate(first, last, "month")
    if re.fullmatch(r"\d{4}", cleaned):
        year = int(cleaned)
        if year >= 1:
            return ParsedDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", cleaned):
        raise ValidationError(f"Impossible date {shown!r}: that day does not exist.")
    from .solar_hijri import parse_solar_hijri  # lazy: its patterns cost ~1.5 ms at start-up

    solar = parse_solar_hijri(shown)  # "11 Azar 1404", "۱۱ آذر ۱۴۰۴", "1404-09-11 SH": a Persian or Afghan day
    if solar is not None:
        return ParsedDate(solar, None, "day")
    _refuse_missing_day(shown, cleaned)
    raise ValidationError(
        f"Cannot read date {shown!r}. Use 2025-11-24, 24 Nov 2025, November 24, 2025, 24.11.2025, "
        "2025-11, Nov 2025 or 2025."
    )


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_day(text: str, cleaned: str) -> dt.date | None:
    """24.11.2025 (day first); 24/11/2025 or 11/24/2025 when only one reading is a date;
    03/04/2022 refused, naming both readings (3 April or March 4): a guess would be wrong
    half the time."""
    dotted = _DOTTED.fullmatch(cleaned)
    if dotted:
        day, month, year = (int(x) for x in dotted.groups())
        found = _day_or_none(year, month, day)
        if found is None:
            raise ValidationError(f"Impossible date {text!r} (read day.month.year): that day does not exist.")
        return found
    slashed = _SLASHED.fullmatch(cleaned)
    if not slashed:
        return None
    first, second, year = (int(x) for x in slashed.groups())
    readings = {d for d in (_day_or_none(year, second, first), _day_or_none(year, first, second)) if d}
    if not readings:
        raise ValidationError(f"Impossible date {text!r}: neither day/month nor month/day exists.")
    if len(readings) > 1:
        day_first, month_first = dt.date(year, second, first), dt.date(year, first, second)
        raise ValidationError(
            f"Ambiguous date {text!r}: {day_first.day} {day_first:%B %Y} (day/month) or "
            f"{month_first:%B} {month_first.day}, {month_first.year} (month/day)? "
            f"Write {day_first.isoformat()} or {month_first.isoformat()}."
        )
    return readings.pop()


def _refuse_missing_day(text: str, cleaned: str) -> None:
    """'31 Feb 2025' names a real month and a day it does not have: say so, not 'cannot read'."""
    import calendar

    match = _NAMED_DAY.fullmatch(cleaned)
    if not match:
        return
    day_text = match.group(1) or match.group(4)
    month_text = match.group(2) or match.group(3)
    year = int(match.group(5))
    for fmt in ("%b %Y", "%B %Y"):
        try:
            month = dt.datetime.strptime(f"{month_text} {year}", fmt).date()
        except ValueError:
            continue
        days = calendar.monthrange(month.year, month.month)[1]
        if int(day_text) > days:
            raise ValidationError(
                f"Impossible date {text!r}: {month:%B %Y} has {days} days, so day {int(day_text)} does not exist."
            )


#: The record fields an :class:`EventDates` is stored in, in the order it holds them.
DATE_FIELDS: tuple[str, str, str] = ("event_date", "event_date_end", "date_precision")


@dataclass(frozen=True)
class EventDates:
    """When an incident happened: its first possible day, its last (None for one day) and the
    precision they are known to (``day``, ``days``, ``week``, ``month``, ``year``)."""

    start: dt.date
    end: dt.date | None = None
    precision: str = "day"

    @classmethod
    def of(cls, record: Mapping[str, object]) -> EventDates | None:
        """The dates a record's fields hold (ISO days), or None when it has no event date.
        A record without a precision is taken as one of a day, as the store defaults it."""
        start, end = record.get("event_date"), record.get("event_date_end")
        if not start:
            return None
        last = dt.date.fromisoformat(str(end)) if end else None
        return cls(dt.date.fromisoformat(str(start)), last, str(record.get("date_precision") or "day"))

    def fields(self) -> dict[str, str | None]:
        """The record fields that store these dates."""
        end = self.end.isoformat() if self.end is not None else None
        return dict(zip(DATE_FIELDS, (self.start.isoformat(), end, self.precision), strict=True))

    def length(self) -> int:
        """How many days the dates span (1 for a single day)."""
        return ((self.end or self.start) - self.start).days + 1

    def span_precision(self) -> str:
        """The precision the span itself implies (see :func:`precision_for_span`)."""
        return precision_for_span(self.start, self.end or self.start)

    def settled(self) -> EventDates:
        """The dates with the span their precision implies, or a ValidationError when the span
        contradicts it. A week is 7 days (a week given by one date starts on it); a month or a
        year given by one date is the calendar month or year holding it, and given with an end
        date must be exactly that month or year; a day has no span; days need an end. So a filter
        never matches a week-dated event as a single day, and "Mar 2025" is never said of days
        that are not all of March."""
        start, end, precision = self.start, self.end, self.precision
        if end is not None and end == start:
            end = None
        if precision == "week":
            if end is None:
                end = check_date_range(start + dt.timedelta(days=6), "end date")
            elif (end - start).days != 6:
                raise ValidationError(
                    f"A week is 7 days: {start.isoformat()} to {end.isoformat()} is {(end - start).days + 1}. "
                    "Give the week's first and last day, or another date precision.",
                    field="event_date_end",
                )
        elif precision == "day" and end is not None:
            raise ValidationError(
                f"A day has no end date ({start.isoformat()} to {end.isoformat()}): "
                "use the date precision 'days' for a span.",
                field="date_precision",
            )
        elif precision == "days" and end is None:
            raise ValidationError(
                "The date precision 'days' needs the last possible day: give the end date.", field="event_date_end"
            )
        elif precision in ("month", "year") and end is None:
            import calendar  # lazy, as everywhere in models: start-up time

            if precision == "month":
                start, end = start.replace(day=1), start.replace(day=calendar.monthrange(start.year, start.month)[1])
            else:
                start, end = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
        elif precision in ("month", "year") and end is not None and precision_for_span(start, end) != precision:
            raise ValidationError(
                f"The date precision '{precision}' is a calendar {precision}, but {start.isoformat()} to "
                f"{end.isoformat()} is not one (its span is '{precision_for_span(start, end)}'): give that "
                f"precision, or the start date alone for its whole {precision}.",
                field="date_precision",
            )
        return replace(self, start=start, end=end)

    def label(self) -> str:
        """The dates as precisely as they are known, never a made-up day: a month is "Nov 2025",
        a year "2025", any other span "2025-11-24 – 2025-11-26"."""
        start, last = self.start, self.end
        if self.precision == "year" and start.timetuple().tm_yday == 1 and last in (None, dt.date(start.year, 12, 31)):
            return str(start.year)
        if self.precision == "month" and start.day == 1 and (last is None or _is_month_end(start, last)):
            return start.strftime("%b %Y")
        if last is None or last == start:
            return start.isoformat()
        return f"{start.isoformat()} – {last.isoformat()}"


def precision_for_span(start: dt.date | str, end: dt.date | str) -> str:
    """The precision a span of days implies when the user did not say: a month or a year only
    when the span is that calendar month or year (as `Nov 2025` and `2025` are stored), a week
    when it is 7 days; any other span is `days`, never a precision its span contradicts."""
    first = dt.date.fromisoformat(start) if isinstance(start, str) else start
    last = dt.date.fromisoformat(end) if isinstance(end, str) else end
    days = (last - first).days + 1
    if days <= 1:
        return "day"
    if days == 7:
        return "week"
    if first.day == 1 and _is_month_end(first, last):
        return "month"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return "year"
    return "days"


def resolve_dates(
    date_text: str | None,
    end_text: str | None,
    precision_text: str | None,
) -> dict[str, str | None]:
    """Turn a date, an end date and a precision, as typed, into the stored fields.

    Without a date (editing), the end date and the precision stand alone; the
    library checks them against the incident's own date.
    """
    if date_text is None:
        alone: dict[str, str | None] = {}
        if end_text:
            end_parsed = parse_date(end_text)
            alone["event_date_end"] = check_date_range(end_parsed.end or end_parsed.start, "end date").isoformat()
        if precision_text:
            alone["date_precision"] = parse_date_precision(precision_text)
        return alone
    parsed = parse_date(date_text)
    start, end, precision = check_date_range(parsed.start), parsed.end, parsed.precision
    if end is not None:
        check_date_range(end)
    if end_text:
        end_parsed = parse_date(end_text)
        end = check_date_range(end_parsed.end or end_parsed.start, "end date")
        if end < start:
            raise ValidationError(
                f"The end date {end.isoformat()} is before the start date {start.isoformat()}.", field="event_date_end"
            )
        if precision == "day":
            precision = precision_for_span(start, end)
    if precision_text:
        precision = parse_date_precision(precision_text)
    return EventDates(start, end if end != start else None, precision).fields()


def settle_span(record: RecordLike) -> None:
    """Make a record's span agree with its precision (:meth:`EventDates.settled`): fill the end
    a precision implies, or refuse. A record without a date or a precision is left as it is."""
    dates = EventDates.of(record) if record.get("date_precision") else None
    if dates is None:
        return
    settled = dates.settled()
    if settled != dates:  # the precision stays: only the span follows it
        record["event_date"] = settled.start.isoformat()
        record["event_date_end"] = settled.end.isoformat() if settled.end is not None else None


def restate_span(changes: dict[str, object], current: RecordLike) -> None:
    """A change of the date or of the precision that gives no end date: a week, a month or a
    year is again the span it implies, as 'tracker edit --date' makes it (the stored end date
    belonged to the old date). The end is cleared in ``changes`` for :func:`settle_span` to fill.
    A new end date alone sets the precision its span implies, as on add (an empty one: a day)."""
    if "event_date_end" in changes and "event_date" not in changes and "date_precision" not in changes:
        end, start = changes["event_date_end"], current.get("event_date")
        if start:
            changes["date_precision"] = precision_for_span(str(start), str(end)) if end else "day"
        return
    if "event_date_end" in changes or ("event_date" not in changes and "date_precision" not in changes):
        return
    precision = changes.get("date_precision") or current.get("date_precision")
    if precision in ("week", "month", "year"):
        changes["event_date_end"] = None


def date_label(record: Mapping[str, object]) -> str:
    """A record's dates as precisely as they are known (:meth:`EventDates.label`): "Nov 2025",
    "2025-11-24 – 2025-11-26"; a draft without a date is "date unknown"."""
    dates = EventDates.of(record)
    return dates.label() if dates is not None else "date unknown"


def format_event_date(event_date: str | None, end: str | None, precision: str | None) -> str:
    """:func:`date_label` of the three fields given apart."""
    return date_label({"event_date": event_date, "event_date_end": end, "date_precision": precision})


def _is_month_end(start: dt.date, last: dt.date) -> bool:
    # By the calendar, not by adding a day: 9999-12-31 has no next day.
    import calendar

    month_end = last.day == calendar.monthrange(last.year, last.month)[1]
    return month_end and (last.year, last.month) == (start.year, start.month)


def after_publication(event_date: str | None, published: Iterable[str | None]) -> list[str]:
    """Warnings for an event that starts after a source of it was published (a typo, most often,
    but the analyst may know better, so nothing is refused): one per such source, numbered in
    the order given. A publication date that cannot be read is left to the source's own check."""
    if not event_date:
        return []
    start, warnings = dt.date.fromisoformat(event_date), []
    for number, text in enumerate(published, 1):
        try:
            parsed = parse_date(text) if text else None
        except ValidationError:
            parsed = None
        if parsed is not None and start > (parsed.end or parsed.start):
            warnings.append(
                f"the event date {event_date} is after the publication date of source {number} "
                f"({(parsed.end or parsed.start).isoformat()}). Kept as given; check it."
            )
    return warnings
