"""Assembling draft incidents from the sentences of an article.

The reading is deliberately simple and explainable:

1. Only sentences about violence (:data:`~.vocab.VIOLENCE`) can start or feed an
   incident; a phone call, a delegation visit or an electricity project cannot.
2. An event date in such a sentence starts an incident (or returns to the one with
   that date). A sentence naming several dates for "two separate incidents" starts
   one per date, and "the first"/"the second incident" later picks among them.
   Dates of what was *said* ("officials said on Monday") and dates more than
   :data:`BACKGROUND_DAYS` before publication (background) start nothing.
3. Undated sentences feed the incident being read; before any incident they are a
   summary, whose country fills the incidents that lack one. If an article gives
   a toll but no usable date, one incident is drafted for the week before
   publication.
4. Each field keeps the sentence it came from as its evidence; the first mention
   wins, except a toll that "rose to" a new figure, which replaces the old one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import TrackerError, ValidationError
from ..models import Casualties, parse_casualties, parse_country
from .attribution import RANK, read_attribution
from .casualties import HEDGED, TOLL_UPDATE, Toll, find_tolls, victims_of
from .context import countries_named, country_phrase
from .dates import FoundDate, find_dates
from .roles import Dateline, background_start, find_dateline, wrong_role
from .sentences import Sentence, split_sentences
from .strikes import striking_state
from .vocab import (
    CIVILIAN_TARGETS,
    DEMONYMS,
    ORIGIN,
    VAGUE_WORDS,
    VICTIM_NOUN,
    VIOLENCE,
    WEAPON_PHRASES,
)

#: Dates further back than this are background ("clashes in 2022 killed 100"), not the news.
BACKGROUND_DAYS = 45


#: Looks up a place phrase: returns location fields (or {}) and a note for the reviewer.
class Locator(Protocol):
    """Geocodes a place phrase: ``(place, country, named=…) -> (location fields, note)``.

    ``named`` are the countries the article names: the geocoder's region, so that a
    place on either side of the border it reports is found in the right country.
    """

    def __call__(
        self, place: str, country: str | None, /, named: frozenset[str] = frozenset()
    ) -> tuple[dict[str, Any], str | None]: ...


_ORDINALS = {"first": 0, "former": 0, "second": 1, "latter": -1, "third": 2, "fourth": 3, "last": -1, "other": -1}
_ORDINAL = re.compile(
    r"\b(?:in\s+)?the\s+(?P<which>first|second|third|fourth|former|latter)\b(?:\s+(?:incident|attack|one|case|strike))?|"
    r"\b(?:in\s+)?the\s+(?P<other>other)\s+(?:incident|attack|case|strike|clash|ambush|assault)\b",
    re.IGNORECASE,
)
#: A toll of none, stated: "nobody was hurt", "no one was killed", "there were no casualties".
_NOBODY = re.compile(
    r"\b(?:nobody|no one|no-one|none of them)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?"
    r"(?P<what>killed|hurt|injured|wounded|harmed)\b|"
    r"\b(?:were|was|caused|suffered|reported) no (?:casualties|injuries)\b|"
    r"\bwithout (?:causing )?(?:any )?casualties\b",
    re.IGNORECASE,
)
#: A sentence about how others took the news, not about what happened.
_REACTION = re.compile(
    r"\b(?:condolences?|condoled|condemn(?:ed|s|ing)?|paid (?:tribute|homage)|expressed (?:grief|sorrow|sadness|shock)|"
    r"funeral prayers?|offered (?:his|her|their) (?:sympathies|prayers))\b",
    re.IGNORECASE,
)
#: "Ten soldiers were killed on Saturday in two separate attacks": one day, as many incidents as it counts.
_COUNTED = re.compile(
    r"\b(?P<count>two|three|four)\s+(?:separate|different|distinct)\s+(?:\w+\s+)?"
    r"(?:incidents|attacks|strikes|clashes|ambushes|assaults|bombings)\b",
    re.IGNORECASE,
)
_SEVERAL = re.compile(r"\b(?:two|three|four|separate|both)\b[^.]*\b(?:incidents|attacks|strikes)\b", re.IGNORECASE)
_ALL_SCOPE = re.compile(r"\b(?:either|both|all|any of the|the (?:two )?attacks)\b", re.IGNORECASE)
_CAP = r"[A-Z][\w’'-]*"
_PLACE = re.compile(
    rf"\b(?P<prep>near|outside|on the outskirts of|in the vicinity of|in|at|inside|into)\s+(?P<the>the\s+)?"
    rf"(?P<owner>{_CAP}[’']s\s+(?:(?:north|south|east|west)\w*\s+)?)?"
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|al|el|e)(?![’']s\b))*(?:\s+(?:border crossing|crossing|checkpoint|border post|"
    rf"district|province|region|village|area|outpost|post|bazaar|valley|town|city|oblast|county|tehsil|border|frontier))?)(?=[\s,.;:)]|$)"
)
_NOT_PLACES = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the",
        "a",
        "an",
    }
)
_CLASH = re.compile(
    r"\b(?:clash(?:es|ed)?|exchanges? of fire|exchanged fire|gun ?battle|gunfight|firefight|fighting|skirmish(?:es)?|"
    r"traded fire|fought|(?:firing|fired|shooting|threw stones) at each other)\b",
    re.IGNORECASE,
)
_ABDUCT = re.compile(
    r"\b(?:abducted|kidnapped|abduction|kidnapping|took (?:\w+ ){0,3}hostage|seized (?:\w+ ){0,2}(?:villagers|hostages|"
    r"residents|civilians|people))\b",
    re.IGNORECASE,
)
_SUICIDE = re.compile(r"\bsuicide\b", re.IGNORECASE)


def country_code(name: str) -> str | None:
    """ISO code for a full country name in running text ("Tajikistan", "Afghanistan’s"), else None."""
    clean = re.sub(r"[’']s$", "", name.strip())
    if len(clean) < 4 or clean.isupper():
        return None
    try:
        return parse_country(clean)
    except ValidationError:
        return None


@dataclass
class Draft:
    """One proposed incident: codebook values, the evidence sentence per field, notes."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    possible_duplicates: list[dict[str, Any]] = field(default_factory=list)
    #: Fields filled by a default because the text says nothing (``attribution``, ``weapons``):
    #: shown as defaults, never as if read from the text.
    defaults: list[str] = field(default_factory=list)
    #: The incident this draft already is (same article or same event), set by the caller.
    recorded: dict[str, Any] | None = None

    def set(self, name: str, value: Any, sentence: Sentence, *, replace: bool = False) -> None:
        """Set a field once (the first mention wins) with its evidence."""
        if value is None or (name in self.values and not replace):
            return
        self.values[name] = value
        self.evidence[name] = sentence.text

    def source_note(self) -> str:
        """What this article says about the incident, for its source's note ("Gives 2025-11-24, 3 killed.")."""
        from ..models import format_event_date, format_toll

        values = self.values
        parts = [
            format_event_date(values.get("event_date"), values.get("event_date_end"), values.get("date_precision"))
        ]
        for what in ("killed", "injured"):
            if values.get(what) is not None:
                toll = format_toll(values[what], values.get(f"{what}_low"), values.get(f"{what}_high"))
                parts.append(f"{values.get(f'{what}_text') or toll} {what}")
        if values.get("attributed_by"):
            parts.append(f"attributed by {values['attributed_by']}")
        return f"Gives {', '.join(parts)} (drafted by tracker extract)."

    def as_dict(self) -> dict[str, Any]:
        return {
            "values": dict(self.values),
            "evidence": dict(self.evidence),
            "defaults": list(self.defaults),
            "notes": list(self.notes),
            "possible_duplicates": list(self.possible_duplicates),
            "recorded": self.recorded,
        }


