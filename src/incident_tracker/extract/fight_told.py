"""A fight told with no toll and no weapon: an incident all the same (issue 14, incidents missed).

A report with no dated event is drafted from its lead only when the lead gives a toll or a weapon (or ground taken,
:mod:`.territory`): a report of talks that names "clashes" in passing must give no incident. But the border
services' seizure statements tell their fights with neither: "the border guards had clashed with a group of armed
bandits at the zero point of the border, and … weapons and ammunition had been seized" (Rouydad24/IRNA 1433), "they
fought for an hour, then abandoned their load and fled" (Tasnim 1434), "A fight followed, after which the border
violators dropped their load" (RIA Novosti 1320). Each is an armed clash the coders code (no toll, the week up to
the report), and each went undrafted: the held-back rounds 92 and 96 first read them so, and three more seizure
reports of the rounds (Regnum 920, Sputnik 924, Titus 1317) were drafted only for a day or a toll they also told.

So a lead sentence that tells a fight as having happened keeps the lead as an incident: a fight verb in the past
with its side ("had clashed with", "fought for an hour", "exchanged fire"), a fight noun that "followed" or "broke
out", or the fight named as where something was found or hit ("recovered in the clash", "in the shootout that
followed", "at the site of the fight"). Never a fight told with a year (an earlier one: "closed after clashes …
in 2021"), as a habit or a record ("has seen clashes", "often clash", "have fought for years"), as something to
prevent or to come ("to prevent a clash", "could clash"), or denied ("no clash took place").
"""

from __future__ import annotations

import re

from .reader_patterns import _HABIT, YEARS_LONG
from .sentences import Sentence

_FIGHT_NOUN = r"(?:fight|firefight|gunfight|gun\s*battle|shoot-?out|clash|skirmish|exchange\s+of\s+(?:fire|gunfire))"
#: The fight told as an act of the past: "had clashed with", "fought for an hour", "A fight followed", "in the clash".
_FOUGHT = re.compile(
    r"\b(?:(?:had\s+)?clashed\s+with|fought\s+(?:with|for|against|back|them|the)|exchanged\s+(?:fire|gunfire|shots)|"
    r"traded\s+(?:fire|gunfire)|"
    rf"(?:a|an)\s+(?:\w+\s+)?{_FIGHT_NOUN}\s+(?:followed|ensued|broke\s+out|erupted|took\s+place)|"
    rf"(?:in|during)\s+the\s+(?:ensuing\s+)?{_FIGHT_NOUN}\b(?!\s+of\s+(?:19|20)\d\d)|"
    rf"at\s+the\s+(?:site|scene)\s+of\s+the\s+{_FIGHT_NOUN})",
    re.IGNORECASE,
)
#: What makes the fight not this report's act: a year told (an earlier fight), a record, a plan, a fear, a denial.
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_NOT_TOLD = re.compile(
    r"\b(?:has|have)\s+(?:also\s+)?(?:seen|fought|clashed|exchanged)\b|"
    r"\b(?:to\s+(?:prevent|avoid|stop)|would|could|might|may|will|threat\w*|feared?|risk|plann?\w*|"
    r"no|not|never|den(?:y|ied|ies)|rejected)\b",
    re.IGNORECASE,
)


def fight_of_the_lead(lead: list[tuple[Sentence, str]]) -> Sentence | None:
    """The first sentence of the lead (the sentences before any dated event, less their background) that tells a
    fight as having happened, or None: the lead is then an incident, an armed clash, though it gives no toll and no
    weapon."""
    for sentence, text in lead:
        if _YEAR.search(sentence.text) or YEARS_LONG.search(sentence.text):
            continue  # "closed after clashes … in 2021", "have fought for ten years": another time's fighting
        for found in _FOUGHT.finditer(text):
            if _HABIT.search(text[max(0, found.start() - 40) : found.start()]):
                continue  # "smugglers now and then clash with the guards"
            if not _NOT_TOLD.search(text[max(0, found.start() - 60) : found.start()]):
                return sentence
    return None
