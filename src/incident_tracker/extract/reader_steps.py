"""The steps :meth:`.reader.Reader.feed` takes with one sentence, each a question it answers in turn.

Is the sentence background (another, earlier event: :mod:`.reader_background`)? Does an undated lead get its day
from it? Does a sentence of no violence add a claim, weapons or the scene to the incident being read? Does it
announce several incidents? Which incident does a dated sentence tell, and is an undated one another attack of a
roundup? Kept apart from the reader's state so that each step fits on a screen and ``feed`` reads as the order
they are taken in.
"""

from __future__ import annotations

import datetime as dt
import re

from .accusations import speaks
from .act_day import act_told_next
from .also_claimed import claimed_too, claims_another
from .also_elsewhere import also_elsewhere
from .another_event import opens_another, returns_to_lead, taken_elsewhere
from .attribution import read_attribution
from .casualties import TOLL_UPDATE
from .clauses import clause_named, dated_clauses
from .custody import custody_happened
from .dates import FoundDate
from .day_apart import day_told_apart, same_day_apart
from .day_before import day_before_apart
from .draft import Draft
from .earlier_that_day import earlier_that_day
from .fields import read_toll
from .news_day import news_elsewhere, own_calendar_day
from .older_count import older_count
from .place import coarse, read_place, spot_on_road
from .reader_background import BackgroundSteps
from .reader_patterns import (
    _ANOTHER,
    _COUNTED,
    _COUNTS,
    _EVENT_REFERENCE,
    _FOILED,
    _MORE_DEAD,
    _ORDINAL,
    _ORDINALS,
    _OTHER,
    _REACTION,
    _SEPARATE,
    _SEVERAL,
    _just_before,
    _opens_with_day,
    after_second_within,
    give_day,
)
from .roles import SIMILAR_NOW
from .sentences import Sentence
from .several_told import several_told
from .strike_again import strike_again
from .summed_lead import summed_clauses
from .taken_apart import set_taken_apart
from .talks_day import talks_day
from .told_apart import elsewhere, far_apart, lead_kept_apart, told_apart
from .vocab import VIOLENCE
from .weapons_read import read_weapons

#: The incident's attackers named again, by the definite article: a sentence about them is about the incident.
_THE_ATTACKERS = re.compile(r"\bthe\s+(?:attackers|raiders)\b", re.IGNORECASE)


#: Aircraft told as taking part in the strikes just told: "Coalition fighter jets and U.S. helicopter gunships took
#: part" (RFE/RL 820), a sentence of no violence word whose weapons are the incident's.
_AIRCRAFT_TOOK_PART = re.compile(
    r"\b(?:jets?|warplanes?|gunships?|helicopters?|aircraft|planes?|drones?)\s+(?:\w+\s+){0,2}"
    r"(?:took\s+part|were\s+(?:also\s+)?(?:used|involved))\b",
    re.IGNORECASE,
)


def _named_again(summary: list[tuple[Sentence, str]], sentence: Sentence, text: str) -> tuple[Sentence, str] | None:
    """The sentence after an undated lead, from where it names again, by the definite article, what the lead told
    with the indefinite one: "A missile attack on a house in a Pakistani village …" then "nothing is left of the
    house, which stood in Kalosha village" (BBC 781) tells where the thing hit stood, the lead's scene; a sentence
    that names nothing of the lead (a photo's caption, a group's haunts) is not read for it."""
    lead = " ".join(told for _, told in summary)
    nouns = {noun.lower() for noun in re.findall(r"\b(?:a|an)\s+([a-z]{3,})\b", lead, re.IGNORECASE)}
    again = next((m for m in re.finditer(r"\bthe\s+([a-z]{3,})\b", text) if m.group(1).lower() in nouns), None)
    return (sentence, text[again.start() :]) if again else None


#: A province or district told by its name: "in Baghlan province", "the Manglik district".
_UNIT_NAMED = re.compile(r"\b(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*)\s+(?:province|district|agency|county)\b")


