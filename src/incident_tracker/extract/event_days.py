"""Which day a dated sentence speaks of: the incident being read, or another event.

The checks :class:`~.reader.Reader` runs on a sentence that carries a date unlike the
incident it is reading: a day either side is the same event told from another hour or
time zone, "the shooting began on Sunday" widens the incident into a span, a statement
dated before the incident began cannot tell it, and a day off in a paragraph the incident
never entered is another event. They read only the reader's incidents and paragraphs, so
they live apart from the sentence loop that uses them.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate
from .draft import Draft
from .reader_patterns import _BEGAN, give_day
from .said_dates import read_days
from .sentences import Sentence

#: Dates further back than this are background ("clashes in 2022 killed 100"), not the news.
BACKGROUND_DAYS = 45

#: A day told as the event's own, by its possessive: "mourned the 25 killed in Sunday's blast".
_DAY_OF_THE_EVENT = re.compile(
    r"^(?:['’]s)?\s+(?:(?:deadly|fatal|twin|suicide|car|bomb|market|roadside)\s+){0,2}"
    r"(?:blast|bombing|explosion|attack|ambush|clash|shooting)s?\b",
    re.IGNORECASE,
)


def own_day_first(text: str, dates: list[FoundDate]) -> list[FoundDate]:
    """The sentence's days, the event's own first: a follow-up dated by what it tells ("Shops stayed shut on
    Monday as people mourned the 25 killed in Sunday's blast", Pakistan Today 642) names the blast by its day's
    possessive, and that day, not the mourning's, is the incident's. A sentence with one day is left as it is."""
    if len({d.key for d in dates}) < 2:
        return dates
    own = [d for d in dates if _told_as_the_event(text, d)]
    return [*own, *(d for d in dates if d not in own)] if len({d.key for d in own}) == 1 else dates


def _told_as_the_event(text: str, date: FoundDate) -> bool:
    end = date.position + len(date.text)
    return bool(re.search(r"['’]s$", date.text) or text[end : end + 2] in ("'s", "’s")) and bool(
        _DAY_OF_THE_EVENT.match(text[end:])
    )


class EventDays:
    """The day checks of :class:`~.reader.Reader`, which inherits them and holds the state they read."""

    drafts: list[Draft]
    by_date: dict[tuple[dt.date, dt.date | None], Draft]
    current: Draft | None
    paragraph_of: dict[int, int]
    published: dt.date
    anchor: dt.date

    def event_dates(self, text: str) -> list[FoundDate]:
        """The days a sentence tells that may be an event's (not a saying's, nor older than the background
        bound), the event's own first (:func:`own_day_first`)."""
        earliest = self.published - dt.timedelta(days=BACKGROUND_DAYS)
        return own_day_first(
            text,
            [
                d
                for d in read_days(text, self.published, self.anchor)
                if not d.reporting and d.precision in ("day", "days", "week") and earliest <= d.start <= self.published
            ],
        )

    def _said_before(self, all_dates: list[FoundDate], within: int) -> bool:
        """Whether the sentence is said on a day that ends before the incident being read began, a day
        either side allowed (as :meth:`same_event` allows it): a statement cannot tell what had not happened."""
        said = [d for d in all_dates if d.reporting and d.precision == "day" and d.position < within]
        span = self._current_span()
        if not said or span is None:
            return False
        return all((d.end or d.start) < span[0] - dt.timedelta(days=1) for d in said)

    def _current_span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day of the incident being read (or the last one read), if it is dated."""
        if not self.drafts and self.current is None:
            return None
        values = (self.current or self.drafts[-1]).values
        if "event_date" not in values:
            return None
        start = dt.date.fromisoformat(values["event_date"])
        return start, dt.date.fromisoformat(values.get("event_date_end") or values["event_date"])

    def _inside(self, date: FoundDate) -> bool:
        """Whether a day lies within the span of the incident being read (or the last one drafted)."""
        values = (self.current or self.drafts[-1]).values
        return bool(
            values.get("event_date", "")
            <= date.start.isoformat()
            <= (values.get("event_date_end") or values.get("event_date", ""))
        )

    def _another_paragraphs_day(self, date: FoundDate, sentence: Sentence, previous: Sentence | None) -> bool:
        """Whether a sentence dated a day off the incident, in a paragraph the incident never entered and that
        opened on something else, tells another event.

        "Thousands are waiting at the airport in the capital. On Thursday, bombers killed a hundred people
        there." after Friday's shooting at the crossing: the day either side that :meth:`same_event` allows is
        for one event told from another hour or time zone, within the incident's own telling; a paragraph
        that began on the background and names another day has moved to another event (EFE 530, whose
        airport bombing otherwise typed the shooting a suicide bombing).
        """
        span = self._current_span()
        if span is None or previous is None or previous.paragraph != sentence.paragraph:
            return False
        if span[0] <= date.start <= span[1] or date.precision not in ("day", "days"):
            return False
        read = {i for draft in self.drafts for i in draft.sentences}
        own_paragraphs = {self.paragraph_of.get(i) for i in (self.current or self.drafts[-1]).sentences}
        return sentence.paragraph not in own_paragraphs and previous.index not in read

    def same_event(self, date: FoundDate, sentence: Sentence, text: str) -> bool:
        """Whether a sentence dated unlike the current incident still speaks of it.

        A day either side is the same event told from another time zone or hour
        ("late on Tuesday" / "early on Wednesday"); "the shooting began on Sunday" a
        few days before moves the incident's start back and makes it a span.
        """
        current = self.current or self.drafts[-1]
        if "event_date" not in current.values:  # an announced incident, undated so far: this is its day
            give_day(current, date, sentence)
            self.current = current
            return True
        start = dt.date.fromisoformat(current.values["event_date"])
        end = dt.date.fromisoformat(current.values.get("event_date_end") or current.values["event_date"])
        within = (start - dt.timedelta(days=1)) <= date.start <= (end + dt.timedelta(days=1))
        began = _BEGAN.search(text) and date.precision == "day" and 0 < (start - date.start).days <= 6
        if _night_into(date, current.values):  # "the fighting took place on the night to Wednesday": from Tuesday
            current.set("event_date", date.start.isoformat(), sentence, replace=True)
            current.set("event_date_end", date.end.isoformat() if date.end else None, sentence, replace=True)
            current.set("date_precision", "days", sentence, replace=True)
            self.by_date[date.key] = current
        if within and date.precision in ("day", "days") and not began:  # a day (or night) of its span, or either side
            self.current = current
            return True
        if began:  # "the attack began on Friday night", told of Saturday's: the span opens on Friday
            current.set("event_date", date.start.isoformat(), sentence, replace=True)
            current.set("event_date_end", end.isoformat(), sentence, replace=True)
            current.set("date_precision", "days", sentence, replace=True)
            self.by_date[date.key] = current
            self.current = current
            return True
        return False


def _night_into(date: FoundDate, values: dict[str, object]) -> bool:
    """Whether a night told of the incident ran into its one day: "killed on Wednesday", then "the fighting took
    place on the night to Wednesday" (:mod:`.nights`). The day told first is the one the night ended on; the
    incident began the evening before, and is those two days (``days``)."""
    return (
        values.get("date_precision") == "day"
        and "night" in date.text.lower()
        and date.precision == "days"
        and date.end is not None
        and (date.end - date.start).days == 1
        and date.end.isoformat() == values.get("event_date")
        and not values.get("event_date_end")
    )