#: "The incident took place on Tuesday": a sentence about the event that names no violence.
_EVENT_REFERENCE = re.compile(
    r"\b(?:incident|happened|took place|occurred|erupted|broke out|came under|unfolded)\b", re.IGNORECASE
)
#: Both sides fought: "between Afghan and Pakistani forces", "each other", "fired back".
_TWO_SIDES = re.compile(
    r"\bbetween\s+(?:the\s+)?\w+(?:\s+\w+)?\s+and\s+\w+(?:\s+\w+)?\s+(?:forces|troops|guards|soldiers|border guards|"
    r"border forces|armies)\b|\bbetween\s+(?:the\s+)?(?:two|both)\s+(?:sides|forces|countries|neighbours|armies)\b|"
    r"\beach other\b|\bfired back\b|\bboth sides\b|\bthe two sides\b|\bretaliat",
    re.IGNORECASE,
)
#: Proper names of the event's sentences: a province among them places the event in its country.
_NAMES = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")
_ATTRIBUTION_FIELDS = ("perpetrator", "attributed_by", "origin_place", "origin_country")
#: "fired on a group of 300 Afghan migrants", "attacked a convoy of police officers".
_ATTACKED = re.compile(
    r"\b(?:fired (?:on|at|upon)|opened fire on|attacked|targeted|ambushed|shot at|stormed)\s+"
    r"(?:a\s+(?:group|convoy|party|team|patrol)\s+of\s+)?(?:an?\s+|the\s+)?(?:\d+\s+)?"
    rf"(?P<noun>(?:[A-Za-z’'-]+\s+){{0,3}}?(?:{VICTIM_NOUN}))\b",
    re.IGNORECASE,
)
#: "… a retaliation for Pakistani air strikes on its territory": what follows is the other event's.
_RETALIATION = re.compile(
    r"\b(?:in\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)\b|\bretaliating for\b|\bto avenge\b",
    re.IGNORECASE,
)
#: A weapon named only to be denied.
_NEGATED = re.compile(r"(?:\bno|\b(?:not|never)\s+(?:\w+\s+){1,2}|\bdenied\s+(?:\w+\s+){0,2})\s*$", re.IGNORECASE)
#: A later date starts another incident only when the text says it is another one.
_SEPARATE = re.compile(
    r"\b(?:in|on|during)\s+(?:a|another)\s+(?:separate|second|new|different|related)\b|\bin another\b|"
    r"\bseparately\b|\belsewhere\b|\bmeanwhile\b|\bthe second (?:incident|attack|strike|clash)\b|"
    r"\b(?:two|three|four) separate\b",
    re.IGNORECASE,
)
#: "The shooting began on Sunday": the day an event that went on for days started.
_BEGAN = re.compile(r"\b(?:began|begun|started|broke out|erupted|flared)\b", re.IGNORECASE)
#: A lead that sums up several events ("two attacks killed nine") is not any one of them.
_ROUNDUP = re.compile(
    r"\b(?:two|three|four|several|separate|series of|spate of|wave of)\s+(?:\w+\s+)?"
    r"(?:incidents|attacks|strikes|clashes|bombings)\b",
    re.IGNORECASE,
)
#: Another source's figure for the same toll: the counts become a range, not a replacement.
_CONFLICT = re.compile(
    r"\b(?:other|another|local|hospital|medical|independent)\s+(?:sources?|officials?|reports?|media)\b|"
    r"\bput (?:the|its|their) (?:death toll|toll|number of (?:dead|deaths|those killed))\b|"
    r"\b(?:gave|gives|give) (?:a )?(?:different|higher|lower) (?:count|figure|toll|number)\b|\bdiffer",
    re.IGNORECASE,
)
_OF_PLACE = re.compile(
    rf"\b(?:the\s+)(?:(?P<demonym>{_CAP})\s+)?(?:nearby\s+|neighbouring\s+|remote\s+|border\s+)?"
    rf"(?P<kind>city|town|village|district|province|region|"
    rf"county|oblast|area|enclave|outpost|settlement)\s+of\s+(?P<name>{_CAP}(?:[\s-]+{_CAP})*(?:\s+and\s+{_CAP})?)"
)
#: "…, Sistan and Baluchestan province": the province that places a town the gazetteer finds twice.
_ADMIN = re.compile(rf"\b(?P<admin>{_CAP}(?:[\s-]+(?:and\s+)?{_CAP})*\s+(?:province|region|oblast))\b")


