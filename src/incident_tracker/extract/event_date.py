"""A draft's day told after its lead: the finer date a later sentence of the same incident gives.

A report often opens with the week of the statement ("the army said on Saturday",
"last week") and tells the event's own day further down ("The clash took place on
Tuesday", "the night between December 19 and 20"). Such a day replaces the draft's
vaguer date when three things hold:

- the sentence is about the same incident: the reader gave it to this draft, or it
  names the draft's place, repeats its toll, or refers back to it ("the attack",
  "the incident", "it took place"; not "where clashes have happened over the years");
- the day lies within the draft's span (a week's day, not "last year" or "in 2021"),
  and the sentence is not background ("a similar incident", "in another attack");
- every such sentence gives the same day: two different days leave the vaguer date,
  since a wrong day is worse than a week.
"""

from __future__ import annotations

import datetime as dt
import re

from .casualties import find_tolls
from .dates import FoundDate, find_dates
from .draft import Draft
from .place_patterns import FUNERAL_OF
from .sentences import Sentence
from .talks_day import talks_day
from .vocab import COUNTRY_NAMES, DEMONYMS

#: Precisions a day is finer than.
VAGUE = ("week", "month")

#: An explicit back-reference to the incident already told.
_BACK_REFERENCE = re.compile(
    r"\b(?:the|that|this)\s+(?:\w+\s+)?(?:attack|clash(?:es)?|incident|shooting|firing|skirmish|ambush|"
    r"firefight|exchange of fire|fighting|infiltration(?: bid| attempt)?)\b|"
    r"\b(?:it|which)\s+(?:took place|happened|occurred|erupted|broke out)\b",
    re.IGNORECASE,
)

#: An attack on a post or a convoy, told with the kind of target: "tried … to storm the Mali Khel checkpost".
_STRUCK = re.compile(
    r"\b(?:storm(?:ed)?|attack(?:ed)?|raid(?:ed)?|ambush(?:ed)?|target(?:ed)?)\s+(?:the\s+|an?\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?P<what>check\s?post|post|convoy|camp|police\s+station)s?\b",
    re.IGNORECASE,
)
#: Background or another incident: its day dates nothing of this draft's.
_NOT_THIS = re.compile(
    r"\b(?:similar|another|other|separate(?:ly)?|earlier|previous|last (?:year|month)|ago|since|"
    r"in \d{4}|anniversary)\b",
    re.IGNORECASE,
)

#: Words of a place phrase that say nothing about which place it is: kind and compass words,
#: and the countries and their peoples the vocabulary knows.
_GENERIC = re.compile(
    r"border|frontier|area|district|province|region|village|town|city|sector|side|post|checkpost|valley|"
    r"country|india|(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|"
    + "|".join(sorted({*COUNTRY_NAMES, *DEMONYMS}, key=len, reverse=True)),
    re.IGNORECASE,
)


def refine_dates(
    drafts: list[Draft], sentences: list[tuple[Sentence, str]], published: dt.date, anchor: dt.date
) -> None:
    """Give each draft dated only by a week (or month) the day a later sentence of it tells, if one."""
    taken = {(d.values.get("event_date"), d.values.get("event_date_end")) for d in drafts}
    for draft in drafts:
        if draft.values.get("date_precision") not in VAGUE:
            continue
        days = [
            (sentence, found)
            for sentence, text in sentences
            if (found := _day_of(draft, sentence, text, published, anchor)) is not None
        ]
        keys = {found.key for _, found in days}
        if len(keys) != 1:
            continue  # none, or two different days: the vaguer date stands
        sentence, found = days[0]
        if (found.start.isoformat(), found.end.isoformat() if found.end else None) in taken:
            continue  # another draft's day: this sentence tells that one
        give_day(draft, found, sentence)
        draft.notes.append(f"Dated by a later sentence of the same incident ({found.text}).")


def give_day(draft: Draft, found: FoundDate, sentence: Sentence) -> None:
    """Date a week's draft to the finer day (or days) ``found`` in ``sentence``, its old span dropped."""
    draft.set("event_date", found.start.isoformat(), sentence, replace=True)
    draft.values.pop("event_date_end", None)
    draft.evidence.pop("event_date_end", None)
    draft.set("event_date_end", found.end.isoformat() if found.end else None, sentence)
    draft.set("date_precision", found.precision, sentence, replace=True)


def _day_of(draft: Draft, sentence: Sentence, text: str, published: dt.date, anchor: dt.date) -> FoundDate | None:
    """The one event day a sentence of this draft gives within its span, or None."""
    values = draft.values
    start = dt.date.fromisoformat(values["event_date"])
    end = dt.date.fromisoformat(values.get("event_date_end") or values["event_date"])
    if draft.evidence.get("event_date") == sentence.text or _NOT_THIS.search(text):
        return None
    if draft.sentences and sentence.index < min(draft.sentences) and draft.evidence.get("place") != sentence.text:
        # told before the incident's own first sentence: another's (a roundup's earlier capture), unless the
        # draft read its place there ("took the port … late on Wednesday night", then "The port fell to …", 1585)
        return None
    # "speaking at the funeral of H.T., who was killed the day before" (710): another death's day
    text = FUNERAL_OF.sub("", text)
    days = [
        d
        for d in find_dates(text, published, anchor)
        if not d.reporting and d.precision in ("day", "days") and start <= d.start <= end
    ]
    if len({d.key for d in days}) != 1 or not _same_incident(draft, sentence, text):
        return None
    if talks_day(text, days, list(_BACK_REFERENCE.finditer(text))):
        return None  # "officials met on June 10 to talk about the incident": the talks' day, not the incident's
    return days[0]


def not_this_incident(text: str, days: list[FoundDate]) -> bool:
    """Whether a sentence's days are another event's or a meeting's: background words ("similar", "earlier",
    "in 2021") or talks about the incident on their day (see :func:`.talks_day.talks_day`)."""
    return _NOT_THIS.search(text) is not None or talks_day(text, days, list(_BACK_REFERENCE.finditer(text)))


def _same_incident(draft: Draft, sentence: Sentence, text: str) -> bool:
    """Whether a sentence speaks of this draft: read into it, or naming its place, toll or itself."""
    if sentence.index in draft.sentences or _BACK_REFERENCE.search(text):
        return True
    place = str(draft.values.get("place") or "")
    words = {w for w in re.findall(r"[A-Z][\w-]{3,}", place) if not _GENERIC.fullmatch(w)}
    if words and any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
        return True
    # "were seized on Friday near the border by Afghan smugglers", after "kidnapped by Afghan smugglers … last week"
    # (729): the act told again by its actor, named as the draft names it (two words or more, never "militants")
    actor = str(draft.values.get("perpetrator") or "")
    if len(actor.split()) > 1 and re.search(rf"\bby\s+(?:the\s+)?{re.escape(actor)}\b", text, re.IGNORECASE):
        return True
    counts = {(t.what, t.casualties.best) for t in find_tolls(text) if t.casualties.best}
    if any(draft.values.get(what) == best for what, best in counts):
        return True
    # "a joint security checkpost … was attacked", then "militants tried on November 19 to storm the Mali Khel
    # checkpost" (Tribal News Network 544): the same kind of target, attacked again in the telling
    struck = _STRUCK.search(text)
    lead = draft.evidence.get("place") or ""
    return struck is not None and re.search(rf"\b{re.escape(struck.group('what'))}", lead, re.IGNORECASE) is not None
