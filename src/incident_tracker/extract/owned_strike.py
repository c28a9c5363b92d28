"""The state a strike is told as belonging to, when the report names it in the strike's own noun or its craft.

:mod:`.drone_owner` reads the owner where the craft is the subject of a firing verb ("a U.S. drone fired") or the
strike is "the US drone attack" or the toll fell "in a US drone strike". The held-back rounds 97-99 (extract179)
showed the owner told in more ways than those, each by a different outlet, and every one coded as that state's act:

- the strike itself as the subject of its toll: "a US drone strike on the North Waziristan Agency destroyed a vehicle
  and a house and killed seven" (Antiwar.com 1527), "A US drone strike before dawn on Wednesday is said to have
  killed at least 21" (The Express Tribune 1528), as Pakistan Today 1346, Xinhua 1347 and the Tribune 1468 tell it;
- the strike with a superlative: "killed on Wednesday in the deadliest US drone strike in three months" (1529);
- the craft with an auxiliary: "A US drone has struck a house and a vehicle" (Antiwar.com 1469);
- the weapon fired *from* the craft: "missiles fired from a US pilotless aircraft killed 13" (Reuters 1465);
- (extract185, rounds 103's dev part and its kind on dev) the strike opening the lead after a wire's dateline ("…
  (AFP) - A suspected US missile strike killed as many as nine", 1642) or its clause after "when" ("… were killed on
  Monday when a US drone strike hit a vehicle", Tribune 1561), and the owner's missiles as the strike's subject
  ("Suspected US missiles struck a house", AP 1526; "On Wednesday US missiles levelled a fort", AFP 1647).

Why a reading of its own: the report that tells the strike this way has often already read a source's ``alleged``
("officials said … missiles were fired") with nobody named, which :mod:`.drone_owner` leaves alone (it reads only a
draft still at the default). A draft whose attribution is that read ``alleged`` with no perpetrator keeps its
``alleged`` and gains the owner; a draft at the default is blamed as :mod:`.drone_owner` blames it
(:func:`.drone_owner.owner_attribution`: ``alleged`` when its sentences cite anybody or the outlet states the owner as
fact, ``suspected`` only for the outlet's own hedge). Plural strikes ("US drone strikes have fallen") are the
campaign, not this strike, and are not read; neither is a strike the report puts in the background
(:func:`.drone_owner.owner_span`).
"""

from __future__ import annotations

import re

from .draft import Draft
from .drone_owner import CRAFT, OWNER_TOLD, STATE, cited_in, forces_of, owner_attribution, owner_span
from .sentences import Sentence

#: A wire's dateline opening the lead: "PESHAWAR, Pakistan (AFP) - ", "ISLAMABAD: " (extract185: AFP 1642's "A suspected
#: US missile strike killed …" opens after one, as Tribune 1561's "… were killed on Monday when a US drone strike hit a
#: vehicle" opens its clause after "when").
DATELINE = r"^[A-Z]{3,}(?:[ /][A-Z]{3,})*(?:,\s+[A-Z][a-z]+)?(?:\s+\([A-Za-z ]{2,20}\))?\s*[-–—:]\s*"
#: "a US drone strike on the North Waziristan Agency destroyed …", "A US drone strike before dawn on Wednesday is said
#: to have killed …": the strike, with its owner, as the subject of its toll or its damage, opening the sentence or
#: what a source says; "last year a Pakistani drone attack in Spera killed 20" (8am 365) is another strike.
_STRIKE_ACTED = re.compile(
    rf"(?:^|{DATELINE}|\b(?:say|says|said|told|reported)\s+(?:that\s+)?|\bwhen\s+)"
    rf"(?:[Aa]n?|[Tt]he)\s+(?:suspected\s+)?{STATE}\s+(?:drone|missile)\s+(?:strike|attack)\b(?!s)"
    r"[^.;]{0,80}?\b(?:killed|destroyed|wounded|hit|struck|targeted)\b"
)
#: "in the deadliest US drone strike in three months": the strike told as the one of its kind that stands out.
_STRIKE_RANKED = re.compile(
    rf"\b[Tt]he\s+(?:deadliest|latest|biggest|largest)\s+{STATE}\s+(?:drone|missile)\s+(?:strike|attack)\b(?!s)"
)
#: "A US drone has struck a house": the craft as the subject, its verb after an auxiliary.
_CRAFT_HAS_ACTED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:suspected\s+)?{STATE}\s+{CRAFT}\s+(?:has|had|have)\s+"
    r"(?:fired|struck|hit|launched|attacked|targeted|bombed)\b"
)
#: "missiles fired from a US pilotless aircraft killed 13": the weapon fired from the owner's craft.
_FIRED_FROM = re.compile(
    r"\b(?:[Mm]issiles?|[Rr]ockets?)\s+(?:fired|launched)\s+from\s+an?\s+(?:suspected\s+)?"
    rf"(?:(?:pilotless|unmanned)\s+)?{STATE}\s+{CRAFT}"
)