class FeedSteps(BackgroundSteps):
    """The steps of :meth:`.reader.Reader.feed`, which inherits them and holds the state they read (see there);
    the first, whether the sentence is background, are :class:`.reader_background.BackgroundSteps`'."""

    announced: list[Draft]
    several: bool
    lead: list[tuple[Sentence, str]]
    pending: tuple[FoundDate, Sentence, str] | None
    foiled: Sentence | None
    clauses: list[str]
    lead_day: tuple[FoundDate, Sentence, str] | None
    aside: tuple[int, Draft] | None
    lead_scene: tuple[Sentence, str] | None
    set_apart: list[tuple[Sentence, str]]
    lead_apart: bool
    taken_apart: set[str]
    apart_week: tuple[Draft, Sentence] | None
    told_then: set[int]

    def start(self, date: FoundDate, sentence: Sentence, *, absorb: bool = True, new: bool = False) -> Draft:
        """The draft of an incident on ``date`` (:meth:`.reader.Reader.start`)."""
        raise NotImplementedError

    def _violence_and_day(
        self, sentence: Sentence, text: str, dates: list[FoundDate]
    ) -> tuple[list[FoundDate], bool, tuple[Sentence, str] | None]:
        """Whether the sentence tells violence, and its days: a day told before the first incident in a sentence
        of no violence waits for the violent sentence just after it, whose day (and scene) it is; or it is the
        day of the act the undated lead told just before. Returns the days, the violence, and the scene to read."""
        talks = bool(dates) and talks_day(text, dates, list(_EVENT_REFERENCE.finditer(text)))  # (of the incident)
        violent = VIOLENCE.search(text) is not None or bool(
            dates and _EVENT_REFERENCE.search(text) and not custody_happened(text) and not talks
        )  # (an exchange of detainees; officials who met on May 4 to talk about the incident)
        pending, self.pending = self.pending, (self.pending if not violent and not dates else None)  # (told on)
        scene: tuple[Sentence, str] | None = None
        if violent and not dates and not self.drafts and pending and _just_before(pending[1], sentence):
            # "On the morning of Jan. 23, in the Issykul region, a guard radioed for help." "Gunmen had just …"
            dates, scene = [pending[0]], (pending[1], pending[2])
        one_day = len({d.key for d in dates}) == 1 and dates[0].precision in ("day", "days")  # or a night's span
        if not violent and not self.drafts and one_day and not talks:  # (the talks' day dates no act told next)
            self.pending = (dates[0], sentence, text)
            self.lead_day = self.lead_day or (self.pending if self.summary else None)
            if self.summary and act_told_next(*self.summary[-1], sentence, text):
                # "… the day before, in the X district": the day and scene of the act told just before (.act_day)
                self.current = self.start(dates[0], sentence, absorb=False)
                read_place(self.current, sentence, text)  # (read first: the lead's passing names come after)
                for lead, lead_text in self.summary:
                    self.read(self.current, lead, lead_text)
                self.summary = []
        return dates, violent, scene

    def _no_violence(self, sentence: Sentence, text: str) -> None:
        """A sentence of no violence adds to the incident being read only what it can tell without an act: the
        lead's scene named again, who is blamed or speaks, the aircraft that took part, a foiled attempt, and
        the scene told next (in the incident's paragraph, or of its attackers, or of a road)."""
        if self.current is None and self.summary and sentence.index == self.summary[-1][0].index + 1:
            self.lead_scene = _named_again(self.summary, sentence, text) or self.lead_scene
        if (self.current is not None or self.summary) and (read_attribution(text) is not None or speaks(text)):
            self.read_attribution(self.current, sentence, text)
        current = self.current
        if (
            current is not None
            and current.sentences
            and sentence.paragraph == self.paragraph_of.get(current.sentences[-1])
            and _AIRCRAFT_TOOK_PART.search(text)
        ):
            read_weapons(current, sentence, text)  # "jets and gunships took part": the strikes' weapons
        if _FOILED.search(text):  # "the infiltration was foiled", told apart from the toll
            if current is not None:
                current.set("_foiled", True, sentence)
            else:
                self.foiled = sentence
        if (
            current is not None
            # "stopped the buses at Buzi Top on the Coastal Highway": a spot on a road, narrower than any area
            and ("place" not in current.values or coarse(str(current.values["place"])) or spot_on_road(text))
            and current.sentences
            and (
                sentence.paragraph == self.paragraph_of.get(current.sentences[-1])
                or sentence.index == current.sentences[-1] + 1  # "The guards were on patrol in X.", next
                # "the attackers went for a base in the town of Nikshahr": the incident's own attackers, told
                # again in a later paragraph, and where they went
                or _THE_ATTACKERS.search(text) is not None
                # "the men were on the road between the cities of Zahedan and Khash": a road, with no place yet
                or ("place" not in current.values and spot_on_road(text, spot=False))
            )
        ):
            # "They had come to the village of Dekhi Qozi the night before": the scene, told next
            same = sentence.paragraph == self.paragraph_of.get(current.sentences[-1])
            read_place(current, sentence, text, sides=same)

    def _announces(self, sentence: Sentence, text: str, dates: list[FoundDate]) -> bool:
        """Whether the sentence announces several incidents (by their dates, by a dated clause each, or by a
        count of "separate attacks"), drafted here and told apart later; or, once drafted, is a vaguer event's."""
        if self.drafts and dates and all(d.precision not in ("day", "days") for d in dates):
            self.background.append(sentence)  # "last week a commander was martyred": another, vaguer event
            return True
        if not self.drafts and (_SEVERAL.search(text) or several_told(text)):
            self.several = True  # "two separate incidents", "in a string of attacks": each date its own
        if len(dates) >= 2 and _SEVERAL.search(text):
            self.announced = [self.start(d, sentence, absorb=False) for d in dates]
            self.current = None
            self.read_attribution(None, sentence, text)
            return True
        # (or one day's two incidents summed: "three were wounded on Sunday, one by firing … and two by a landmine")
        clauses = (dated_clauses(text, dates) or summed_clauses(text, dates)) if not self.drafts else []
        if clauses:  # "six of them in North Waziristan on Saturday and four in Kech on Friday": one each
            self.announced = [self.start(c.date, sentence, absorb=False, new=True) for c in clauses]
            for draft, clause in zip(self.announced, clauses, strict=True):
                read_toll(draft, sentence, clause.toll, update=False, conflict=False)
                read_place(draft, sentence, clause.text)
            self.read_attribution(None, sentence, text)
            self.current, self.clauses = None, [c.text for c in clauses]
            return True
        counted = _COUNTED.search(text)
        if counted and not self.drafts and not dates:
            # "Ten soldiers were martyred in two separate attacks, the ISPR said": one draft each, dated later
            self.announced = [Draft() for _ in range(_COUNTS.index(counted.group("count").lower()) + 1)]
            self.drafts.extend(self.announced)
            self.summary.append((sentence, text))
            return True
        if counted and not self.drafts and len({d.key for d in dates}) == 1:
            # Its toll is the sum of the incidents', told apart by "the first attack", "the other attack".
            first = self.start(dates[0], sentence, absorb=False)
            self.announced = [first]
            for _ in range(1, _COUNTS.index(counted.group("count").lower()) + 1):
                extra = Draft()
                for name in ("event_date", "event_date_end", "date_precision"):
                    extra.set(name, first.values.get(name), sentence)
                self.drafts.append(extra)
                self.announced.append(extra)
            self.current = None
            return True
        return False

    def _which_incident(
        self, sentence: Sentence, text: str, dates: list[FoundDate], previous: Sentence | None
    ) -> tuple[bool, Draft | None]:
        """Which incident the sentence tells, made current: a strike told again, the announced one it names by
        ordinal or waits for, or (dated) the day's (:meth:`_dated_incident`). Returns whether the sentence is
        done with (background, or read already) and the announced, undated incident it tells."""
        if not dates and (again := strike_again(self.current, text)) is not None:
            self.drafts.append(again)  # "Some hours later helicopters fired again": another strike (.strike_again)
            self.current = again
        ordinal = _ORDINAL.search(text)
        waiting = self._undated_for(text) if dates and not ordinal else None
        if ordinal and self.announced:
            index = _ORDINALS[(ordinal.group("which") or ordinal.group("other")).lower()]
            if index < len(self.announced):
                self.current = waiting = self.announced[index]
        elif waiting is not None:
            self.current = waiting  # "Late on Friday another soldier was killed": the next announced incident
        elif dates and not (self.current is not None and TOLL_UPDATE.search(text)):
            return self._dated_incident(sentence, text, dates, previous), waiting
        return False, waiting

    def _dated_incident(self, sentence: Sentence, text: str, dates: list[FoundDate], previous: Sentence | None) -> bool:
        """The incident of a dated sentence: a lead kept apart from it, a separate or new incident on its day, the
        one being read (its day told again, or its own calendar day), or another day's earlier news, which is
        background unless it is told as news elsewhere. Whether the sentence is done with."""
        if self._day_of_the_set_apart(sentence, dates[0]):
            return False  # "Separately, seven soldiers were martyred …" "… the attack was on April 14": its own day
        second = after_second_within(previous, sentence) and _opens_with_day(text, dates)
        then = sentence.paragraph in self.told_then  # "…, the ISPR said then": earlier news (.told_then)
        kept = (
            lead_kept_apart(self.summary, sentence, text, dates[0], self.anchor, then=then) if not self.drafts else None
        )
        if kept is not None:  # the undated lead is another event's than this dated one (see .told_apart)
            self.lead = [told for told in self.lead if told[0] is not sentence]
        # "On December 3, …", in a report of 30 January; "On January 13, … in two separate operations": earlier news
        if kept == "older" or older_count(text, dates[0], self.drafts):  # (.older_count)
            self.background.append(sentence)
            self.earlier_paragraph = sentence.paragraph
            return True
        if kept == "separate":  # "Separately, …": drafted on its day; the lead, beside it, at the end
            self.lead_apart, self.current = True, self.start(dates[0], sentence, absorb=False, new=True)
        elif (
            not self.drafts
            or dates[0].key in self.by_date
            or _SEPARATE.search(text)
            or self.several
            or (_MORE_DEAD.match(text) and not self._inside(dates[0]))
            or (second or self._taken_elsewhere(text) or self._also_elsewhere(text))  # (.another_event, .also_…)
        ):
            if not self.drafts and self.lead_day and _SEPARATE.search(text) and self.lead_day[0].key != dates[0].key:
                read_place(self.start(self.lead_day[0], self.lead_day[1]), *self.lead_day[1:])  # the lead's own
            # "In a separate incident on Sunday morning": another incident, even on a day already read
            before, self.current = (
                self.current,
                self.start(
                    dates[0],
                    sentence,
                    new=bool(
                        _ANOTHER.search(text)
                        or self._taken_elsewhere(text)
                        or self._also_elsewhere(text)
                        or claims_another(text)
                        or self._same_day_apart(sentence, text, dates[0])  # "The same day, 1 December, …": .day_apart
                    ),
                ),
            )
            if claims_another(text):  # the same claimant's other attack: its claim (.also_claimed)
                claimed_too(self.current, before, sentence)
            if second and before is not None:  # the other strike is told in its own paragraph's remainder
                self.aside = (sentence.paragraph, before)
        elif own_calendar_day(text, dates[0], self.current):  # "shot dead on March 13", in March 14's: .news_day
            self.current = self.start(dates[0], sentence)
        elif (
            day_before_apart(text, dates, self.current, self._told_so_far(), self.anchor)  # "Yesterday …": .day_before
            or self._another_paragraphs_day(dates[0], sentence, previous)
            or not self.same_event(dates[0], sentence, text)
        ):
            if news_elsewhere(text, dates[0], self._told_so_far(), self.anchor):  # "Two days ago …": .news_day
                self.current = self.start(dates[0], sentence, new=True)
                self.read(self.current, sentence, text)
                return True
            self.background.append(sentence)  # another day, not announced as a separate event: earlier news
            if _opens_with_day(text, dates):
                self.earlier_paragraph = sentence.paragraph
            return True
        return False

    def _read_into(
        self,
        sentence: Sentence,
        text: str,
        dates: list[FoundDate],
        waiting: Draft | None,
        scene: tuple[Sentence, str] | None,
    ) -> None:
        """Read the sentence into the incident it tells: the clause or announced incident it names, another attack
        of the same day told apart (in another place, or "a similar attack"), a reaction's blame only; far apart
        from an undated lead it is set beside it, and with no incident yet it joins the lead's summary."""
        if waiting is not None and dates and "event_date" not in waiting.values:
            give_day(waiting, dates[0], sentence)
        if not dates and self.clauses and (told := clause_named(text, self.clauses)) is not None:
            self.current = self.announced[told]  # "in the North Waziristan attack": the clause that named it
        if self.current is None and self.announced and "event_date" not in self.announced[0].values:
            self.current = self.announced[0]  # the first of the announced, told before "the other attack"
        far = far_apart(sentence, text, self.current, self.summary, self.paragraph_of, dated=bool(dates))
        if far and self.current is None:  # an undated report's one draft is made of its lead, at the end
            self.set_apart.append((sentence, text))  # (and this one beside it: see .set_apart)
            self.background.append(sentence)  # "Separately, in X province …": another province's attack, told after
            self.earlier_paragraph = sentence.paragraph  # (the paragraph goes on about it)
            self.lead = [told for told in self.lead if told[0] is not sentence]  # nor is it an undated report's lead
            return
        if self.current is None and not dates and self.summary and set_taken_apart(self, sentence, text):
            return  # "The militants also said they had captured the X district": another capture (.another_event)
        if self.current is None:
            self.summary.append((sentence, text))
            return
        if far and dates:  # "In Mazar-e-Sharif, …, six children were wounded on Thursday evening": its own draft
            self.current = self.start(dates[0], sentence, new=True)
        if not dates and not far and self.current.sentences:  # "On the same day, gunships bombed a post" (.day_apart)
            new_paragraph = sentence.paragraph != self.paragraph_of.get(self.current.sentences[-1])
            its_day = day_told_apart(text, self.current, new_paragraph=new_paragraph, latest=self.anchor)
            self.current = self.start(its_day, sentence, new=True) if its_day is not None else self.current
        apart = far or (not dates and "event_date" in self.current.values and self._told_apart(sentence, text))
        apart_only = apart and (told_apart(text, tolled=True, several=self.several) or self._taken_elsewhere(text))
        if not dates and "event_date" in self.current.values and (apart or SIMILAR_NOW.search(text)):
            # "In South Waziristan, a bomb killed a sepoy.": a paragraph opening on another place, with its own
            # toll, in a report of the day's attacks: another incident of the same day; so is "a similar attack
            # was carried out before dawn in Khost"
            day = self.current.values
            found = FoundDate("", dt.date.fromisoformat(day["event_date"]), None, day["date_precision"], 0)
            if day.get("event_date_end"):
                found = FoundDate("", found.start, dt.date.fromisoformat(day["event_date_end"]), found.precision, 0)
            if apart_only and not self.several:  # "In another incident" with no day, the lead's day not said of all
                found = FoundDate("", self.anchor - dt.timedelta(days=6), self.anchor, "week", 0)
            self.current = self.start(found, sentence, new=True)
            self.apart_week = (self.current, sentence) if found.precision == "week" else None
        if self.drafts and _REACTION.search(text):
            # "The prime minister offered condolences to the families of the 10 soldiers martyred in …":
            # a reaction sums up and names the places of all; only who is blamed in it is read.
            self.read_attribution(self.current, sentence, text)
            return
        if scene is not None:
            read_place(self.current, *scene)  # the day's sentence told where, too
        self.read(self.current, sentence, text)

    def _day_of_the_set_apart(self, sentence: Sentence, day: FoundDate) -> bool:
        """Whether a dated sentence gives its day to the other event just set apart with the week (``apart_week``):
        told right after it or in its paragraph, with a day of its week, it tells that event, even on a day another
        incident has ("Separately, seven soldiers were martyred …, the ISPR said on Friday." "The ISPR said the
        terrorists attacked a vehicle in the Isham area on April 14.", ARY News 664, whose lead is of April 14 too)."""
        told = self.apart_week
        if told is None or told[0] is not self.current:
            return False
        if told[1].paragraph != sentence.paragraph and told[1].index != sentence.index - 1:
            return False
        units = {m.group("name") for m in _UNIT_NAMED.finditer(sentence.text)}
        if any(unit not in told[1].text for unit in units):
            return False  # "And two nights ago the Taliban took 15 police stations in Baghlan province": another's
        values = told[0].values
        if not values.get("event_date", "") <= day.start.isoformat() <= values.get("event_date_end", ""):
            return False
        told[0].set("event_date", day.start.isoformat(), sentence, replace=True)
        told[0].values.pop("event_date_end", None)
        told[0].evidence.pop("event_date_end", None)
        told[0].set("event_date_end", day.end.isoformat() if day.end else None, sentence)
        told[0].set("date_precision", day.precision, sentence, replace=True)
        self.apart_week = None
        return True

    def _same_day_apart(self, sentence: Sentence, text: str, day: FoundDate) -> bool:
        """Whether a paragraph opening on "The same day, <its day>, …" or "Earlier on <its day>" tells another incident
        of the current one's day (see :func:`.day_apart.same_day_apart`, :mod:`.earlier_that_day`)."""
        current = self.current
        if current is None or not current.sentences:
            return False
        new_paragraph = sentence.paragraph != self.paragraph_of.get(current.sentences[-1])
        told = self._told_so_far()
        return same_day_apart(text, current, new_paragraph=new_paragraph) or earlier_that_day(
            text, day, current, new_paragraph=new_paragraph, told=told
        )

    def _back_to_lead(self, text: str) -> bool:
        """Whether an undated sentence after another event's goes back to the undated lead's attack (see
        :func:`.another_event.returns_to_lead`)."""
        return returns_to_lead(" ".join(told for _, told in self.lead), self._told_so_far(), text)

    def _undated_for(self, text: str) -> Draft | None:
        """The announced, still undated incident a dated sentence tells: the one being read, unless the
        sentence says it is another ("another soldier was killed"), then the next one not yet read."""
        undated = [d for d in self.announced if "event_date" not in d.values]
        if any(d is self.current for d in undated) and not _OTHER.search(text):
            return self.current
        return next((d for d in undated if not d.sentences and d is not self.current), None)

    def _told_apart(self, sentence: Sentence, text: str) -> bool:
        """Whether an undated sentence opens another attack of a roundup (see :mod:`.told_apart`)."""
        current = self.current
        if current is None or not current.sentences:
            return False
        tolled = any(k in current.values for k in ("killed", "injured"))
        new_paragraph = sentence.paragraph != self.paragraph_of.get(current.sentences[-1])
        # "In another attack, gunmen killed three soldiers in X": another event's, in the lead's paragraph too; so
        # is "Gunmen also attacked a shrine in Budhber" (.also_elsewhere)
        if self._also_elsewhere(text):
            return True
        return (new_paragraph or opens_another(text)) and (
            told_apart(text, tolled=tolled, several=self.several)
            or elsewhere(text, current.values, tolled=tolled)
            or self._taken_elsewhere(text)
        )

    def _also_elsewhere(self, text: str) -> bool:
        """Whether a sentence tells "X also attacked … in <a place>" the incident never named (.also_elsewhere)."""
        return self.current is not None and also_elsewhere(text, self._told_so_far())

    def _taken_elsewhere(self, text: str) -> bool:
        """Whether a sentence tells ground taken in a district the incident never named (see .another_event)."""
        return self.current is not None and taken_elsewhere(text, self._told_so_far())

    def _told_so_far(self) -> str:
        """The evidence the current incident has read, as one text ("" before the first incident)."""
        current = self.current
        return " ".join(str(told) for told in current.evidence.values()) if current is not None else ""
