"""Dates that look like dates the reader knows but are written otherwise: in other digits (full-width,
Arabic-Indic, Persian), with a time or a zone, or in a year of another calendar. Imported by
:func:`~.dates.parse_date` only past its stored-day path."""

from __future__ import annotations

import re

from ..errors import ValidationError

#: A day with a time or a zone after it: "2024-02-03T10:00", "2024-02-03 10:00:00Z", "2024-02-03Z".
_DAY_WITH_TIME = re.compile(
    r"(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?", re.ASCII
)
#: A year-first numeric day: "1403-01-15", "1403/01/15".
_YEAR_FIRST = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", re.ASCII)


def western_digits(text: str) -> str:
    """``text`` with full-width forms as their ASCII letters (NFKC: "２０２４－０２" → "2024-02") and every
    decimal digit as its ASCII one (Arabic-Indic "٢٠٢٤", Persian "۱۴۰۳"): the date reader's one
    normalisation, so a date pasted from a CJK, Arabic or Persian text is read as the digits it shows."""
    if text.isascii():
        return text
    import unicodedata

    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in folded)


def refuse_other_calendars_and_times(shown: str, cleaned: str) -> None:
    """A day with a time or a zone ("2024-02-03T22:00Z"), and a year-first day whose year is a Solar
    Hijri one ("۱۴۰۳/۰۱/۱۵", "1403-01-15"), refused in words that say what to type. A time is refused,
    not cut off: 22:00 UTC is the next day in Kabul, so which day it is depends on a zone the record
    does not hold. A year of 1279-1479 is no Gregorian year a record may hold; it is Solar Hijri
    (Iran's and Afghanistan's calendar) or lunar Hijri, and only the writer knows which."""
    timed = _DAY_WITH_TIME.fullmatch(cleaned)
    if timed is not None and timed.group() != timed.group(1):
        raise ValidationError(
            f"Date {shown!r} holds a time or a time zone: give the day alone ({timed.group(1)}), as the place's "
            "calendar has it; a time in UTC may fall on another day in Kabul or Dushanbe."
        )
    year_first = _YEAR_FIRST.fullmatch(cleaned)
    if year_first is None:
        return
    from .solar_hijri import YEARS, to_gregorian

    year, month, day = (int(part) for part in year_first.groups())
    if year not in YEARS:
        return
    gregorian = to_gregorian(year, month, day) if 1 <= month <= 12 else None
    said = f"Date {shown!r} has the year {year}, a Solar Hijri or Hijri year, not a Gregorian one"
    if gregorian is None:
        raise ValidationError(f"{said}. Give the Gregorian date (a Solar Hijri day with SH after it).")
    raise ValidationError(
        f"{said} (as Solar Hijri it is {gregorian.isoformat()}). "
        f"Write '{year}-{month:02d}-{day:02d} SH' for a Solar Hijri day, or give the Gregorian date."
    )