#: "Suspected US missiles struck a house" (AP 1526), "On Wednesday US missiles levelled a fort" (AFP 1647): the
#: owner's missiles as the subject of the strike, opening the sentence, its lead after a dateline, or after its day;
#: "US missiles have killed hundreds since 2008" (the campaign, a perfect) is not read.
_MISSILES_STRUCK = re.compile(
    rf"(?:^|{DATELINE}|\b[Oo]n\s+[A-Z][a-z]+day\s+|,\s+)(?:[Ss]uspected\s+)?{STATE}\s+missiles\s+"
    r"(?:struck|hit|levelled|leveled|destroyed|slammed\s+into|targeted)\b"
)

#: The shapes read here; a draft that already read a source's ``alleged`` is read with :mod:`.drone_owner`'s too.
_NEW = (_STRIKE_ACTED, _STRIKE_RANKED, _CRAFT_HAS_ACTED, _FIRED_FROM, _MISSILES_STRUCK)


def awaits_owner(draft: Draft) -> bool | None:
    """Whether a drafted drone strike with no actor already read a source's ``alleged`` (True) or is at the default
    (False); None for a draft no owner reading takes (another type, an actor read, another blame read)."""
    values = draft.values
    if values.get("sub_event_type") != "Air/drone strike" or values.get("perpetrator"):
        return None
    source_told = values.get("attribution") == "alleged" and "attribution" not in draft.defaults
    return source_told if (draft.blame_unread or source_told) else None


def blame_owner(draft: Draft, sentence: Sentence, found: re.Match[str], name: str, cited: bool, told: str) -> None:
    """Write the owner ``found`` names (``name``, the state's forces) as the strike's actor; a source's ``alleged``
    already read is kept, else the attribution is :func:`.drone_owner.owner_attribution`'s; ``told`` opens the note."""
    source_told = draft.values.get("attribution") == "alleged" and "attribution" not in draft.defaults
    draft.values["attribution"] = owner_attribution(cited, found.group(0))
    draft.values["perpetrator"] = name
    draft.evidence["perpetrator"] = sentence.text
    if not source_told:
        draft.evidence["attribution"] = sentence.text
        draft.defaults.remove("attribution")
    draft.notes.append(f"{told} {found.group('state')}'s (by {'a source' if cited else 'the outlet'}).")


def owned_strike(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Blame the state the report names in the strike's noun or its craft (see the module)."""
    source_told = awaits_owner(draft)
    if source_told is None:
        return
    patterns = (*_NEW, *OWNER_TOLD) if source_told else _NEW
    own = owner_span(draft, sentences, background)
    for sentence in own:
        found = next((m for pattern in patterns if (m := pattern.search(sentence.text))), None)
        name = forces_of(found.group("state")) if found else None
        if found and name:
            blame_owner(draft, sentence, found, name, source_told or cited_in(own), "The strike is told as")
            return
