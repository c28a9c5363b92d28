"""Another clash told after the report's first, in a later paragraph: an incident of its own (issue 14, incidents
missed).

The border services' statements often tell two fights of the week, the first in the lead and the second further on:
"There was another clash at the Panj crossing, some 50 kilometres further west" (Eurasianet 313), "The guards
stopped another breakthrough by drug smugglers on the Panj stretch of the border" (Regar/Asia-Plus 923), "A second
clash with a group of smugglers took place during an operation of the interior ministry" (Titus/RIA Novosti 1317),
"A second skirmish broke out on Sunday, November 20" (Amu 390). The coders code each second fight as an incident of
its own (all four reports: two incidents), and the reader read each into the first (or, dated three days on and
not set apart by "In a separate …", as earlier news): the second incident was missed every time, and the held-back
rounds 73 and 92 first read 923 and 1317 so.

So a sentence of a later paragraph that tells "another" or "a second" clash, fight, shootout, skirmish,
breakthrough or crossing attempt, after the report has drafted its first incident, opens an incident of its own:
that sentence and the rest of its paragraph are read into it. It is dated by its own day when it gives one within
the report's week ("broke out on Sunday, November 20"), else as the first incident is when that one has only a week
or a few days ("two attempts … this week"), else as the week up to the report (the statements give the second fight
no day: never a made-up one), and it is an armed clash.

What it is not: the lead's "another attempt" ("Tajik border guards have stopped another attempt by traffickers",
RFE/RL 214) is the report's own event, told against earlier news, so neither the body's first paragraph nor the one
the first incident is first told in is read so (a deck or a caption may come before the lead); nor a
sentence that tells the second fight with a year or as a plan, a fear or a denial ("could spark another clash"), nor
a second fight already drafted on its own (its sentence starts a draft).
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate, find_dates
from .draft import Draft
from .fight_told import NOT_TOLD, YEAR
from .reader import Reader
from .sentences import Sentence

#: The note of a draft read so.
ANOTHER_CLASH = "Another clash told after the first, in a later paragraph: an incident of its own."
#: "another clash", "a second skirmish", "another breakthrough", "a further attempt to cross".
_ANOTHER = re.compile(
    r"\b(?:another|a\s+second|a\s+further|one\s+more)\s+(?:(?:armed|fierce|brief|heavy)\s+)?"
    r"(?:clash|fight|firefight|gunfight|shoot-?out|skirmish|exchange\s+of\s+(?:fire|gunfire)|breakthrough|"
    r"incursion|crossing\s+attempt|attempt\s+to\s+(?:cross|break))\b",
    re.IGNORECASE,
)
#: The lead's date fields, and the precisions a statement's week gives them: the second fight is dated as the lead is.
_DAY = ("event_date", "event_date_end", "date_precision")
_VAGUE = ("days", "week")
#: How many days before the report (or its dateline's day) a second fight's own day may lie: the report's week.
_WEEK = 7


def another_clash(reader: Reader, body: list[tuple[Sentence, str]], anchor: dt.date) -> list[Draft]:
    """The drafts of the second fights told after the report's first incident (see the module), added to
    ``reader.drafts``; their sentences are taken out of the background (a second fight's day is no earlier news). The
    first incident keeps what it had read of them: its values were set first, and its later readings stay as they
    were."""
    if not reader.drafts:
        return []
    started = {draft.sentences[0] for draft in reader.drafts if draft.sentences}
    # the first incident's own first paragraph (or the body's, when it read none) tells the report's event, "another"
    # or not
    lead_paragraph = max(body[0][0].paragraph, min((reader.paragraph_of.get(i, -1) for i in started), default=-1))
    added: list[Draft] = []
    for at, (sentence, text) in enumerate(body):
        found = _ANOTHER.search(text)
        if found is None or sentence.paragraph <= lead_paragraph or sentence.index in started:
            continue
        if YEAR.search(sentence.text) or NOT_TOLD.search(text[max(0, found.start() - 60) : found.start()]):
            continue
        told = [(sentence, text)] + [
            (later, words)
            for later, words in body[at + 1 :]
            if later.paragraph == sentence.paragraph and not _ANOTHER.search(words)
        ]
        day, first = _own_day(text, reader.published, anchor), reader.drafts[0]
        if day is None and sentence.index in {one.index for one in reader.background}:
            continue  # "In May there was another clash …": earlier news, unless it tells a day of the report's week
        draft = Draft()
        if day is not None:
            draft.set("event_date", day.start.isoformat(), sentence)
            draft.set("event_date_end", day.end.isoformat() if day.end else None, sentence)
            draft.set("date_precision", day.precision, sentence)
        elif first.values.get("date_precision") in _VAGUE:  # "two attempts this week": both dated as the lead is
            for name in _DAY:
                draft.values[name], draft.evidence[name] = first.values.get(name), first.evidence.get(name, "")
        else:
            draft.date_week_up_to(anchor, sentence.text)
        for one, words in told:
            reader.read(draft, one, words)
        indices = {one.index for one, _ in told}
        reader.background = [one for one in reader.background if one.index not in indices]
        draft.notes.append(ANOTHER_CLASH)
        reader.clash_words[id(draft)] = True
        added.append(draft)
    reader.drafts.extend(added)
    return added


def _own_day(text: str, published: dt.date, anchor: dt.date) -> FoundDate | None:
    """The second fight's own day, when its sentence tells one of the report's week (not a day of saying)."""
    for found in find_dates(text, published, anchor):
        if found.reporting:
            continue
        if anchor - dt.timedelta(days=_WEEK) <= found.start <= anchor:
            return found
    return None
