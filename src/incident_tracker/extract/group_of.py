"""The doer told as "a group of" men: the whole noun phrase with its collective head is the actor (issue 14).

The seventh rulings (*The outer or the inner noun phrase as the actor*) code the whole noun phrase the act's sentence
gives the doer, its count or collective head kept: "a group of khwarij", "A large group of Taliban fighters". The
reader took the name inside ("khwarij"), which the actor dictionary then wrote as its canonical name
("Tehrik-i-Taliban Pakistan"): a name whose words are none of the coded phrase's, so the inner reading missed the
doer the text gave (the ISPR's "a group of khwarij trying to cross", Business Recorder 134, Daily Times 183, Mehr
241). So, before the dictionary names the actor, a doer's phrase that its own sentence opens with an indefinite
article and a collective noun of men ("a group of", "an armed band of", "a large number of") is widened to that
whole phrase, as the sentence wrote it. Only the band nouns (group, band, gang, number): "members of the outlawed
TTP" or "a unit of the border guards" name a party of a known body, which the dictionary's name keeps whole
(MNN News 181's "members of the outlawed Tehreek-e-Taliban Pakistan", coded by the body's other name), and a
"force" or "unit" of a state is the state's forces, which the dictionary dates.
"""

from __future__ import annotations

import re

from .draft import Draft

#: "a group of ", "A large group of ", "an armed band of ", "a large number of well-armed ": the head, its article, and
#: up to two words that tell its size or arms, right before the doer's own words.
_HEAD = re.compile(
    r"(?<![\w-])(?:an?|one)\s+(?:(?:large|small|big|sizeable|sizable|heavily|well-armed|armed)\s+){0,2}"
    r"(?:group|band|gang|number)\s+of\s+(?:(?:heavily|well-armed|armed)\s+)?$",
    re.IGNORECASE,
)


def group_head(sentence: str, phrase: str) -> str | None:
    """The whole phrase "a group of <phrase>" when ``sentence`` tells ``phrase`` right after such a head, else None."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", sentence, re.IGNORECASE):
        head = _HEAD.search(sentence, 0, found.start())
        if head:
            return sentence[head.start() : found.end()]
    return None


def group_whole(draft: Draft) -> None:
    """Widen the doer's phrase to its collective head's whole noun phrase (see the module); the evidence stays."""
    written = draft.values.get("perpetrator")
    sentence = draft.evidence.get("perpetrator")
    if not isinstance(written, str) or not sentence:
        return
    whole = group_head(sentence, written)
    if whole and whole != written:
        draft.values["perpetrator"] = whole
        draft.notes.append(f"Perpetrator {written!r} read with its head, {whole!r}, as the coding has it (.group_of).")
