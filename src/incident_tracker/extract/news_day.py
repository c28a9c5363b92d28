"""A dated sentence that tells another incident of the report's own days, not earlier news.

Two readings of :class:`~.reader.Reader`, for a dated sentence whose day is not the incident's being read:

* :func:`news_elsewhere`: a paragraph that opens on a day a few days before the report ("Two days ago the
  militants attacked two posts in the X district of Y; …", "On Tuesday, gunmen stormed a checkpoint in the Z
  area", "On Sunday, border forces fired several shells near X, an area of Y") and tells an act at a place the
  report has not named is a new incident the report tells as news, drafted
  on its day; the reader filed it as earlier news (another day, not announced as a separate event). History stays
  background: an older day ("Last year …", "In 2019 …", "in June") is cut off before this is asked, and an act
  told as a similar one or in the pluperfect ("had attacked") is told as what came before. So is the act the
  report's incident is told to have come after, with its own day in that week, its own toll and a place not named
  ("The incident came after a mortar round hit a house in the Gohati area on Friday night, killing one person");
  "came two days after …" gives no day of its own and stays background.
* :func:`own_calendar_day`: a sentence that names its act's own calendar day ("X was shot dead on March 13 in a
  clash"), a day off the incident's, which was itself told by its calendar day ("was shot dead on March 14"), is
  that day's incident: two acts each dated by the calendar are two days' events. The day either side that
  :meth:`.event_days.EventDays.same_event` allows is for one event told from another hour or time zone (a
  dateline's weekday, "late on Tuesday" / "early on Wednesday", a night): those stay one incident.
"""

from __future__ import annotations

import datetime as dt
import re

from .another_event import CAPITALISED_NAME as _NAME
from .another_event import names_any
from .dates import MONTHS, FoundDate
from .draft import Draft

#: How many days before the report a paragraph's opening day may be for its act to be the report's news.
NEWS_DAYS = 7

#: An act told as done, in the simple past: "the militants attacked", "gunmen stormed", "took two posts".
_ACT = re.compile(
    r"\b(?<!had\s)(?:attacked|stormed|ambushed|raided|captured|seized|overran|took|killed|shot|bombed|struck"
    r"|opened\s+fire|blew\s+up"
    # "Iranian border forces fired several shells near Prom": rounds fired, told with what was fired
    r"|fired\s+(?:[\w-]+\s+){0,2}(?:shells|rockets|mortars?|mortar\s+rounds|missiles))\b",
    re.IGNORECASE,
)
#: The report's incident told as coming after another act: "The incident came after", "The attack came just after".
_CAME_AFTER = re.compile(
    r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:incident|attack|shelling|strike|blast|bombing|shooting|killing)\s+"
    r"(?:came|comes|followed)\s+(?:(?:just|shortly|only)\s+)?after\b",
    re.IGNORECASE,
)
#: A toll told of that act: "killing one person", "in which two were wounded".
_OWN_TOLL = re.compile(r"\b(?:killing|wounding|injuring|killed|wounded|injured|died)\b", re.IGNORECASE)
#: What came before, told as such: "a similar attack", "an earlier raid", "had attacked".
_HISTORY = re.compile(r"\b(?:similar|earlier|previous|prior|had\s+(?:also\s+)?(?:been\s+)?\w+ed)\b", re.IGNORECASE)
#: A place the act was at: "in the Manglik district of Jawzjan", "in the Z area", "in X province".
_AT_PLACE = re.compile(
    rf"\b(?:in|at|near)\s+(?:the\s+)?(?P<name>{_NAME})\s+(?:district|province|area|village|town|region)\b|"
    # "near Prom, an area of Panjgur": the name, then what it is
    rf"\b(?:in|at|near)\s+(?P<named>{_NAME}),\s+(?:an?|the)\s+(?:area|village|town|part)\s+of\b"
)


def news_elsewhere(text: str, date: FoundDate, told: str, anchor: dt.date) -> bool:
    """Whether a sentence that opens on ``date`` tells a new incident as news (see the module): the day opens it,
    lies within :data:`NEWS_DAYS` before the anchor, and an act is told at a place ``told`` (the incident's
    sentences read so far) never names; or the sentence tells the act the incident came after, on that day."""
    if date.precision != "day" or not 0 < (anchor - date.start).days <= NEWS_DAYS:
        return False
    after = _CAME_AFTER.match(text)
    if after is not None and date.position >= after.end() and _OWN_TOLL.search(text, after.end()):
        # "The incident came after a mortar round hit a house in the X area on Friday night, killing one": the act
        # it came after, told with its own day and toll (not "came two days after …", which gives no day)
        return _HISTORY.search(text) is None and _elsewhere(text, told)
    if date.position > 3 or _ACT.search(text) is None or _HISTORY.search(text):
        return False
    return _elsewhere(text, told)


def _elsewhere(text: str, told: str) -> bool:
    """Whether the sentence names a place of an act that ``told`` (the incident's sentences so far) never names."""
    names = {m.group("name") or m.group("named") for m in _AT_PLACE.finditer(text)}
    return any(not names_any({name}, told) for name in names)


#: The overnight and time-zone readings of a day either side: a night, "late on …", "early on …".
_HOUR_WORDS = re.compile(r"\b(?:night|overnight|midnight|late|early|dawn|evening)\b", re.IGNORECASE)
#: A death or a wound told as the sentence's own act.
_OWN_HARM = re.compile(
    r"\b(?:was|were)\s+(?:shot\s+dead|shot|killed|wounded|injured|stabbed|beaten\s+to\s+death)\b", re.IGNORECASE
)


def _calendar(text: str, day: dt.date) -> bool:
    """Whether ``text`` names ``day`` by its month and number ("March 13", "13 March")."""
    months = "|".join(name for name, number in MONTHS.items() if number == day.month)
    return bool(re.search(rf"\b(?:(?:{months})\.?\s+{day.day}\b|{day.day}\s+(?:{months})\b)", text, re.IGNORECASE))


def own_calendar_day(text: str, date: FoundDate, draft: Draft | None) -> bool:
    """Whether a sentence dated a day off the incident's (``draft``, the one being read) tells that day's own act
    (see the module): its day is a calendar date with a death or a wound told of it; the incident's day was told by
    its calendar date too, in the sentence that dated it; neither sentence tells a night or an hour."""
    if draft is None:
        return False
    current, evidence = draft.values, draft.evidence.get("event_date", "")
    day = current.get("event_date")
    if not isinstance(day, str) or current.get("date_precision") != "day" or date.precision != "day":
        return False
    own = dt.date.fromisoformat(day)
    if abs((date.start - own).days) != 1 or not _calendar(date.text, date.start) or not _calendar(evidence, own):
        return False
    return bool(_OWN_HARM.search(text)) and not _HOUR_WORDS.search(text) and not _HOUR_WORDS.search(evidence)
