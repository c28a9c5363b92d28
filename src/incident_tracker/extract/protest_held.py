"""A protest that is the report's news: ACLED's *Peaceful protest*, drafted when nothing else is.

The codebook's taxonomy holds protests as events (``Protests`` → ``Peaceful protest``), and the corpus codes them
(the Kunar protest, 129; the villagers of Aksy district, round 65's 851). The reader drafts only what a violence word
or a told happening starts, so a dated gathering with demands ("On August 23 they gathered near the district
government headquarters and demanded that the authorities settle the dispute") drafted nothing, and an undated
shooting told as the place's past stood in its place. Drafted here, only when the report has no other draft:

- a sentence of the report (not background) in which a crowd (residents, villagers, locals, people, protesters,
  demonstrators, hundreds or thousands of them, or "they") gathers, rallies, marches, protests, takes to the streets
  or stages or holds a protest, rally, demonstration or sit-in;
- with a protest word (protest, demonstration, rally, demand, slogans, sit-in) in it or in the sentence just before;
- with one calendar day within the report's background window (a day the reader takes for a statement's, as in
  "gathered … and demanded" on it, is the crowd's own here: the crowd is the one that speaks), and no violence
  word (a protest with stones or shots is read by the reader, as a riot or worse).

A state's protest ("Pakistan lodged a protest", "the ministry protested") has no crowd and is never read. The draft
is dated by that day, placed by the sentence or, failing it, by the sentence before that tells the protest; no actor,
no weapon, no target (the defaults say so).
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates
from .draft import Draft
from .place import read_place
from .sentences import Sentence
from .vocab import VIOLENCE

_CROWD = (
    r"(?:residents|villagers|locals|people|protesters|protestors|demonstrators|farmers|traders|students|"
    r"hundreds|thousands|dozens|they)"
)
_GATHERED = re.compile(
    rf"\b{_CROWD}\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:gathered|rallied|marched|protested|demonstrated|"
    r"took\s+to\s+the\s+streets|(?:staged|held)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:protest|rally|demonstration|sit-in))\b",
    re.IGNORECASE,
)
_PROTEST_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied)|demand\w*|slogans|sit-in)\b", re.IGNORECASE)


def protest_held(
    drafts: list[Draft], sentences: list[Sentence], background: set[int], published: dt.date, window: int
) -> list[Draft]:
    """The drafts, with a peaceful protest when the report tells one and drafts nothing else (see the module)."""
    if drafts:
        return drafts
    for sentence in sentences:
        if sentence.index in background or VIOLENCE.search(sentence.text) or not _GATHERED.search(sentence.text):
            continue
        before = sentences[sentence.index - 1] if sentence.index > 0 else None
        if not _PROTEST_WORD.search(sentence.text) and not (before and _PROTEST_WORD.search(before.text)):
            continue
        days = {
            d.start
            for d in find_dates(sentence.text, published)
            if d.precision == "day" and published - dt.timedelta(days=window) <= d.start
        }
        if len(days) != 1:
            continue
        return [_protest(sentence, days.pop(), before)]
    return drafts


def _protest(sentence: Sentence, day: dt.date, before: Sentence | None) -> Draft:
    draft = Draft()
    for name, value in (
        ("event_date", day.isoformat()),
        ("date_precision", "day"),
        ("event_type", "Protests"),
        ("sub_event_type", "Peaceful protest"),
        ("description", sentence.text),
    ):
        draft.set(name, value, sentence)
    read_place(draft, sentence, sentence.text, sides=False)
    if "place" not in draft.values and before is not None and _PROTEST_WORD.search(before.text):
        read_place(draft, before, before.text, sides=False)
    draft.sentences = [sentence.index]
    draft.notes.append("A protest told as the report's news, with no violence: a peaceful protest.")
    return draft
