"""Reading an article sentence by sentence into incidents (see :mod:`.drafts` for the rules).

:class:`Reader` decides which incident each sentence feeds (a new date, the one being
read, the summary before any date, or background), by the steps of :mod:`.reader_steps`;
:mod:`.event_days` says whether a sentence's day is the incident's, and :mod:`.fields` reads its fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .another_event import opens_another
from .claims_told import claim_across
from .counted_before import counts_earlier_attacks
from .dates import FoundDate
from .draft import Draft
from .place import coarse, read_place
from .reader_patterns import _ASIDE, _ROUNDUP
from .reader_steps import FeedSteps
from .sentences import Sentence


@dataclass
class Reader(FeedSteps):
    published: dt.date
    anchor: dt.date
    drafts: list[Draft] = field(default_factory=list)
    by_date: dict[tuple[dt.date, dt.date | None], Draft] = field(default_factory=dict)
    announced: list[Draft] = field(default_factory=list)
    current: Draft | None = None
    summary: list[tuple[Sentence, str]] = field(default_factory=list)
    background: list[Sentence] = field(default_factory=list)
    clash_words: dict[int, bool] = field(default_factory=dict)
    several: bool = False
    paragraph_of: dict[int, int] = field(default_factory=dict)
    lead: list[tuple[Sentence, str]] = field(default_factory=list)
    #: A day told in a sentence with no violence word, for the violent sentence that follows it.
    pending: tuple[FoundDate, Sentence, str] | None = None
    #: The paragraph an earlier event was told in: its undated sentences go on about that event.
    earlier_paragraph: int | None = None
    #: "Own troops … foiled their attempt to infiltrate", told before the event's first draft.
    foiled: Sentence | None = None
    #: The clauses of a sentence that told one incident each (see :mod:`.clauses`), as the announced.
    clauses: list[str] = field(default_factory=list)
    earlier_weeks: set[tuple[dt.date, dt.date | None]] = field(default_factory=set)
    #: Whether an earlier sentence told background: "that attack" after it is that earlier event.
    told_earlier: bool = False
    #: The paragraph of the sentence that counted the report's attack among earlier ones ("the third such attack in
    #: two weeks"), if one did (see .counted_before).
    counted: int | None = None
    #: The side a sentence's open quotation says acted, by the sentence's index, for the speaker told next.
    quoted: dict[int, str] = field(default_factory=dict)
    #: The sentence fed before this one, for a paragraph that opened on something other than the incident.
    previous: Sentence | None = None
    #: The day an undated violent lead was given in a sentence of no violence ("The vehicle ran onto the device in
    #: Achin on Thursday"): the lead's, when the first dated violence is set apart ("In another part of …").
    lead_day: tuple[FoundDate, Sentence, str] | None = None
    #: The paragraph of another strike told as "the second … within 24 hours", and the draft to go back to after it.
    aside: tuple[int, Draft] | None = None
    #: The sentence of no violence told right after the undated lead, for the scene it may name (see :meth:`start`).
    lead_scene: tuple[Sentence, str] | None = None
    #: Another attack's paragraph told after an undated lead, set apart and with its own toll: drafted beside the
    #: lead's own incident at the end (see :mod:`.set_apart`), not read into it.
    set_apart: list[tuple[Sentence, str]] = field(default_factory=list)
    #: Whether the first dated sentence was set apart from an undated lead: the lead is drafted on its own.
    lead_apart: bool = False
    #: Another event set apart with no day of its own, dated the week up to the report, and its sentence: a day of
    #: that week told right after it is its own (see :meth:`.reader_steps.FeedSteps._day_of_the_set_apart`).
    apart_week: tuple[Draft, Sentence] | None = None
    #: The districts of ground taken elsewhere, set apart from an undated lead: sentences that name them are theirs.
    taken_apart: set[str] = field(default_factory=set)
    #: The paragraphs that tell what a speaker "said then" (see .told_then), read before any sentence is fed.
    told_then: set[int] = field(default_factory=set)

    def start(self, date: FoundDate, sentence: Sentence, *, absorb: bool = True, new: bool = False) -> Draft:
        existing = self.by_date.get(date.key)
        if existing is not None and not new:
            return existing
        draft = Draft()
        draft.set("event_date", date.start.isoformat(), sentence)
        draft.set("event_date_end", date.end.isoformat() if date.end else None, sentence)
        draft.set("date_precision", date.precision, sentence)
        if date.note:
            draft.notes.append(date.note)
        first = not self.drafts
        if first and self.foiled is not None:
            draft.set("_foiled", True, self.foiled)
        self.drafts.append(draft)
        self.by_date[date.key] = draft
        if first and absorb and self.summary and not any(_ROUNDUP.search(t) for _, t in self.summary):
            # The lead reported this event before its date was given: it is this incident's.
            for lead, text in self.summary:
                self.read(draft, lead, text)
            if self.lead_scene is not None and ("place" not in draft.values or coarse(str(draft.values["place"]))):
                read_place(draft, *self.lead_scene, sides=False)  # where the thing it hit stood (see _named_again)
            self.summary = []
        return draft

    def feed(self, sentence: Sentence, text: str) -> None:
        """Read one sentence (``text``: the part of it that may speak about the event), by the steps of
        :mod:`.reader_steps` in turn: its background cut away, an earlier event's set aside, its day and
        violence told, then a sentence of no violence, an announcement, or the incident it tells."""
        previous, self.previous = self.previous, sentence
        if self.aside is not None and sentence.paragraph != self.aside[0]:
            self.current, self.aside = self.aside[1], None  # back to the report's own event after the other one
        if self.counted is None and counts_earlier_attacks(text):
            self.counted = sentence.paragraph  # "It was the third such attack in two weeks" (see .counted_before)
        dated, all_dates, cut = self._dates_and_cut(text)
        if self._all_background(sentence, text, cut):
            return
        if claim_across(text, cut):  # the group, an aside on its past, and its claim: the claim is this attack's
            self.read_attribution(self.current, sentence, text)
        if cut is not None:
            text = text[:cut]
        dates = self.event_dates(dated[: len(text)])
        if self._earlier_event(sentence, text, all_dates, dates):
            return
        if self.lead_apart and not dates and self.current is not None and self._back_to_lead(text):
            self.current = None  # "The attackers at the Kalgan post …": the report goes back to the lead's attack
        if not self.drafts or (self.lead_apart and self.current is None):
            self.lead.append((sentence, text))  # what the report says before its first dated event (or back on it)
        self.earlier_paragraph = None
        dates, violent, scene = self._violence_and_day(sentence, text, dates)
        if violent and dates and not self.drafts and self.summary and _ASIDE.match(text) and not opens_another(text):
            self.background.append(sentence)  # "Also on September 22, a post came under fire": another event
            return
        if not violent:
            self._no_violence(sentence, text)
            return
        if self._announces(sentence, text, dates):
            return
        done, waiting = self._which_incident(sentence, text, dates, previous)
        if not done:
            self._read_into(sentence, text, dates, waiting, scene)
