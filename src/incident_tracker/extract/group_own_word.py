"""A group that another side blamed telling the act as its own: the blame becomes the group's claim.

"The Taliban said they had carried out a coordinated attack on a series of government checkpoints" (Times of
Islamabad 1003), "The Taliban, for their part, said in a statement that they had overrun four check-posts" (Asia-Plus
1204): the group says *they* did it, with a verb of taking ground ("overrun", "captured", "taken") or "carried out",
which :mod:`.group_said_it` (killed, attacked, ambushed …) and :data:`.claim_patterns._SAID_IT_DID` ("it carried out",
"they were behind") leave out. The plain "said they had carried out" is kept out of the sentence-by-sentence claim
reading on purpose: in a lead it gave the claim to the first-named group where a faction claimed it later (Mid-Day
647). Read here instead, after every other reading, and only to strengthen a blame already read: the draft's
attribution is ``alleged`` and its actor is the same group the sentence names (another group's words, or a group the
draft does not blame, change nothing), the sentence is one of the draft's own, not background, and no denial or
"not" sits in the claim. The codebook: the group itself claiming it is ``claimed``; the group is the accuser too.
(issue 14; rounds 89's dev part showed the shape first-time missed, in two dev reports of two outlets, and 984's
"the Taliban … said they had taken the districts" is another incident's, which the actor check leaves alone.)
"""

from __future__ import annotations

import re

from .claim_patterns import NOT_OWN
from .draft import Draft
from .groups import known_group
from .sentences import Sentence

#: The group, an aside ("for their part"), what it said, "they" and a verb of the act or of ground taken.
_THEY_DID = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?:,[^,.;]{1,40},)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|claimed|announced)\b[^.;]{0,40}?\s+(?:that\s+)?"
    r"they\s+(?:had\s+|have\s+)?(?:carried\s+out|overrun|overran|captured|seized|stormed)\b"
)


def group_own_word(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``claimed`` for an alleged group that tells the act as its own in the draft's sentences (see the module)."""
    values = draft.values
    actor = values.get("perpetrator")
    if values.get("attribution") != "alleged" or not actor:
        return
    blamed = claiming_group(actor)
    if blamed is None:
        return
    for sentence in draft.own_sentences(sentences, background):
        for match in _THEY_DID.finditer(sentence.text):
            if NOT_OWN.search(match.group(0)):
                continue
            group = claiming_group(match.group("who"))
            if group is None or _canonical(group) != _canonical(blamed):
                continue
            draft.read_attribution("claimed", sentence)
            draft.set("perpetrator", blamed, sentence)  # the group's name, not a phrase the actor ran into
            draft.set("attributed_by", group, sentence)
            draft.notes.append(f"{group} tells the act as its own: the allegation becomes its claim, claimed.")
            return


def claiming_group(phrase: str) -> str | None:
    """The non-state group the phrase names, or None. The Taliban count here though the dictionary files them with
    the states (they hold Kabul since August 2021): the corpus's coders give their own word ``claimed`` on both
    sides of that date (1003 of 2019, 1204 of 2018, 1237 of 2026); a state's army saying "they had carried out" is
    a state owning its act, :mod:`.claims_read`'s ``confirmed``, and stays out."""
    group = known_group(phrase, non_state=True)
    if group is None and (named := known_group(phrase)) is not None and "Taliban" in named:
        return named
    return group


def _canonical(name: str) -> str:
    """The group's name without its article or case, so "the Taliban" and "Taliban" are one group."""
    return re.sub(r"^the\s+", "", name.strip().lower())
