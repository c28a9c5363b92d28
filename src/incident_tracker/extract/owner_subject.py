"""The strike's owner told as its doer with no article before it: its craft counted or bare, its agency, the state.

The owner readings before this one (:mod:`.drone_owner`, :mod:`.owned_strike`, :mod:`.lead_owner`) read the craft
with an article before it ("a U.S. drone fired", "A US drone killed"), the strike as a noun ("a US drone strike
killed") and the missiles opening the sentence ("Suspected US missiles struck"). Dev's strikes coded as a state's or
its agency's act and drafted with no actor (extract211) tell the doer three more ways, each by another outlet:

- the owner's craft counted or plural, opening the sentence or a quote, as the subject of the strike or its toll:
  "Three US drones fired six missiles at militants" (a security official to AFP, The Express Tribune 2060), as "US
  drones killed seven" would;
- the agency's craft, by its possessive: "the CIA's spy planes carried out another missile attack" (The News 1466),
  the actor then the agency as the report names it ("CIA"), which the actor dictionary does not fold into the state;
- the state itself as the subject of the toll, the strike told after it: "The US killed seven suspected militants in
  a drone strike" (The Long War Journal 2035).

The campaign is not read: plural strikes ("in drone strikes"), a perfect ("US drones have killed hundreds") or a
strike the clause sets in another time ("since", "last year"). Only a drafted air or drone strike still unblamed, or
blamed by a source with no actor named, is read (:func:`.owned_strike.awaits_owner`), in its own sentences
(:func:`.drone_owner.owner_span`); the attribution is :func:`.drone_owner.owner_attribution`'s through
:func:`.owned_strike.blame_owner`: ``alleged`` where anybody is cited or the outlet tells it as fact (the tenth
rulings' *The outlet's own voice*), ``suspected`` for the outlet's own hedge alone.
"""

from __future__ import annotations

import re

from .draft import Draft
from .drone_owner import CRAFT, cited_in, forces_of, owner_span
from .owned_strike import DATELINE, awaits_owner, blame_owner
from .sentences import Sentence

#: The owner as the reports write it, a state or its spy agency, with its possessive where it has one.
_OWNER = r"(?P<state>CIA|U\.S\.|US|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:[’']s)?"
#: Where the doer may open its clause: the sentence, its lead after a dateline, a quote, a clause after a comma.
_OPENS = rf"(?:^|{DATELINE}|[\"“]|,\s+|\b(?:when|as|after|that)\s+)"
_COUNT = r"(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|\d+)\s+)"
_STRUCK = r"(?:fired|struck|hit|killed|destroyed|wounded|launched|attacked|targeted|bombed|carried\s+out)"
#: "Three US drones fired six missiles", "the CIA's spy planes carried out another missile attack": the owner's craft,
#: counted or plural, with no article, as the subject of the strike or its toll (no auxiliary: "have killed" is the
#: campaign).
_CRAFT_DID = re.compile(rf"{_OPENS}(?:[Tt]he\s+)?{_COUNT}?{_OWNER}\s+(?:{CRAFT}|Predators|Reapers)\s+{_STRUCK}\b")
#: "The US killed seven suspected militants in a drone strike": the state as the subject of the toll, the strike,
#: singular, told after it in the same clause (looked ahead to: "suspected militants" is the dead's hedge, not the
#: owner's).
_STATE_DID = re.compile(
    rf"(?:^|{DATELINE})(?:[Tt]he\s+)?{_OWNER}\s+(?:killed|struck|hit|targeted|bombed)\b(?=[^.;]{{0,100}}?"
    r"\bin\s+an?\s+(?:(?:drone|missile|air)\s+)(?:strike|attack)\b(?!s))"
)
#: A clause that sets the strike in another time or in the campaign.
_OTHER_TIME = re.compile(r"\b(?:since|last\s+(?:year|month|week)|earlier\s+this|ago|so\s+far\s+this)\b", re.IGNORECASE)


def _owner_name(word: str) -> str | None:
    """The actor for the owner's word: the agency as the report names it, else the state's forces
    (:func:`.drone_owner.forces_of`)."""
    return "CIA" if word == "CIA" else forces_of(word)


def owner_subject(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Blame the owner told as the strike's doer with no article before it (see the module)."""
    source_told = awaits_owner(draft)
    if source_told is None:
        return
    own = owner_span(draft, sentences, background)
    for sentence in own:
        found = _CRAFT_DID.search(sentence.text) or _STATE_DID.search(sentence.text)
        if found is None or _OTHER_TIME.search(sentence.text[found.start() : found.end() + 60]):
            continue
        name = _owner_name(found.group("state"))
        if name:
            blame_owner(draft, sentence, found, name, source_told or cited_in(own), "The strike is told as done by")
            return
