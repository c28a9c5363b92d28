"""The attacks a report counts before its own: "It was the third such attack in two weeks", then their days.

A report that counts its attack among others of a period ("the third such attack in Mamond tehsil in two weeks",
"the BLA's second this week and its third this year", "For the second time in a week, … traded fire on Monday")
goes on to tell those others: "Some 19 militants were killed … in clashes on May 25 and 31", "On March 20 at least
two soldiers … were killed", "… an outpost that had been at the centre of Wednesday's skirmish". Their days lie
within the report's 45 days, so nothing else marks them as background; read as the report's news, the earlier
clash started the incident (and took the lead's toll with it) or moved its first day back.

Once a report has counted its attack so, a later sentence whose every event day ends two days or more before the
incident's first day (or, before any incident is dated, before the day the lead's statement was made, else the
report's own day) tells one of the earlier attacks: it is background. A day either side stays the incident's (an
evening, a time zone), as everywhere else in the reader.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate

_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_NUMBER = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_PERIOD = (
    rf"(?:this\s+(?:week|month|year)|in\s+(?:{_NUMBER}|the\s+(?:past|last)(?:\s+{_NUMBER})?)\s+"
    rf"(?:days?|weeks?|months?)|within\s+{_NUMBER}\s+(?:days?|weeks?|months?|hours))"
)
#: The report's attack counted among others of a period: "the third such attack in two weeks", "its second this
#: week", "for the second time in a week", "the third attack across the border in the past ten days".
COUNTED = re.compile(rf"\b(?:the|its|their)\s+{_ORDINAL}\s+(?:[\w’'-]+\s+){{0,5}}?{_PERIOD}\b", re.IGNORECASE)

#: How far before the incident a day must end to be another attack's, in days (a day either side is the incident's).
_APART = 2


def counts_earlier_attacks(text: str) -> bool:
    """Whether a sentence counts the report's attack among earlier ones of a period (see :data:`COUNTED`)."""
    return COUNTED.search(text) is not None


def earlier_of_the_count(dates: list[FoundDate], first_day: dt.date) -> bool:
    """Whether every event day of a sentence ends :data:`_APART` days or more before ``first_day`` (the incident's
    first day, or the lead's statement's): one of the earlier attacks the report counted."""
    days = [date for date in dates if not date.reporting]
    return bool(days) and all((first_day - (date.end or date.start)).days >= _APART for date in days)