@dataclass
class _Reader:
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

    def start(self, date: FoundDate, sentence: Sentence, *, absorb: bool = True) -> Draft:
        existing = self.by_date.get(date.key)
        if existing is not None:
            return existing
        draft = Draft()
        draft.set("event_date", date.start.isoformat(), sentence)
        draft.set("event_date_end", date.end.isoformat() if date.end else None, sentence)
        draft.set("date_precision", date.precision, sentence)
        first = not self.drafts
        self.drafts.append(draft)
        self.by_date[date.key] = draft
        if first and absorb and self.summary and not any(_ROUNDUP.search(t) for _, t in self.summary):
            # The lead reported this event before its date was given: it is this incident's.
            for lead, text in self.summary:
                self.read(draft, lead, text)
            self.summary = []
        return draft

    def event_dates(self, text: str) -> list[FoundDate]:
        earliest = self.published - dt.timedelta(days=BACKGROUND_DAYS)
        return [
            d
            for d in find_dates(text, self.published, self.anchor)
            if not d.reporting and d.precision in ("day", "days", "week") and earliest <= d.start <= self.published
        ]

    def feed(self, sentence: Sentence, text: str) -> None:
        """Read one sentence (``text``: the part of it that may speak about the event)."""
        cut = background_start(
            text, find_dates(text, self.published, self.anchor), self.published, old_days=BACKGROUND_DAYS
        )
        if cut == 0:
            self.background.append(sentence)
            return
        if cut is not None:
            text = text[:cut]
        if not self.drafts:
            self.lead.append((sentence, text))  # what the report says before its first dated event
        dates = self.event_dates(text)
        violent = VIOLENCE.search(text) is not None or bool(dates and _EVENT_REFERENCE.search(text))
        if not violent:
            if (self.current is not None or self.summary) and read_attribution(text) is not None:
                self.read_attribution(self.current, sentence, text)
            current = self.current
            if (
                current is not None
                and "place" not in current.values
                and current.sentences
                and sentence.paragraph == self.paragraph_of.get(current.sentences[-1])
            ):
                # "They had come to the village of Dekhi Qozi the night before": the scene, told next
                self.read_place(current, sentence, text)
            return
        if self.drafts and dates and all(d.precision not in ("day", "days") for d in dates):
            self.background.append(sentence)  # "last week a commander was martyred": another, vaguer event
            return
        ordinal = _ORDINAL.search(text)
        if not self.drafts and _SEVERAL.search(text):
            self.several = True  # "two separate incidents": the dates that follow are each its own
        if len(dates) >= 2 and _SEVERAL.search(text):
            self.announced = [self.start(d, sentence, absorb=False) for d in dates]
            self.current = None
            self.read_attribution(None, sentence, text)
            return
        counted = _COUNTED.search(text)
        if counted and not self.drafts and len({d.key for d in dates}) == 1:
            # Its toll is the sum of the incidents', told apart by "the first attack", "the other attack".
            first = self.start(dates[0], sentence, absorb=False)
            self.announced = [first]
            for _ in range(1, ["two", "three", "four"].index(counted.group("count").lower()) + 2):
                extra = Draft()
                for name in ("event_date", "event_date_end", "date_precision"):
                    extra.set(name, first.values.get(name), sentence)
                self.drafts.append(extra)
                self.announced.append(extra)
            self.current = None
            return
        if ordinal and self.announced:
            index = _ORDINALS[(ordinal.group("which") or ordinal.group("other")).lower()]
            if index < len(self.announced):
                self.current = self.announced[index]
        elif dates and not (self.current is not None and TOLL_UPDATE.search(text)):
            if not self.drafts or dates[0].key in self.by_date or _SEPARATE.search(text) or self.several:
                self.current = self.start(dates[0], sentence)
            elif not self.same_event(dates[0], sentence, text):
                self.background.append(sentence)  # another day, not announced as a separate event: earlier news
                return
        if self.current is None:
            self.summary.append((sentence, text))
            return
        if self.drafts and _REACTION.search(text):
            # "The prime minister offered condolences to the families of the 10 soldiers martyred in …":
            # a reaction sums up and names the places of all; only who is blamed in it is read.
            self.read_attribution(self.current, sentence, text)
            return
        self.read(self.current, sentence, text)

    def same_event(self, date: FoundDate, sentence: Sentence, text: str) -> bool:
        """Whether a sentence dated unlike the current incident still speaks of it.

        A day either side is the same event told from another time zone or hour
        ("late on Tuesday" / "early on Wednesday"); "the shooting began on Sunday" a
        few days before moves the incident's start back and makes it a span.
        """
        current = self.current or self.drafts[-1]
        start = dt.date.fromisoformat(current.values["event_date"])
        end = dt.date.fromisoformat(current.values.get("event_date_end") or current.values["event_date"])
        within = (start - dt.timedelta(days=1)) <= date.start <= (end + dt.timedelta(days=1))
        if within and date.precision == "day":  # a day of the span it already covers, or one either side
            self.current = current
            return True
        if _BEGAN.search(text) and date.precision == "day" and 0 < (start - date.start).days <= 6:
            current.set("event_date", date.start.isoformat(), sentence, replace=True)
            current.set("event_date_end", end.isoformat(), sentence, replace=True)
            current.set("date_precision", "days", sentence, replace=True)
            self.by_date[date.key] = current
            self.current = current
            return True
        return False

    def read(self, draft: Draft, sentence: Sentence, text: str) -> None:
        draft.sentences.append(sentence.index)
        self.paragraph_of[sentence.index] = sentence.paragraph
        update = TOLL_UPDATE.search(text) is not None
        for toll in _add_up(find_tolls(text), text):
            self.read_toll(draft, sentence, toll, update=update, conflict=_CONFLICT.search(text) is not None)
            # Who was hit: the first mention that says it, even if the count came earlier.
            draft.set("victims", toll.victims if toll.nationality or toll.target_type else None, sentence)
            draft.set("victim_nationality", toll.nationality, sentence)
            draft.set("target_type", toll.target_type, sentence)
        nobody = _NOBODY.search(text)
        if nobody and not re.search(r"\bside\b", text[max(0, nobody.start() - 40) : nobody.start()]):
            # "nobody was hurt": a toll of zero, stated; a count told later replaces it
            what = (nobody.group("what") or "casualties").lower()
            if what != "killed":
                draft.set("injured", 0, sentence)
            draft.set("killed", 0, sentence)
        target = _ATTACKED.search(text)
        if target and "target_type" not in draft.values:
            victims, nationality, kind = victims_of(target.group("noun"))
            if kind:  # "fired on a group of 300 Afghan migrants": who was hit, even without a count
                draft.set("victims", victims, sentence)
                draft.set("victim_nationality", nationality, sentence)
                draft.set("target_type", kind, sentence)
        own = text[: m.start()] if (m := _RETALIATION.search(text)) else text
        self.read_weapons(draft, sentence, own)
        if _CLASH.search(text):
            self.clash_words[id(draft)] = True
        if _TWO_SIDES.search(text):
            draft.set("_two_sided", True, sentence)
        if _ABDUCT.search(text):
            draft.set("_abduction", True, sentence)
        if _SUICIDE.search(text):
            draft.set("_suicide", True, sentence)
        self.read_place(draft, sentence, own)
        names = draft.values.setdefault("_names", [])
        for found in _NAMES.finditer(ORIGIN.sub(" ", text)):
            for name in re.split(r"[’']s\b\s*", found.group(0)):  # "Khyber Pakhtunkhwa's Kurram": two names
                name = name.strip()
                if name and name.split()[0].lower() not in _NOT_PLACES and name not in names and len(names) < 12:
                    names.append(name)
        self.read_attribution(draft, sentence, text)
        draft.set("description", sentence.text, sentence)

    @staticmethod
    def read_toll(draft: Draft, sentence: Sentence, toll: Toll, *, update: bool, conflict: bool) -> None:
        what, casualties = toll.what, toll.casualties
        known = draft.values.get(what)
        vague = draft.values.get(f"{what}_text") in VAGUE_WORDS or bool(draft.values.get(f"_{what}_hedged"))
        hedged = HEDGED.search(sentence.text) is not None
        if hedged and known is not None:
            return
        if known == 0 and (casualties.best or 0) > 0:  # "nobody was killed", then "two of the attackers died"
            draft.values.pop(what, None)
            known = None
        replace = (update and what == "killed") or (vague and casualties.text not in VAGUE_WORDS and not hedged)
        if replace or known is None:
            draft.values.pop(f"_{what}_hedged", None)
            if hedged:
                draft.values[f"_{what}_hedged"] = True
        if (
            known is not None
            and what == "killed"
            and not replace
            and _attackers_too(draft, toll)
            and casualties.best is not None
            and casualties.text is None
        ):
            # "… killed one border guard." "Two of the attackers were killed as well.": both sides' dead count.
            for suffix in ("", "_low", "_high"):
                if draft.values.get(f"killed{suffix}") is not None:
                    draft.values[f"killed{suffix}"] += casualties.best
                    draft.evidence[f"killed{suffix}"] = f"{draft.evidence.get('killed', '')} {sentence.text}".strip()
            draft.set("_attackers_counted", True, sentence)
            return
        if known is not None and not replace:
            other = draft.evidence.get(what) != sentence.text
            if conflict and other and casualties.best is not None and casualties.best != known:
                # Two reports of one toll: keep both as the range, the lower as the best (ACLED's rule).
                lows = [v for v in (draft.values.get(f"{what}_low"), known, casualties.low, casualties.best) if v]
                highs = [v for v in (draft.values.get(f"{what}_high"), known, casualties.high, casualties.best) if v]
                draft.values.update({what: min(lows), f"{what}_low": min(lows), f"{what}_high": max(highs)})
                draft.values.pop(f"{what}_text", None)
                both = f"{draft.evidence[what]} {sentence.text}"
                for name in (what, f"{what}_low", f"{what}_high"):
                    draft.evidence[name] = both
                draft.evidence.pop(f"{what}_text", None)
                draft.notes.append(f"Conflicting {what} figures ({known} and {casualties.best}): kept as a range.")
            return
        draft.set(what, casualties.best, sentence, replace=replace)
        draft.set(f"_{what}_who", toll.victims or "", sentence, replace=True)
        for suffix, value in (("_low", casualties.low), ("_high", casualties.high), ("_text", casualties.text)):
            if replace:
                draft.values.pop(what + suffix, None)
            draft.set(what + suffix, value, sentence, replace=replace)

    @staticmethod
    def read_weapons(draft: Draft, sentence: Sentence, text: str) -> None:
        taken: list[tuple[int, int, tuple[str, ...]]] = []
        for pattern, weapons in WEAPON_PHRASES:
            for match in re.finditer(rf"\b(?:{pattern})\b", text, re.IGNORECASE):
                span = match.span()
                if any(span[0] < end and start < span[1] for start, end, _ in taken):
                    continue
                if _NEGATED.search(text[: span[0]]):
                    continue  # "no shots were fired", "has not confirmed those air strikes"
                taken.append((span[0], span[1], weapons))
        found = [w for _, _, weapons in sorted(taken) for w in weapons]
        if not found:
            return
        known = list(draft.values.get("weapons", []))
        new = [w for w in dict.fromkeys(found) if w not in known]
        if new:
            draft.values["weapons"] = known + new
            previous = draft.evidence.get("weapons")
            draft.evidence["weapons"] = sentence.text if not previous else f"{previous} {sentence.text}"

    @staticmethod
    def read_place(draft: Draft, sentence: Sentence, text: str) -> None:
        text = ORIGIN.sub(" ", text)  # where an attack came from is not where it happened
        admin = _ADMIN.search(text)
        if admin and "_admin_hint" not in draft.values:
            draft.set("_admin_any", admin.group("admin"), sentence)  # a province named anywhere in its sentences
        for match in _OF_PLACE.finditer(text):
            code = DEMONYMS.get((match.group("demonym") or "").lower())
            if wrong_role(text[: match.start()], text[match.end() :]):
                continue
            # "the Kyrgyz city of Batken": the country is the adjective's, the place the name.
            kind = match.group("kind").lower()
            name = match.group("name")
            suffix = f" {kind}" if kind in ("district", "province", "county", "region", "oblast") else ""
            draft.set("_country_mention", code, sentence)
            hint = admin.group("admin") if admin and admin.start() > match.start() else None
            _set_place(draft, name + suffix, sentence, hint)
            return
        for match in _PLACE.finditer(text):
            name = match.group("name").strip()
            first = re.sub(r"[’']s$", "", name.split()[0].lower())
            if first in _NOT_PLACES or first in DEMONYMS:
                continue
            before = text[: match.start()].rstrip().lower()
            if before.endswith(("from", "across the border")):
                continue
            if wrong_role(text[: match.start("name")], text[match.end() :]):
                continue  # "a news service based in Washington", "the ministry in Kabul said"
            code = country_code(name)
            if code is not None and " " not in re.sub(r"[’']s$", "", name):
                draft.set("_country_mention", code, sentence)
                continue
            owner = re.sub(r"[’']s\s+.*$", "", match.group("owner") or "", flags=re.DOTALL)
            if owner and country_code(owner):
                draft.set("_country_mention", country_code(owner), sentence)  # "Iran's Zabol county"
            elif match.group("owner"):
                name = f"{match.group('owner')}{name}"  # "Kabul's Shahr-e Naw district"
            possessive = re.match(rf"({_CAP})[’']s\s+(.+)", name)
            if possessive and country_code(possessive.group(1)):
                draft.set("_country_mention", country_code(possessive.group(1)), sentence)
                name = possessive.group(2)
            prep = match.group("prep").lower()
            place = f"{prep} {match.group('the') or ''}{name}" if prep not in ("in", "at", "inside", "into") else name
            hint = admin.group("admin") if admin and admin.start() > match.end() else None
            _set_place(draft, " ".join(place.split()), sentence, hint)
            break
        draft.set("_country_mention", country_phrase(text), sentence)

    def read_attribution(self, draft: Draft | None, sentence: Sentence, text: str) -> None:
        targets = self.drafts if _ALL_SCOPE.search(text) or draft is None else [draft]
        if not targets:
            return
        found = read_attribution(text)
        if found is None:
            return
        for target in targets:
            current = target.values.get("attribution")
            if current is not None and RANK[current] > RANK[found.status]:
                continue
            if current != found.status:  # a stronger statement: its own actor and source, not the weaker one's
                for name in _ATTRIBUTION_FIELDS:
                    target.values.pop(name, None)
                    target.evidence.pop(name, None)
                target.set("attribution", found.status, sentence, replace=True)
            for name, value in found.fields().items():  # the same status again may name who it was
                target.set(name, value, sentence)
            before = target.values.get("perpetrator")
            if current == found.status and before and found.perpetrator and _narrower(found.perpetrator, before):
                # "Iranian forces fired shells", then "the Iranian border guards fired them": the narrower name
                target.set("perpetrator", found.perpetrator, sentence, replace=True)


