"""Another attack told after an undated lead, set apart and with its own toll: its own draft, beside the lead's.

"Nine border troops were killed when gunmen stormed two posts", then, in a paragraph of its own, "Separately,
officials of another province said six soldiers lost their lives in an attack on a checkpoint there": a report with
no day for either tells two incidents. :func:`.told_apart.far_apart` already keeps such a paragraph out of the
lead's draft (its toll, weapon and place would be wrong there); the codebook counts it as an incident of its own, so
it is drafted too, dated as the lead is (the week up to the statement, or before publication: never a made-up day),
since the report sets it beside the lead's news ("Separately", "Elsewhere", "The same day") and gives it no older
day.

What it is not: a set-apart paragraph with no toll of its own (a statement, a reaction) drafts nothing, for a
toll is what the codebook asks of an incident told in passing; nor does a paragraph of a dated report, whose
set-apart sentences the reader drafts by their own day. Two kinds need no toll, for the act itself is the incident:
ground taken, and the same side's other act of force told "also" in a place the lead never named ("He said Taliban
fighters had also taken five Pakistani military posts in the Dand Patan area", IANS 1237: :mod:`.also_elsewhere`),
as the coders record every such sentence of dev (extract178).
"""

from __future__ import annotations

from .also_elsewhere import also_elsewhere
from .another_event import names_any, taken_names
from .another_fight import tells_another_fight
from .draft import Draft
from .parties import claim_of_the_group_named
from .reader import Reader
from .sentences import Sentence

#: The note of a draft set apart from the lead: another event, which takes nothing of the lead's (see .lead_blame).
LEAD_APART = "Another attack told after the lead, set apart: dated as the lead is."
#: The lead's date fields, given to the set-apart incident as they stand.
_DAY = ("event_date", "event_date_end", "date_precision")


def set_apart_drafts(reader: Reader, lead: Draft, sentences: list[Sentence]) -> list[Draft]:
    """The drafts of the set-apart paragraphs an undated report told after its lead (``lead``, already dated), of
    the article's ``sentences``."""
    drafts: list[Draft] = []
    taken: Draft | None = None
    told = " ".join(text for _, text in reader.summary)  # the lead's own sentences (the set-apart ones are not)
    for sentence, text in reader.set_apart:
        if taken is not None and not taken_names(text, "") and names_any(reader.taken_apart, text):
            reader.read(taken, sentence, text)  # "Fighting has gone on in Dasht; …": the capture's, told on
            continue
        draft = Draft()
        reader.read(draft, sentence, text)
        taken = draft if taken_names(text, "") else None
        acted = also_elsewhere(text, told)  # "had also taken five posts in the Dand Patan area": an act of force
        acted = acted or tells_another_fight(text)  # "A second clash … took place": a fight told (.another_fight)
        if not any(name in draft.values for name in ("killed", "injured")) and taken is None and not acted:
            continue  # no toll of its own, nor ground taken, nor an act of force: a statement or a reaction
        for name in _DAY:
            if name in lead.values:
                draft.values[name] = lead.values[name]
                draft.evidence[name] = lead.evidence.get(name, sentence.text)
        # "…, and the group claimed it": the claim told in its own sentence, with its group named there (the lead's
        # claim is the lead's: wrong is worse than empty)
        claim_of_the_group_named(draft, sentences, set(), own_only=True)
        draft.notes.append(LEAD_APART)
        reader.clash_words[id(draft)] = reader.clash_words.get(id(draft), False)
        drafts.append(draft)
    return drafts
