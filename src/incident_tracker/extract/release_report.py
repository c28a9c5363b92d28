"""The abduction a report of hostages tells on its own earlier day: drafted, though the day is old.

A report of the hostages' release (or of news of them) tells the kidnapping months back, with its own day: "Seventeen
men held … for 155 days have been freed" and then "Unidentified gunmen kidnapped the 17 tribesmen … on September 4,
2017, while they were mending a water scheme in Anzar Naw" (The Nation 368); "Four of the five Iranian border guards
kidnapped by the Jaish-ul-Adl group have reportedly been set free" and "Jaish-ul-Adl fighters seized the five guards
in the Jakigour region … on February 6" (Khabar Online 481; Mehr 482, of the claimed execution). The coders code that
abduction on its own day. The reader keeps a day more than :data:`.event_days.BACKGROUND_DAYS` old out of every draft,
the guard that keeps a report's history out; here it is let through, and only here:

- the report's lead (its first two sentences) tells the hostages: freed, released, set free, or "kidnapped" guards
  or men;
- the sentence tells the seizing itself ("kidnapped", "abducted", "seized") with a calendar day (month and day)
  at least a week before the report, and no other sentence does (one abduction told; a dateline's day is the
  report's own);
- no draft of the report is already an abduction on that day. A draft the reader made of that sentence alone, on
  that day, is the same abduction read without the report's frame (its type is not set yet at this step): it is
  read anew in place, not kept beside a second one (The Nation 368 was drafted twice). Mehr 482's other draft (the
  denial of a hostage's execution, dated by the week of the denial) takes in more sentences and a toll: left alone.

The draft is an abduction (``Violence against civilians``), its place as the sentence names it, its victims by their
noun (guards are ``border_guards``; men, tribesmen, villagers ``civilians``), its weapon unknown (the default). A
group the actor dictionary knows, named in the sentence, is its actor: ``claimed`` when the report tells the group's
own word ("the group later said", "announced … by the group itself", a post of the group's), else ``alleged``; with
no group, ``unattributed``.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import MONTHS, find_dates
from .draft import Draft, country_code
from .groups import known_group
from .place import read_place
from .sentences import Sentence
from .vocab import target_type

#: The lead telling hostages: freed, released, set free, or kidnapped guards or men. A statement, a video or a
#: list "released" is news of no hostage: the lead's "The army released a statement" must not let a kidnapping
#: told as background through.
_HOSTAGES = re.compile(
    r"\b(?:freed|released(?!\s+(?:a|an|its|their|the|his|her)\s+(?:\w+\s+)?(?:statement|video|footage|report|"
    r"photos?|pictures?|images?|list|figures|details|names|audio|message|recording)\b)|set\s+free|(?:kidnapped|abducted)\s+(?:[\w-]+\s+){0,2}(?:guards|men|tribesmen|soldiers)|"
    r"(?:guards|men|tribesmen|soldiers)\s+(?:kidnapped|abducted)\s+by)\b",
    re.IGNORECASE,
)
#: The seizing itself, with whom: "kidnapped the 17 tribesmen", "seized the five guards", "were abducted by".
_SEIZING = re.compile(
    r"\b(?:kidnapped|abducted|seized)\s+(?:the\s+)?(?:(?:\d+|[a-z]+)\s+)?(?:[A-Z][a-z]+\s+)?(?P<noun>[a-z]+)\b|"
    r"\b(?P<noun2>guards|men|tribesmen|soldiers|villagers)\s+were\s+(?:abducted|kidnapped|seized)\b"
)
#: The group's own word on the hostages.
_GROUP_SAID = re.compile(
    r"\bthe\s+group\s+(?:later\s+|itself\s+)?(?:said|announced|claimed)\b|\bby\s+the\s+[\w\s]{0,20}group\s+itself\b|"
    r"\bthe\s+group\s+said\b|\b(?:its|the\s+group's)\s+(?:Twitter|weblog|website|Telegram)\b|\bthe\s+group\s+made\b",
    re.IGNORECASE,
)
_CIVILIAN_NOUNS = re.compile(r"(?:tribesmen|men|villagers|people|workers|labourers|residents)")
#: The neighbour named across the line: "on the border with Pakistan".
_BORDER_WITH = re.compile(r"\bborder\s+with\s+(?P<country>[A-Z][a-z]+)\b")
#: A calendar day: a month's name and a day (the months as :mod:`.dates` reads them).
_MONTH_NAME = "|".join(sorted((month.capitalize() for month in MONTHS), key=len, reverse=True))
_CALENDAR = re.compile(rf"\b(?:{_MONTH_NAME})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTH_NAME})\b")


def release_report(drafts: list[Draft], sentences: list[Sentence], published: dt.date) -> list[Draft]:
    """The drafts, with the abduction a hostage report dates on its own old day (see the module)."""
    if not any(_HOSTAGES.search(s.text) for s in sentences[:2]):
        return drafts
    told = [s for s in sentences if _SEIZING.search(s.text) and _CALENDAR.search(s.text)]
    days = [
        (s, d)
        for s in told
        for d in find_dates(s.text, published)[:1]
        if d.precision == "day" and not d.reporting and d.start <= published - dt.timedelta(days=7)
    ]
    if len(days) != 1:
        return drafts
    sentence, day = days[0]
    if any(
        d.values.get("sub_event_type") == "Abduction/forced disappearance"
        and d.values.get("event_date") == day.start.isoformat()
        for d in drafts
    ):
        return drafts
    abduction = _abduction(sentence, day.start, sentences)
    for draft in drafts:
        if _same_abduction(draft, sentence, day.start):
            # the reader's own draft of that sentence alone, on that day, is this abduction read without the report's
            # frame (its type is not set yet at this step): read anew in place, not drafted beside it (The Nation
            # 368). In place, not replaced: the draft may be the article's summary, and a new draft beside it would
            # take the summary's country, the captivity's ("held … in Afghanistan"), for the abduction's own
            for name in ("values", "evidence", "notes", "sentences"):
                setattr(draft, name, getattr(abduction, name))
            return drafts
    return [*drafts, abduction]


def _same_abduction(draft: Draft, sentence: Sentence, day: dt.date) -> bool:
    """Whether the reader's ``draft`` is the abduction the seizing ``sentence`` tells on ``day`` (see the module)."""
    return draft.values.get("event_date") == day.isoformat() and draft.sentences == [sentence.index]