_UNIT = re.compile(r"\b(?:border|frontier|police|guards?|corps|regiment|brigade|battalion)\b", re.IGNORECASE)


def _narrower(new: str, old: str) -> bool:
    """Whether ``new`` names the same side as ``old`` more narrowly (its unit, not just its forces)."""
    sides_new = {DEMONYMS[w.lower()] for w in new.split() if w.lower() in DEMONYMS}
    sides_old = {DEMONYMS[w.lower()] for w in old.split() if w.lower() in DEMONYMS}
    return bool(sides_new) and sides_new == sides_old and bool(_UNIT.search(new)) and not _UNIT.search(old)


#: Who the other side's dead are: the attackers, not the attacked.
_ATTACKERS = re.compile(
    r"\b(?:attackers|assailants|intruders|militants|gunmen|smugglers|traffickers|terrorists|insurgents|"
    r"infiltrators|raiders)\b",
    re.IGNORECASE,
)


def _attackers_too(draft: Draft, toll: Toll) -> bool:
    """Whether a later count is of the attackers, and the draft's count so far only of those they hit."""
    if draft.values.get("_attackers_counted") or not toll.victims or not _ATTACKERS.search(toll.victims):
        return False
    before = str(draft.values.get("_killed_who") or "")
    return bool(before) and _ATTACKERS.search(before) is None and not re.search(r"\band\b", toll.victims)


