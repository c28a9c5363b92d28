"""A border guard's nationality only beside another state's force: without one, never right on new reports.

Issue 14 (extract168), the first preference of the brief: abstain on a reading path that was wrong out of sample.
``bench/extract_first_scores.py --rounds 40-92`` labels each proposed target with its nationality; *border guards
with a nationality* were right 0 times of 4 on the held-back rounds' dev reports read by the code of their day (RFE/RL
674, Trend 901, RIA Novosti 931, the Los Angeles Times 936) and 1 of 6 on all of dev read by today's (Asia-Plus 383
right; 446, 674, 931, 936 and NEWSru 1195 wrong). The coders leave the guards' nationality empty wherever their foe
is no state's force: guards at home fired on by smugglers (901), the Kyrgyz guards that Sokh's residents attacked
(674), the Russian guards of Tajikistan's frontier under fire from the far bank (1195) — the codebook's "nationals
hit in their own country", and a frontier force counted as the frontier's own. They keep it where one state's guards
killed another's ("Tajik border guards had killed an Uzbek border guard", 383): the nationality is then what tells
the two sides apart.

So a draft whose target is ``border_guards`` with a nationality keeps it only when its own sentences (not the
report's background) name a state's force of another nationality (:func:`.actors.forces_named`); otherwise the
nationality is left empty, the target kept. Run with the finished readings (:func:`.draft_passes.read_each_finished`),
after those that set the target and the nationality.
"""

from __future__ import annotations

from .actors import forces_named
from .draft import Draft
from .sentences import Sentence
from .vocab import DEMONYMS


def guards_nationality(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Leave a border guard's nationality empty when no other state's force is named (see the module)."""
    nationality = draft.values.get("victim_nationality")
    if draft.values.get("target_type") != "border_guards" or not nationality:
        return
    for index in dict.fromkeys(draft.sentences):
        if index in background or index >= len(sentences):
            continue
        for words in forces_named(sentences[index].text).values():
            states = {DEMONYMS[word.lower()] for word in words.split() if word.lower() in DEMONYMS}
            if states - {nationality}:
                return  # another state's force: the nationality tells the two sides apart
    draft.values.pop("victim_nationality")
    draft.evidence.pop("victim_nationality", None)
    draft.notes.append(
        f"Victims' nationality {nationality} left empty: border guards with no other state's force named "
        "(never right on new reports; .guards_nationality)."
    )
