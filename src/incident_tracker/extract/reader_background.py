"""The first steps :meth:`.reader.Reader.feed` takes with a sentence: is it background, another and earlier event?

Its dates are found with the days that are no event's blanked, and where its background starts is read; a sentence
whose background starts at its first word, one that tells what was said before the incident happened, one of a week
told as another event's, or one in the paragraph an earlier event was told in, is set aside. Kept apart from the
later steps (:mod:`.reader_steps`), which decide which incident a sentence that is not background tells.
"""

from __future__ import annotations

import datetime as dt
import re

from .cause_told import cause_start
from .counted_before import counts_earlier_attacks, earlier_of_the_count
from .dates import FoundDate, find_dates
from .event_days import BACKGROUND_DAYS, EventDays
from .place_patterns import FUNERAL_OF
from .reader_fields import SentenceFields
from .reader_patterns import earlier_cut
from .roles import background_start
from .sentences import Sentence
from .told_apart import told_before

#: A group told by what it did before, in apposition: "the banned BLA, the group that hijacked the Jaffar Express
#: last week, has claimed": its time is the group's past, not the incident's day.
_GROUP_PAST = re.compile(
    r",\s+the\s+(?:\w+\s+)?(?:group|outfit|organi[sz]ation|faction)\s+(?:that|which|who)\s+[^,.;]{1,120}(?=,)",
    re.IGNORECASE,
)


class BackgroundSteps(EventDays, SentenceFields):
    """Whether a sentence is background (see the module); :class:`.reader_steps.FeedSteps` takes the steps after."""

    background: list[Sentence]
    summary: list[tuple[Sentence, str]]
    earlier_paragraph: int | None
    earlier_weeks: set[tuple[dt.date, dt.date | None]]
    told_earlier: bool
    counted: int | None

    def _told_so_far(self) -> str:
        """The evidence the current incident has read (:meth:`.reader_steps.FeedSteps._told_so_far`)."""
        raise NotImplementedError

    def _dates_and_cut(self, text: str) -> tuple[str, list[FoundDate], int | None]:
        """The sentence's text with the days that are not an event's blanked (a group's past, another death's
        funeral), the dates found in it, and where its background starts (``None``: nowhere); a week told after
        the cut is another event's, here or in a later sentence."""
        # "the BLA, the group that hijacked a train last week, has claimed it" (PTI 547): the group's past, not a day
        dated = _GROUP_PAST.sub(lambda m: " " * len(m.group(0)), text)
        # "speaking at the funeral of H.T., who was killed the day before near …" (710): another death's day
        dated = FUNERAL_OF.sub(lambda m: " " * len(m.group(0)), dated)
        all_dates = find_dates(dated, self.published, self.anchor)
        cut = background_start(text, all_dates, self.published, old_days=BACKGROUND_DAYS)
        cut = earlier_cut(text, cut, told_earlier=self.told_earlier)
        told = " ".join([self._told_so_far(), *(t for _, t in self.summary)])
        if (cause := cause_start(text, told)) is not None and (cut is None or cause < cut):
            cut = cause  # "in the wake of the attack on X, in which 140 died": that attack's toll (.cause_told)
        self.told_earlier = self.told_earlier or cut is not None
        # "after last week's exchange of strikes": that week is another event's, told again or not
        self.earlier_weeks |= {
            d.key for d in all_dates if cut is not None and d.position >= cut and d.precision == "week"
        }
        return dated, all_dates, cut

    def _all_background(self, sentence: Sentence, text: str, cut: int | None) -> bool:
        """Whether the whole sentence is background (its cut at the start); an earlier account of the incident
        itself still tells who it blamed."""
        if cut == 0 and told_before(self.current, text):
            # "Earlier, state media had reported that five people were killed when the BLA targeted an FC convoy"
            # (The Nation 548): an earlier account of this incident, its toll the same; who it blamed is read
            self.read_attribution(self.current, sentence, text)
        if cut == 0:
            self.background.append(sentence)
            if self.drafts or self.summary:
                # "In 2021, 55 people died in clashes. Ten of them were guards.": the paragraph goes on about then
                self.earlier_paragraph = sentence.paragraph
            return True
        return False

    def _earlier_event(self, sentence: Sentence, text: str, all_dates: list[FoundDate], dates: list[FoundDate]) -> bool:
        """Whether the sentence tells an earlier event: said before the incident, of a week told as another
        event's, or in the paragraph an earlier event was told in; it is then background."""
        if not dates and self._said_before(all_dates, len(text)):
            # "On Tuesday, the group said it had carried out two bombings in the provincial capital", in a report
            # of Saturday's attack: what was said before the incident happened tells another, earlier event
            self.background.append(sentence)
            return True
        if self._of_the_count(sentence, text, dates):
            self.background.append(sentence)  # "It was the third such attack in two weeks." "… on May 25 and 31"
            return True
        if dates and all(d.key in self.earlier_weeks and d.key not in self.by_date for d in dates):
            self.background.append(sentence)  # "Envoys were withdrawn when they fired missiles last week"
            return True
        if (
            self.earlier_paragraph is not None
            and sentence.paragraph == self.earlier_paragraph
            and (not dates or (not self.drafts and self.summary))
        ):
            # (an undated lead waits for its date; the earlier event's own day, told next, is not it)
            # "On May 8, guards opened mortar fire. Three servicemen were wounded in that shootout.": still then;
            # nor is it the lead: "Last year, a suicide bombing … IRNA said a bus was blown up near the X road"
            # (SinarPost 712) places last year's bombing, not the undated attack
            self.background.append(sentence)
            return True
        return False

    def _of_the_count(self, sentence: Sentence, text: str, dates: list[FoundDate]) -> bool:
        """Whether a sentence tells one of the earlier attacks the report counted (see :mod:`.counted_before`): its
        days end before the first day of the incident being read; before any is dated, before the day the lead's
        statement was made (else the report's own day), and only in the paragraph of the count, told after it
        ("It was the third such attack in two weeks. Some 19 militants were killed … on May 25 and 31"): an undated
        lead's own day may lie days before the report ("For the second time in three months, troops have suffered
        losses." "… killed three soldiers on May 24", RFE/RL 272)."""
        if self.counted is None or counts_earlier_attacks(text):
            return False
        span = self._current_span()
        if span is not None:
            return earlier_of_the_count(dates, span[0])
        if sentence.paragraph != self.counted:
            return False
        said = [
            d
            for _, told in self.summary
            for d in find_dates(told, self.published, self.anchor)
            if d.reporting and d.precision == "day"
        ]
        return earlier_of_the_count(dates, said[0].start if said else self.anchor)