def _specificity(place: str) -> int:
    """How narrowly a place phrase places the event: a border line 0, a province 1, a named area, village or
    post 3, anything else (a district, a bare name) 2."""
    if re.search(r"\b(?:Line|[Bb]order|[Ff]rontier|[Bb]oundary)$", place):
        return 0
    if re.search(r"\b(?:[Pp]rovince|[Rr]egion|[Oo]blast)$", place):
        return 1
    if re.search(r"\b(?:area|village|town|post|outpost|checkpoint|check-post|crossing|bazaar)$", place):
        return 3  # "the Bagan area" after "Kurram district": the scene inside the district
    return 2


def _set_place(draft: Draft, place: str, sentence: Sentence, admin: str | None) -> None:
    """The first place phrase, unless it only named a border line or a province and this one is narrower
    ("near the Durand Line", then "in Zazai Maidan district")."""
    current = draft.values.get("place")
    if current is not None and (_specificity(current) >= 1 and _specificity(place) <= _specificity(current)):
        return
    if current is not None and _specificity(current) == 0 and _specificity(place) == 0:
        return
    draft.set("place", place, sentence, replace=True)
    draft.values.pop("_admin_hint", None)
    draft.evidence.pop("_admin_hint", None)
    draft.set("_admin_hint", admin, sentence)


