"""The dateline type, and dated datelines in the forms :func:`.roles.find_dateline`'s first reader does not
read (it tries these after its own).

A dateline's day anchors "on Monday" and is never the event's own day (the codebook's date
rule); a dateline that is not recognised is read as part of the lead, so its day becomes the
event's ("Kunduz [Afghanistan], May 17 (ANI): … traded fire on Monday" was dated the 17th, not
the 16th). The wire and regional desks write them in more ways than the house's first reader
knows:

* the country in square brackets after the city, as ANI and its reposts do ("Kunduz
  [Afghanistan], May 17 (ANI):", "Termez [Uzbekistan], July 7:");
* the agency after the day, unbracketed, then a single hyphen ("TEHRAN, Oct 28, IRNA -",
  "DUSHANBE, August 8, 2016, Asia-Plus -");
* the bracketed agency closed by a full stop before the dash ("Kabul, Jul 15 (efe-epa).-"), or
  followed straight by the lead's first word ("Islamabad, Mar 19 (PTI) The crossing …");
* the day, and the agency if any, closed by a full stop, as the Russian-language agencies, Sputnik and Asia-Plus
  write them ("DUSHANBE, 4 July, Sputnik.", "Tajikistan, 21 May 2008, REGNUM.", "BISHKEK, 18 January."): unread,
  the filing day was taken for the clash's and a later "the clash took place on 30 June" for earlier news.

Each form needs a day: a city and a day together are what tell a dateline from an ordinary
sentence that opens with a place ("Kabul, the capital, said …" has no day and is not one).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import MONTHS, find_dates


@dataclass(frozen=True)
class Dateline:
    """The filing place and day at the head of a report: never the event's own. ``city`` is empty for a day that
    heads the text alone ("November 10, 2024 - …")."""

    text: str
    city: str
    day: dt.date | None
    agency: str | None


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FORMS = re.compile(
    rf"^(?P<city>[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){{0,2}})"
    r"(?:\s*\[(?P<area>[A-Z][A-Za-z .-]{1,30})\])?"
    rf"\s*,\s*(?P<date>(?:(?:(?i:{_MONTH}))\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH})\.?)(?:,?\s+(?:19|20)\d\d)?)"
    # "TEHRAN, Oct 28, IRNA -": the agency after the day, before a single hyphen or a dash
    r"(?:\s*,\s*(?P<agency2>[A-Z][A-Za-z.&-]+(?:\s[A-Z][A-Za-z.&-]+){0,2})(?=\s+(?:[—–]|--?)\s))?"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,24})\)\.?)?"
    # the separator: a dash, hyphen or colon; or, after a bracketed agency, the lead's first word
    r"(?:\s*(?:[—–:]|--?)\s*|(?<=\))\s+(?=[A-Z]))"
)


# "DUSHANBE, 4 July, Sputnik.", "Tajikistan, 21 May 2008, REGNUM.", "BISHKEK, 18 January.": the Russian-language
# agencies' and Asia-Plus's form, closed by a full stop; the agency, when there is one, comes after the day
_STOPPED = re.compile(
    rf"^(?P<city>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){{0,2}})"
    rf"\s*,\s*(?P<date>(?:(?:(?i:{_MONTH}))\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH}))(?:,?\s+(?:19|20)\d\d)?)"
    r"(?:\s*,\s*(?P<agency2>[A-Z][A-Za-z&-]+(?:\s[A-Z][A-Za-z&-]+){0,2}))?"
    r"\.(?:\s+(?=[A-Z])|\s*$)"
)


#: "November 10, 2024 - A suicide bombing …", "August 27, 2014 -- Kyrgyz and Tajik border guards …" (Adnkronos 620,
#: Interfax 461): a day with its year and a dash heading the text, no city: the day it was filed, as a dateline's.
#: Read as the lead, it was the event's ("November 10" for a bombing told with no day of its own).
_BARE_DAY = re.compile(
    rf"^(?P<date>(?i:{_MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+(?i:{_MONTH})\.?,?\s+(?:19|20)\d\d)"
    r"\s*(?:[—–]|--?)\s+(?=[A-Z\"“])"
)


#: "Avesta.Tj, 14.08.2014 - …", "DUSHANBE, 17.12.2021 (NIAT Khovar) - …" (Avesta 1256, Khovar 537): the Tajik and
#: Russian desks' day in figures, day first. Unread, the filing day was the event's ("on Wednesday" in a Thursday's
#: report was dated the Thursday).
_NUMERIC = re.compile(
    r"^(?P<city>[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,2})\s*,\s*"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,24})\))?\s*(?:[—–:]|--?)\s*"
)


def other_dateline(text: str, published: dt.date) -> Dateline | None:
    """The dated dateline at the start of ``text`` in one of the forms above, if it has one; a day heading the
    text with no city (:data:`_BARE_DAY`) is a dateline whose ``city`` is empty."""
    match = _FORMS.match(text) or _STOPPED.match(text)
    if match is None:
        return _numeric(text) or _bare_day(text, published)
    if match.group("city").split()[0].lower() in {"the", "a", "an", "in", "on", "at", "by"}:
        return None
    found = [d for d in find_dates(match.group("date"), published) if d.precision == "day"]
    if not found:
        return None
    city = match.group("city").strip()
    agency = match.groupdict().get("agency") or match.group("agency2")
    return Dateline(match.group(0), city.title() if city.isupper() else city, found[0].start, agency)


def _bare_day(text: str, published: dt.date) -> Dateline | None:
    """The day heading the text with no city (:data:`_BARE_DAY`), as a dateline with no city."""
    match = _BARE_DAY.match(text)
    found = [d for d in find_dates(match.group("date"), published) if d.precision == "day"] if match else []
    if match is None or not found:
        return None
    return Dateline(match.group(0), "", found[0].start, None)


def _numeric(text: str) -> Dateline | None:
    """The dateline with its day in figures (:data:`_NUMERIC`), if the figures make a day."""
    match = _NUMERIC.match(text)
    if match is None:
        return None
    try:
        day = dt.date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    city = match.group("city").strip()
    return Dateline(match.group(0), city.title() if city.isupper() else city, day, match.group("agency"))
