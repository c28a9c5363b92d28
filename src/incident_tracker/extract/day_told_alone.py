"""The day of a report's one incident, told in a sentence of its own after a lead the report's week dates.

A wire lead often gives the event with the day of the statement only ("A landmine has killed two villagers near the
border, local officials said today."), and the event's own day comes in a later sentence that names the event by
another word or by none ("The mine went off on Wednesday night, according to the border service"; "Yesterday the
guards and the police ran a joint operation …"). The reader dates such a lead by the week up to the statement
(``drafts._dated_by_the_statement``), and :mod:`.event_date` ties a later day to the draft only through a
back-reference ("the attack", "the incident"), its place or its toll, which these sentences do not give.

When the report drafts one incident only, a day of that week is that incident's where the sentence tells it as the
day something happened, in one of three shapes of wire prose: the day opens the sentence ("Yesterday the guards
…", "Late on Friday …"), it follows a verb of going off or happening ("The mine went off on Wednesday night"), or it
comes with the time of day, the hour after it ("today, July 10, at 11:30 local time"), the hour or the part of the day
right before it ("at about 1pm today", "tried late on April 5"). A day in any other slot ("The announcement was made
on May 2", "over Saturday's attack", "called the day before") may be anyone's. The sentence is not background, not
the statement's own, not a day of saying ("said on Monday"), not another event's ("similar", "earlier", a funeral's)
and not a meeting's; every such day must be the same (two days leave the week: a wrong day is worse than a week).
A report of several incidents is left to :mod:`.event_date`, which can tell whose day a sentence gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from .dates import FoundDate, find_dates
from .draft import Draft
from .event_date import give_day, not_this_incident
from .place_patterns import FUNERAL_OF
from .sentences import Sentence
from .small_hours import WEEK_ESTIMATE

__all__ = ["day_told_alone"]

#: What may come before a day that opens its sentence: "Yesterday …", "Late on Friday …", "And on Tuesday …".
_OPENING = re.compile(r"^[\s\"“‘'(]*(?:(?:and|but|then)\s+)?$", re.IGNORECASE)
#: A verb of going off or happening right before the day: "The mine went off on Wednesday night".
_HAPPENED = re.compile(
    r"\b(?:went\s+off|exploded|detonated|blew\s+up|took\s+place|happened|occurred|erupted|broke\s+out)\s+$",
    re.IGNORECASE,
)
#: The hour told with the day: "today, July 10, at 11:30 local time", "on Monday at about 4 pm".
_HOUR = re.compile(
    r"^[^.;]{0,25}?\bat\s+(?:about\s+|around\s+|some\s+)?\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:am\b|pm\b|a\.m\.|p\.m\.|hours\b|local\s+time\b|o['’]clock\b)",
    re.IGNORECASE,
)
#: The hour told right before the day: "driven off at about 1pm today", "the clash took place at 7:10 pm on December
#: 2". A clock names the moment of a happening, never of a statement's reporting: the same tie as the hour after.
_HOUR_BEFORE = re.compile(
    r"\bat\s+(?:about\s+|around\s+|some\s+)?\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:am\b|pm\b|a\.m\.|p\.m\.|hours\b|local\s+time\b|o['’]clock\b)\s*,?\s*(?:on\s+)?$",
    re.IGNORECASE,
)


#: A part of the day right before it: "a group of men tried late on April 5 to take goods across", "the guards were
#: killed early on Saturday". Like a clock it names when something happened; a day of saying ("said late on Thursday")
#: is the statement's and is left out before this is asked.
_PART_OF_DAY = re.compile(r"\b(?:late|early)\s+(?:on\s+)?$", re.IGNORECASE)


def _told_as_the_day(text: str, day: FoundDate) -> bool:
    """Whether a day is told as the day something happened: opening the sentence, after a verb of happening, or
    with the time of day (see the module); never a possessive ("over Saturday's attack": another event)."""
    before, after = text[: day.position], text[day.position + len(day.text) :]
    if re.match(r"[’']s\b", after):
        return False
    return bool(
        _OPENING.match(before)
        or _HAPPENED.search(before)
        or _HOUR.match(after)
        or _HOUR_BEFORE.search(before)
        or _PART_OF_DAY.search(before)
    )


def day_told_alone(
    drafts: list[Draft],
    sentences: list[tuple[Sentence, str]],
    background: Collection[int],
    published: dt.date,
    anchor: dt.date,
) -> None:
    """Give a report's only draft, dated by the reader's week estimate, the one day its own sentences tell in it."""
    if len(drafts) != 1:
        return
    draft = drafts[0]
    values = draft.values
    if values.get("date_precision") != "week" or not values.get("event_date_end"):
        return
    if not any(note.startswith(WEEK_ESTIMATE) for note in draft.notes):
        return
    start = dt.date.fromisoformat(values["event_date"])
    end = dt.date.fromisoformat(values["event_date_end"])
    told: list[tuple[Sentence, FoundDate]] = []
    for sentence, text in sentences:
        if sentence.index in background or sentence.text == draft.evidence.get("event_date"):
            continue
        days = [
            d
            for d in find_dates(FUNERAL_OF.sub("", text), published, anchor)
            if not d.reporting
            and d.precision in ("day", "days")
            and start <= d.start <= end
            and _told_as_the_day(text, d)
        ]
        if days and not not_this_incident(text, days):
            told += [(sentence, day) for day in days]
    if len({day.key for _, day in told}) != 1:
        return
    sentence, found = told[0]
    give_day(draft, found, sentence)
    draft.notes.append(f"Dated by the one day the report tells within its week ({found.text}).")