_SUBSET = re.compile(r"\b(?:including|among them|among the dead|of them|of whom|of the dead)\b", re.IGNORECASE)


def _stated(casualties: Casualties) -> int:
    """The figure as the text gave it: "more than 200" adds 200, not the 201 it is coded as."""
    found = re.search(r"\d+", casualties.text or "")
    return int(found.group(0)) if found else casualties.best or 0


def _add_up(tolls: list[Toll], text: str) -> list[Toll]:
    """Counts of different groups in one sentence add up; a part of a count ("including nine Chinese") does not.

    "at least 23 soldiers were martyred and more than 200 fighters were killed" → 223, a
    lower bound when either part is one.
    """
    killed = [t for t in tolls if t.what == "killed"]
    if TOLL_UPDATE.search(text) or any(re.search(r"\b(?:toll|number|deaths?)\b", t.phrase, re.I) for t in killed):
        return tolls  # "bringing the toll to 20", "more than double the toll of 49": one figure restated
    if len(killed) < 2 or len({t.victims for t in killed}) < len(killed):
        return tolls
    if any(_SUBSET.search(text[: text.find(t.phrase)][-40:]) for t in killed[1:] if t.phrase in text):
        return tolls
    first = killed[0]
    values = [t.casualties for t in killed]
    if any(v.best is None for v in values):
        return tolls
    total = sum(_stated(v) for v in values)
    bounded = any(v.low is not None and v.high is None for v in values)
    casualties = parse_casualties(f"at least {total}") if bounded else Casualties(total)
    merged = Toll("killed", casualties, first.phrase, first.victims, first.nationality, first.target_type)
    return [merged, *(t for t in tolls if t.what != "killed")]


def _event_type(draft: Draft, clash: bool) -> tuple[str, str]:
    weapons = set(draft.values.get("weapons", []))
    target = draft.values.get("target_type")
    civilian = target in CIVILIAN_TARGETS
    if draft.values.get("_abduction"):
        return "Violence against civilians", "Abduction/forced disappearance"
    if weapons & {"drone", "airstrike"}:
        return "Explosions/Remote violence", "Air/drone strike"
    if draft.values.get("_suicide") and "explosives" in weapons:
        return "Explosions/Remote violence", "Suicide bomb"
    if clash and not civilian:
        return "Battles", "Armed clash"
    if weapons & {"artillery", "mortar", "rocket", "missile"}:
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if weapons & {"ied", "explosives"} and not (civilian and "firearms" in weapons):
        # a blast with no one shooting is remote violence; civilians also shot at were attacked face to face
        return "Explosions/Remote violence", "Remote explosive/landmine/IED"
    if weapons == {"grenade"}:
        return "Explosions/Remote violence", "Grenade"
    if civilian or target is None:
        return "Violence against civilians", "Attack"
    return "Battles", "Armed clash"