def _abduction(sentence: Sentence, day: dt.date, sentences: list[Sentence]) -> Draft:
    draft = Draft()
    seizing = _SEIZING.search(sentence.text)
    noun = (seizing.group("noun") or seizing.group("noun2")) if seizing else ""
    kind = target_type(noun) or ("civilians" if _CIVILIAN_NOUNS.fullmatch(noun) else None)
    for name, value in (
        ("event_date", day.isoformat()),
        ("date_precision", "day"),
        ("event_type", "Violence against civilians"),
        ("sub_event_type", "Abduction/forced disappearance"),
        ("description", sentence.text),
        ("victims", noun or None),
        ("target_type", kind),
    ):
        draft.set(name, value, sentence)
    read_place(draft, sentence, sentence.text)
    beyond = _BORDER_WITH.search(sentence.text)
    if beyond and country_code(beyond.group("country")) == draft.values.get("_country_mention"):
        # "in the Jakigour region on the border with Pakistan" (Mehr 482): the neighbour across, not the scene's
        draft.forget("_country_mention")
    group = known_group(sentence.text, non_state=True)
    if group:
        said = any(_GROUP_SAID.search(s.text) for s in sentences)
        draft.set("attribution", "claimed" if said else "alleged", sentence)
        draft.set("perpetrator", group, sentence)
    draft.sentences = [sentence.index]
    draft.notes.append("The abduction a report of its hostages tells on its own earlier day: drafted on that day.")
    return draft
