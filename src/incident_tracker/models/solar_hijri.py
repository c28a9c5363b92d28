"""The Solar Hijri calendar (Iran's and Afghanistan's): its month names and its days as Gregorian ones.

Afghan and Iranian outlets date events as "11 Azar 1404" or "on 11 Qaws", in Latin letters or in
Persian script ("۱۱ آذر ۱۴۰۴"). Both countries count the same months from the March equinox; Iran names
them after Zoroastrian figures (Farvardin … Esfand), Afghanistan after the signs of the zodiac in Arabic
(Hamal … Hut). The names and their order are those of the Solar Hijri calendar's reference pages
(Wikipedia, "Solar Hijri calendar"; the Dari months as listed by the Transparent Language "Dari Language
Blog", 2012, and the Persian ones by the University of Texas "Persian online resources" calendar page);
the Latin spellings beside each are the common transliterations of the region's English-language press.

The arithmetic is jdatetime's (the 33-year arithmetic rule Iran's calendar follows for these years),
imported only when a day is converted: this module is on the start-up path through ``models``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import ValidationError

#: Each month's Latin spellings (lower case), Iranian then Afghan names, in calendar order.
_LATIN: tuple[tuple[str, ...], ...] = (
    ("farvardin", "farwardin", "hamal", "hammal", "hamel"),
    ("ordibehesht", "ordibehest", "urdibihisht", "sawr", "saur", "sowr", "sour"),
    ("khordad", "khurdad", "jawza", "jauza", "jowza", "jauzā", "jawzā"),
    ("tir", "saratan", "sarataan"),
    ("mordad", "amordad", "murdad", "asad"),
    ("shahrivar", "shahriwar", "sonbola", "sunbula", "sonbula", "sunbola", "sunbulah"),
    ("mehr", "mihr", "mizan", "meezan"),
    ("aban", "aqrab", "akrab"),
    ("azar", "azer", "qaws", "qaus", "qows", "kaus"),
    ("dey", "dei", "jadi", "jaddi", "jady"),
    ("bahman", "dalw", "dalv", "dalwa"),
    ("esfand", "isfand", "esfend", "hut", "hoot", "hout"),
)
#: The same months in Persian script (Iranian, then Dari names), with the Arabic letters ي and ك
#: read as Persian ی and ک (see :func:`_persian`).
_SCRIPT: tuple[tuple[str, ...], ...] = (
    ("فروردین", "حمل"),
    ("اردیبهشت", "ثور"),
    ("خرداد", "جوزا"),
    ("تیر", "سرطان"),
    ("مرداد", "امرداد", "اسد"),
    ("شهریور", "سنبله"),
    ("مهر", "میزان"),
    ("آبان", "ابان", "عقرب"),
    ("آذر", "اذر", "قوس"),
    ("دی", "جدی"),
    ("بهمن", "دلو"),
    ("اسفند", "حوت"),
)
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(zip(_LATIN, _SCRIPT, strict=True), start=1)
    for group in names
    for name in group
}
#: Names that are also English words or people's names ("a hut", "Mehr", "Dey", "Asad", "Mizan court"): read
#: in Latin letters only with a day and a year beside them. "تیر" is also a bullet ("۳ تیر"): a year too.
AMBIGUOUS = frozenset({"hut", "hoot", "asad", "mizan", "meezan", "dey", "dei", "tir", "mehr", "mihr", "jadi", "تیر"})


def _persian(text: str) -> str:
    """Arabic yeh and kaf as the Persian letters (the same length, so positions hold)."""
    return text.replace("ي", "ی").replace("ك", "ک")


def month_number(name: str) -> int | None:
    """The month (1–12) a Solar Hijri name spells, in either script, or None."""
    return MONTHS.get(_persian(name).lower())


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri one, or None if that day does not exist (31 Mehr)."""
    import jdatetime  # lazy: 12 ms and a dependency only readers of these dates pay

    try:
        gregorian: dt.date = jdatetime.date(year, month, day).togregorian()
        return gregorian
    except ValueError:
        return None


def solar_year_of(day: dt.date) -> int:
    """The Solar Hijri year a Gregorian day falls in."""
    import jdatetime

    return int(jdatetime.date.fromgregorian(date=day).year)


def latest_on_or_before(month: int, day: int, published: dt.date) -> dt.date | None:
    """A year-less "11 Azar": the latest such day on or before publication (a day after allowed, as for
    Gregorian days in :mod:`incident_tracker.extract.dates`: the region's clocks run ahead of UTC's)."""
    year = solar_year_of(published)
    found = to_gregorian(year, month, day)
    if found is None or found > published + dt.timedelta(days=1):
        found = to_gregorian(year - 1, month, day)
    return found


#: The digits a Solar Hijri date is written in, as a character class's body: ASCII, Persian and Arabic-Indic.
DIGITS = "0-9۰-۹٠-٩"
#: "11 Azar 1404", "11th of Qaws 1404 SH", "۱۱ آذر ۱۴۰۴", "1404-09-11 SH": what ``tracker add --date`` accepts.
_WRITTEN = re.compile(
    rf"([{DIGITS}]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(\S+?)(?:\s*ماه)?,?\s+([{DIGITS}]{{4}})(?:\s+SH)?"
)
_ISO_SH = re.compile(rf"([{DIGITS}]{{4}})[-/]([{DIGITS}]{{1,2}})[-/]([{DIGITS}]{{1,2}})\s*(?:SH|HS|AP)")


#: The Solar Hijri years a record may hold (Gregorian 1900 to 2100), as the extractor reads them: a year outside is a
#: Gregorian year typed with a Persian month ("11 Azar 2025") or a slip, never a day to store.
YEARS = range(1279, 1480)
_MONTH_ONLY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\S+?)(?:\s*ماه)?")


def parse_solar_hijri(text: str) -> dt.date | None:
    """A whole Solar Hijri day with its year, as a user types it, as the Gregorian day; None if it is not one.

    The year is required: without it the day is a guess about which year, which a record must not hold. A text
    that is plainly a Solar Hijri date but not a day that can be stored (no year, a year outside :data:`YEARS`,
    "31 Mehr") raises :class:`ValidationError` saying which, rather than the generic "cannot read".
    """
    text = _persian(text.strip())
    iso = _ISO_SH.fullmatch(text)
    if iso:
        year, month, day = (int(x) for x in iso.groups())
        return _day(text, year, month if 1 <= month <= 12 else None, day)
    written = _WRITTEN.fullmatch(text)
    if written is not None and month_number(written.group(2)) is not None:
        return _day(text, int(written.group(3)), month_number(written.group(2)), int(written.group(1)))
    bare = _MONTH_ONLY.fullmatch(text)
    if bare is not None and month_number(bare.group(2)) is not None:
        raise ValidationError(
            f"Date {text!r} has no year: give the Solar Hijri year too (e.g. '{bare.group(1)} {bare.group(2)} 1404'); "
            "a day without its year would be a guess."
        )
    return None


def _day(text: str, year: int, month: int | None, day: int) -> dt.date:
    """The Gregorian day of a Solar Hijri date the user wrote, or a one-line refusal saying what is wrong with it."""
    if year not in YEARS:
        raise ValidationError(
            f"Date {text!r}: {year} is not a Solar Hijri year a record can hold ({YEARS.start}-{YEARS.stop - 1}, "
            "that is 1900-2100); a Gregorian year goes with a Gregorian month."
        )
    found = to_gregorian(year, month, day) if month is not None else None
    if found is None:
        raise ValidationError(f"Impossible date {text!r}: that day does not exist in the Solar Hijri calendar.")
    return found
