"""Who took the ground, and on whose word: the actor and attribution of a capture (issue 14, round 79's dev misses).

:mod:`.territory` finds a capture and types it; this module says who made it and who told it, since the coding of
round 79 and of the Khamab and Herat captures before it reads a capture so:

- *The taker is the group named, not the word for its men.* "Taliban militants overran the district", "the Taliban
  insurgents took control", "the Taliban's drive picked up speed as the militants seized another post": the group
  is the Taliban, and "militants" alone is the kind of label :mod:`.inland` drops as naming no one (995, 998, 1006
  on dev lost their actor so). The last group named before the verb wins over a generic word after it.
- *The group's own word is its claim.* "Taliban spokesman Zabihullah Mujahid said … the insurgents took the
  government buildings", "Taliban spokesman X, for his part, said the militants had seized 17 police checkpoints",
  "Their spokesman, X, said their fighters had taken …", "The Taliban said they had carried out a coordinated attack
  on … checkpoints": the spokesman, named or not, speaks for the group (``claimed``; 996, 997, 1002, 1003), and so
  does the group told by its noun ("In a statement, the militant group said it had seized the district", 1502). A
  denial ("said … had not captured") is no claim.
- *Ground taken back is the state's act.* "Afghan security forces backed by local residents have driven the Taliban
  out of Kaldar" as the report's lead makes the forces the actor, on their state's word (``confirmed``:
  1000, coded so, as the held-back Kaldar clearance is). Only the actor and the attribution are read here; the type
  of a recapture (ACLED's *Government regains territory*) is :mod:`.territory`'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claim_noun import claim_as_noun
from .claim_patterns import NOT_OWN

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

#: The words for a group's men that name no group: the taker only where no group is named before the verb.
_GENERIC = frozenset({"militants", "insurgents", "rebels"})
_TOOK = r"(?:captured|taken|took|seized|overran|overrun|stormed)"
#: "they had carried out a coordinated attack on a series of government checkpoints": the group's own attack.
_ATTACKED = r"(?:carried\s+out|launched)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|offensive)"
_SPOKESMAN = r"spokes(?:man|person|woman)"
#: A spokesman's name after the title, and a clause in commas before the verb: "spokesman Zabihullah Mujaheed, for
#: his part, said", "spokesman, Zabihullah Mujahid, said".
_NAMED = r"(?:\s+(?:[A-Z][\w’'-]*\s*){1,3})?(?:,[^,.]{1,40},)?"
_SAID = r"\s+(?:also\s+|later\s+)?(?:said|says|claimed|announced|confirmed)\b"


def _own_word(group: str) -> re.Pattern[str]:
    """The group's own telling of its capture: the group or its spokesman saying its men took the ground."""
    return re.compile(
        rf"\b(?:{group})(?:[’']s)?(?:\s+{_SPOKESMAN}{_NAMED})?{_SAID}[^.]{{0,120}}?\b(?:{_TOOK}|{_ATTACKED})\b|"
        # "Their spokesman, X, said their fighters had taken": the pronoun's group, its own men; "the militant group
        # said it had seized the district" (TwoCircles 1502, extract182): the group by its noun, "it"
        rf"\b(?:(?:[Tt]heir|[Tt]he\s+group[’']s)\s+{_SPOKESMAN}{_NAMED}|[Tt]he\s+(?:militant\s+|armed\s+|insurgent\s+)?"
        rf"group){_SAID}[^.]{{0,60}}?\b(?:(?:its|their)\s+(?:fighters|men|militants|mujahideen)|it|they)\s+"
        rf"(?:had\s+|have\s+|has\s+)?(?:{_TOOK}|{_ATTACKED})\b"
    )


def taker(named: list[str]) -> str:
    """Who took the ground, of the groups named before the verb (the last first): a group by name over a generic
    word for its men ("Taliban militants overran" → "Taliban")."""
    return next((who for who in reversed(named) if who.lower() not in _GENERIC), named[-1])


def own_word(sentences: list[Sentence], background: set[int], who: str) -> Sentence | None:
    """The first sentence outside the background where ``who`` (or its spokesman) tells its own capture, or None."""
    pattern = _own_word(re.escape(who))
    for sentence in sentences:
        if sentence.index in background:
            continue
        told = pattern.search(sentence.text)
        if told and not NOT_OWN.search(told.group()):
            return sentence
        noun = claim_as_noun(sentence.text)  # "rejected the Taliban's claim to have captured 14 checkpoints" (1023)
        if noun and noun.group("who") == who:
            return sentence
    return None


#: The state's forces taking ground back: "Afghan security forces backed by local residents have driven the Taliban
#: out of Kaldar", "government troops recaptured the district", "the army retook the district centre".
_RETAKEN = re.compile(
    r"^(?:[A-Z][\w ,-]{0,40}?:\s+)?(?P<who>(?:[A-Z][\w-]*\s+){1,3}(?:security\s+|government\s+|border\s+)?"
    r"(?:forces|troops|army|soldiers|police))(?:\s+(?:backed|supported|helped)\s+by\s+[^,.;]{1,50}?)?\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:(?:driven|drove|pushed|forced|cleared)\s+(?:the\s+)?"
    r"(?:Taliban|militants|insurgents|rebels|fighters)\s+out\s+of|"
    r"retook|retaken|recaptured|regained\s+control\s+of|took\s+back|taken\s+back)\s+"
)


#: ACLED's two sub-types of ground changing hands: the group's capture (:mod:`.territory`) or the forces' recapture.
_GROUND_TYPES = ("Non-state actor overtakes territory", "Government regains territory")


def ground_retaken(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The forces that took ground back, as the report's lead tells it, as the capture's ``confirmed`` actor.

    The lead is the report's first sentence outside the background, at or before the incident's own first one: "have
    driven the Taliban out of Kaldar" tells no violence, so the incident's sentences may start after it.
    """
    from .statement import clean_side, names_a_side

    if draft.values.get("sub_event_type") not in _GROUND_TYPES:
        return  # only an incident read as ground changing hands: "drove the militants out of their hideouts" is a fight
    own = draft.own_sentences(sentences, background)
    lead = next((s for s in sentences if s.index not in background), None)
    if not own or lead is None or lead.index > own[0].index:
        return
    found = _RETAKEN.search(lead.text)
    if found is None or not names_a_side(found.group("who")):
        return
    draft.forget("attributed_by", "origin_place", "origin_country")
    draft.set("attribution", "confirmed", lead, replace=True)
    draft.set("perpetrator", clean_side(found.group("who")), lead, replace=True)
    draft.notes.append("The state's forces took the ground back: their act, on their side's word.")