def extract_drafts(text: str, published: dt.date, *, locate: Locator | None = None) -> list[Draft]:
    """The incidents an article reports, as drafts (nothing is written anywhere).

    ``published`` bounds event dates and anchors relative ones unless the article has a
    dated dateline ("Beijing, Nov 28 (PTI) –"), whose day anchors them instead;
    ``locate`` (optional) geocodes the place phrases, e.g. with the offline gazetteer:
    see :func:`gazetteer_locator`.
    """
    sentences = split_sentences(text)
    dateline, dateline_sentence = _dateline(sentences, published)
    anchor = dateline.day if dateline and dateline.day and dateline.day <= published else published
    reader = _Reader(published, anchor)
    headline: tuple[Sentence, str] | None = None
    for sentence in sentences:
        usable = sentence.text
        if dateline is not None and sentence.index == dateline_sentence:
            usable = usable[len(dateline.text) :]  # where and when it was filed, not the event
        if _is_headline(sentence, sentences):
            headline = (sentence, usable)  # its country may help; its figures are the body's, rounded
            continue
        reader.feed(sentence, usable)
    summary = Draft()
    for sentence, usable in [*([headline] if headline else []), *reader.lead]:
        if VIOLENCE.search(usable):  # what the report says before its first dated event
            reader.read(summary, sentence, usable)
        else:
            # "State television said Jaish al-Adl had claimed it": who did it, told without a violence word
            reader.read_attribution(summary, sentence, usable)
    if not reader.drafts and any(name in summary.values for name in ("killed", "injured", "weapons")):
        _date_undated(summary, reader, anchor)
        reader.drafts.append(summary)
        reader.clash_words[id(summary)] = reader.clash_words.get(id(summary), False)
    body = text[text.find(dateline.text) + len(dateline.text) :] if dateline else text
    named = countries_named(body)
    hint, hint_evidence = _dateline_country(dateline, sentences, dateline_sentence, locate)
    if hint and dateline and re.search(rf"\b{re.escape(dateline.city)}\b", body, re.IGNORECASE):
        named.add(hint)  # "KARACHI — … outside Karachi's airport": the filing city is also the scene
    if hint not in named and dateline is not None and dateline.agency:
        hint = None  # a wire bureau abroad ("DUBAI (Reuters) -"), not the event's country
    if hint and "_country_mention" not in summary.values:
        summary.values["_country_mention"], summary.evidence["_country_mention"] = hint, hint_evidence or ""
    background = {sentence.index for sentence in reader.background}
    for draft in reader.drafts:
        _struck_by(draft, sentences, background)
    for draft in reader.drafts:
        own_summary = summary if draft is not summary else None
        _finish(draft, reader.clash_words.get(id(draft), False), own_summary, locate, named)
    return reader.drafts


