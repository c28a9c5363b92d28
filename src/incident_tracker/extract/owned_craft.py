"""A state's aircraft read as the act's subject: the state's forces, blamed as the drone's owner is.

"American aircraft fired two missiles at a house", "An American drone aircraft fired missiles at a house" (Waqt News
1408, 1415, Urdu outlets rewritten in English): the subject reading takes the craft itself as the perpetrator, with the
``alleged`` it gives every subject, though nobody in the report is cited. The craft is its owner's, as
:mod:`.drone_owner` reads "a U.S. drone fired" when no subject was read: the actor is the state's forces as the actor
dictionary names them, and the attribution is :func:`.drone_owner.owner_attribution`'s: ``alleged`` when the
draft's sentences cite anybody or the outlet states the owner as fact (*The outlet's own voice*, docs/extract.md:
Waqt News 1408 and 1415 are coded so), ``suspected`` only for the outlet's own hedge. Only for a drafted air or
drone strike whose perpetrator is that very phrase (or its dictionary name) and whose attribution is ``alleged``: a
claim, a denial or a named group stays as read.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .draft import Draft
from .drone_owner import cited_in, forces_of, owner_attribution, owner_span
from .sentences import Sentence

#: "American aircraft fired", "An American drone aircraft fired", "The US unmanned aircraft fired": a state's craft
#: opening the sentence as the subject of the strike.
_CRAFT_SUBJECT = re.compile(
    r"^(?P<subject>(?:(?:An?|The)\s+)?(?:(?:pilotless|unmanned)\s+)?"
    r"(?P<state>U\.S\.|US|[A-Z][a-z]+)\s+(?:(?:drone|spy|pilotless|unmanned)\s+)?"
    r"(?:aircraft|planes?|drones?|jets?))\s+(?:fired|struck|hit|launched|attacked|targeted|bombed)\b"
)


def owned_craft(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Write a state's craft read as the subject as the state's forces, ``suspected`` only for the outlet's hedge."""
    values = draft.values
    perpetrator = values.get("perpetrator")
    if values.get("sub_event_type") != "Air/drone strike" or values.get("attribution") != "alleged":
        return
    if not perpetrator or not (found := _CRAFT_SUBJECT.match(draft.evidence.get("perpetrator", ""))):
        return
    subject = found.group("subject")
    if perpetrator not in (subject, canonical_actor(subject)):
        return  # the perpetrator came from another reading than the craft's
    name = forces_of(found.group("state"))
    if not name:
        return
    cited = cited_in(owner_span(draft, sentences, background))
    values["perpetrator"] = name
    values["attribution"] = owner_attribution(cited, found.group(0))
    teller = "a source" if cited else "the outlet"
    draft.notes.append(f"The aircraft is told as {found.group('state')}'s (by {teller}).")
