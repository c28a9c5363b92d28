"""Solar Hijri days in running text ("on 11 Qaws", "11 Azar 1404", "۱۱ آذر"), for :mod:`.dates`.

A month name is read only with a day number before it: "Azar said", "the Mizan district" and "a hut"
are no dates. The names that are also English words or people's names (Hut, Asad, Mizan, Dey, Tir,
Mehr, Jadi; see :data:`~incident_tracker.models.solar_hijri.AMBIGUOUS`) need a year as well, in Latin
letters; the Latin names must be capitalised, as the press writes months. A day without a year is the
latest such day on or before publication, as :mod:`.dates` reads "24 November".

Reports often give the Gregorian day beside it ("Tuesday, 11 Qaws (2 December)"). The two told as one
(:func:`settle_glosses`) are one date, the Gregorian one: it is what the codebook records and what the
writer checked. A day apart (an evening, a time zone) keeps the Gregorian day with a note; further apart,
neither is taken, as two different days leave a sentence undated in :mod:`.event_date`: a wrong day is
worse than none.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models.solar_hijri import AMBIGUOUS, DIGITS, MONTHS, latest_on_or_before, month_number, to_gregorian

if TYPE_CHECKING:
    from .dates import FoundDate


def _script_name(name: str) -> str:
    """A Persian name as a pattern that also takes the Arabic letters ي and ك."""
    return re.escape(name).replace("ی", "[یي]").replace("ک", "[کك]")


def _in_script(name: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in name)


def _names(script: bool, ambiguous: bool) -> str:
    names = [n for n in MONTHS if (n in AMBIGUOUS) == ambiguous and _in_script(n) == script]
    if script:
        return "|".join(_script_name(n) for n in sorted(names, key=len, reverse=True))
    return "|".join(n.capitalize() for n in sorted(names, key=len, reverse=True))


_LATIN_YEAR = r"1[34]\d\d"
_SCRIPT_YEAR = rf"[{DIGITS}]{{4}}"
#: "11 Qaws", "the 11th of Azar, 1404", "11 Mizan 1404" (an ambiguous name: its year required), and in Persian
#: script "۱۱ آذر", "۱۱ آذرماه ۱۴۰۴", "۳ تیر ۱۴۰۴" ("۳ تیر" alone is three bullets).
SOLAR = re.compile(
    rf"\b(?P<sday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<smonth>(?:{_names(False, False)})\b|(?:{_names(False, True)})(?=,?\s+{_LATIN_YEAR}\b))"
    rf"(?:,?\s+(?P<syear>{_LATIN_YEAR})\b(?:\s+(?:SH|HS)\b)?)?"
    rf"|(?<![{DIGITS}\w])(?P<pday>[{DIGITS}]{{1,2}})\s*"
    rf"(?P<pmonth>(?:{_names(True, False)})|(?:{_names(True, True)})(?=\s*(?:ماه\s*)?{_SCRIPT_YEAR}))"
    rf"(?:\u200c?\s?ماه)?(?![\w\u200c])(?:\s*(?P<pyear>{_SCRIPT_YEAR})(?![{DIGITS}]))?"
)


def solar_day(match: re.Match[str], published: dt.date) -> dt.date | None:
    """The Gregorian day a :data:`SOLAR` match names, or None (a day the month does not have)."""
    day, name, year = (
        match.group("sday", "smonth", "syear") if match.group("sday") else match.group("pday", "pmonth", "pyear")
    )
    month = month_number(name)
    if month is None:
        return None
    if year:
        return to_gregorian(int(year), month, int(day))
    return latest_on_or_before(month, int(day), published)


#: What lies between a day and its gloss in the other calendar: "11 Qaws (2 December)", "2 December, or 11 Qaws".
_GLOSS_GAP = re.compile(r"\s*[,(–-]?\s*(?:or\s+|i\.e\.\s+)?")


def settle_glosses(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """One date of a Solar Hijri day and the Gregorian day told beside it: the Gregorian one (see the module)."""
    out = list(found)
    for first, second in itertools.pairwise(found):
        solar = [d for d in (first, second) if SOLAR.fullmatch(d.text)]
        if len(solar) != 1 or not _GLOSS_GAP.fullmatch(text[first.position + len(first.text) : second.position]):
            continue
        sh, gregorian = solar[0], (second if solar[0] is first else first)
        if gregorian.precision != "day" or not re.search(r"\d", gregorian.text):
            continue
        match = SOLAR.fullmatch(sh.text)
        near = (
            solar_day(match, gregorian.start)
            if match and not match.group("syear") and not match.group("pyear")
            else sh.start
        )
        gap = abs((gregorian.start - near).days) if near else 99
        if sh in out:
            out.remove(sh)
        if gap > 1 and gregorian in out:
            out.remove(gregorian)
        elif gap == 1 and gregorian in out:
            note = f"The Solar Hijri day ({sh.text}) is a day off the Gregorian day beside it; the Gregorian is kept."
            out[out.index(gregorian)] = replace(gregorian, note=note)
    return _told_by_weekday(text, out)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _told_by_weekday(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """A weekday named just before a Solar Hijri day that falls on it names that day: "on Tuesday night last
    week, 11 Azar" is 11 Azar, a Tuesday, not this week's Tuesday; the week told between them ("last week")
    is the same day's. (A weekday whose name does not fit the day is left to the rest of the reading.)"""
    out = list(found)
    for sh in (d for d in found if SOLAR.fullmatch(d.text)):
        before = [d for d in found if d.position < sh.position and d is not sh]
        weekday = next((d for d in reversed(before) if d.precision == "day" and not re.search(r"\d", d.text)), None)
        if weekday is None or re.search(r"[.;:]", text[weekday.position : sh.position]):
            continue
        name = re.search("|".join(_WEEKDAY_NAMES), weekday.text.lower())
        if name is None or sh.position - weekday.position > 40 or _WEEKDAY_NAMES[sh.start.weekday()] != name.group(0):
            continue
        between = [d for d in before if d.position > weekday.position and d.end and d.start <= sh.start <= d.end]
        out = [d for d in out if d is not weekday and d not in between]
    return out