def _struck_by(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """An air or drone strike's state, from how the report names the striker (see :mod:`.strikes`)."""
    if not {"airstrike", "drone"} & set(draft.values.get("weapons", [])):
        return
    status = draft.values.get("attribution")
    if status in ("claimed", "confirmed", "disputed"):
        return
    own = [sentences[i] for i in dict.fromkeys(draft.sentences) if i < len(sentences)]
    article = [s for s in sentences if s.index not in background]
    found = striking_state(own, article)
    if found is None or (found[0].status == "alleged" and status and draft.values.get("perpetrator")):
        return  # an allegation naming someone already read stands; the striker's own word outranks it
    statement, sentence = found
    for name in _ATTRIBUTION_FIELDS:
        draft.values.pop(name, None)
        draft.evidence.pop(name, None)
    draft.set("attribution", statement.status, sentence, replace=True)
    for name, value in statement.fields().items():
        draft.set(name, value, sentence)


def _date_undated(summary: Draft, reader: _Reader, anchor: dt.date) -> None:
    """Date an event the article reports without its own date.

    "…, officials said on Saturday": it happened in the week up to that day (``week``),
    as the real reports' coders read it: a statement can come days after the event.
    With no date at all, the week before the anchor, as ``week``: never a made-up day.
    """
    earliest = reader.published - dt.timedelta(days=BACKGROUND_DAYS)
    for sentence, text in reader.summary:
        said = [
            d
            for d in find_dates(text, reader.published, anchor)
            if d.reporting and d.precision == "day" and earliest <= d.start <= reader.published
        ]
        if said:
            # A statement's day bounds the event, it does not date it: officials often speak days later.
            day = said[0].start
            summary.set("event_date", (day - dt.timedelta(days=6)).isoformat(), sentence)
            summary.set("event_date_end", day.isoformat(), sentence)
            summary.set("date_precision", "week", sentence)
            summary.notes.append(f"Dated by when it was reported ({said[0].text}): in the week up to that day.")
            return
    first = (reader.summary or reader.lead)[0][0]
    summary.set("event_date", (anchor - dt.timedelta(days=6)).isoformat(), first)
    summary.set("event_date_end", anchor.isoformat(), first)
    summary.set("date_precision", "week", first)
    summary.notes.append("The article gives no date for it: the week before publication is assumed.")


def _is_headline(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A first paragraph of one unpunctuated line, with the body after it."""
    return (
        sentence.index == 0
        and sentence.paragraph == 0
        and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”"))
        and any(other.paragraph > 0 for other in sentences)
    )


def _country_of_names(names: list[str], locate: Locator, named: set[str] | None) -> tuple[str, str] | None:
    """The country of a province (else a town) named in the event's sentences, if the article names it too."""
    towns: list[tuple[str, str]] = []
    for name in names:
        try:
            found, _ = locate(name, None)
        except TrackerError:
            continue
        country = found.get("country")
        if country and found.get("geo_precision") in ("admin1", "admin2"):
            return str(country), name  # a province's name is distinctive: "Khyber Pakhtunkhwa"
        if not country or (named is not None and country not in named):
            continue
        if found.get("geo_precision") == "exact":
            towns.append((str(country), name))
    return towns[0] if len({c for c, _ in towns}) == 1 else None


def _admin_country(admin: str, locate: Locator, named: set[str] | None) -> str | None:
    """The country of a province named beside a place ("…, Sistan and Baluchestan province")."""
    try:
        found, _ = locate(admin, None)
    except TrackerError:
        return None
    country = found.get("country")
    if found.get("geo_precision") not in ("admin1", "admin2") or (named is not None and country not in named):
        return None
    return str(country)


def _dateline(sentences: list[Sentence], published: dt.date) -> tuple[Dateline | None, int | None]:
    """The report's dateline and the sentence it heads: it opens one of the first few sentences."""
    for sentence in sentences[:4]:
        found = find_dateline(sentence.text, published)
        if found is not None:
            return found, sentence.index
    return None, None


def _dateline_country(
    dateline: Dateline | None, sentences: list[Sentence], index: int | None, locate: Locator | None
) -> tuple[str | None, str | None]:
    """The country of a wire dateline ("QUETTA — …"): where the reporter files from, a hint only."""
    if locate is None or dateline is None or index is None:
        return None, None
    try:
        found, _ = locate(dateline.city, None)
    except TrackerError:
        return None, None
    return found.get("country"), sentences[index].text


def _finish(
    draft: Draft, clash: bool, summary: Draft | None, locate: Locator | None, named: set[str] | None = None
) -> None:
    values = draft.values
    if "_blast" in values.get("weapons", []):
        # "blasts were heard": a blast is a bomb's only when no other weapon explains it
        others = [w for w in values["weapons"] if w not in ("_blast", "firearms")]
        values["weapons"] = [
            "explosives" if w == "_blast" else w for w in values["weapons"] if w != "_blast" or not others
        ]
        values["weapons"] = list(dict.fromkeys(values["weapons"]))
    event_type, sub_type = _event_type(draft, clash)
    values.setdefault("event_type", event_type)
    values.setdefault("sub_event_type", sub_type)
    weapons = values.setdefault("weapons", ["unknown"])
    draft.evidence.setdefault("event_type", draft.evidence.get("weapons") or draft.evidence.get("description", ""))
    draft.evidence.setdefault("sub_event_type", draft.evidence["event_type"])
    if weapons == ["unknown"]:
        draft.evidence.setdefault("weapons", "")
        draft.defaults.append("weapons")
        draft.notes.append("No weapon named: weapons coded as unknown.")
    if "attribution" not in values:
        values["attribution"] = "unattributed"
        draft.evidence["attribution"] = ""
        draft.defaults.append("attribution")
    if values.get("event_type") == "Battles" and draft.values.get("_two_sided"):
        # Two armed sides hitting each other: nobody is "the target" (as ACLED, which codes none).
        for name in ("target_type", "victims", "victim_nationality"):
            if values.pop(name, None) is not None:
                draft.notes.append(f"{name} left empty: a clash between two armed sides has no single target.")
            draft.evidence.pop(name, None)
    if values.get("target_type"):
        values["civilian_targeting"] = values["target_type"] in CIVILIAN_TARGETS
        draft.evidence["civilian_targeting"] = draft.evidence["target_type"]
    mention = values.pop("_country_mention", None)
    mention_evidence = draft.evidence.pop("_country_mention", None)
    admin = values.pop("_admin_hint", None)
    admin_evidence = draft.evidence.pop("_admin_hint", None)
    any_admin = values.pop("_admin_any", None)
    any_admin_evidence = draft.evidence.pop("_admin_any", None)
    if admin is None and any_admin:
        admin, admin_evidence = any_admin, any_admin_evidence
    if mention is None and admin and locate is not None:
        mention, mention_evidence = _admin_country(admin, locate, named), admin_evidence
    if mention is None and summary is not None and "_country_mention" in summary.values:
        mention, mention_evidence = summary.values["_country_mention"], summary.evidence["_country_mention"]
    names = values.pop("_names", [])
    for private in (
        "_abduction",
        "_suicide",
        "_two_sided",
        "_killed_hedged",
        "_injured_hedged",
        "_killed_who",
        "_injured_who",
        "_attackers_counted",
    ):
        values.pop(private, None)
        draft.evidence.pop(private, None)
    located: dict[str, Any] = {}
    if values.get("place") and locate is not None:
        try:
            located, note = locate(values["place"], mention, named=frozenset(named or ()))
        except TrackerError as exc:
            located, note = {}, str(exc)
        if note:
            draft.notes.append(note)
        if located and mention is None and named is not None and located.get("country") not in named:
            draft.notes.append(
                f"Place {values['place']!r} matched {located.get('location')} ({located.get('country')}), "
                "a country the article never names: not geocoded."
            )
            located = {}
    for name, value in located.items():
        values[name] = value
        draft.evidence[name] = draft.evidence["place"]
    if not values.get("country") and mention:
        values["country"] = mention
        draft.evidence["country"] = mention_evidence or ""
    if not values.get("country") and names and locate is not None:
        found = _country_of_names(names, locate, named)
        if found:
            values["country"] = found[0]
            draft.evidence["country"] = draft.evidence.get("description", "")
            draft.notes.append(f"Country from {found[1]!r}, named in the report of the event.")
    if values.get("victim_nationality") and values.get("victim_nationality") == values.get("country"):
        # Nationals hit in their own country: the nationality tells nothing the country does not.
        values.pop("victim_nationality")
        draft.evidence.pop("victim_nationality", None)
    if not values.get("geo_precision"):
        if values.get("place") and values.get("country"):
            near = re.match(r"(?:near|outside|on the outskirts|in the vicinity)", values["place"])
            values["geo_precision"] = "near" if near else "unknown"
        elif values.get("country"):
            values["geo_precision"] = "country"
    if values.get("geo_precision"):
        draft.evidence.setdefault("geo_precision", draft.evidence.get("place") or draft.evidence.get("country", ""))
    draft.values = {k: v for k, v in values.items() if v is not None}
