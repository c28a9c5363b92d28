"""A drone shot down: the codebook's Strategic developments → Disrupted weapons use, not a strike.

ACLED codes the interception of a drone or a missile as a disrupted use of weapons: no one
was struck, and the side that acted is the one that brought the drone down. Reports of such
an event are full of the words of a drone strike ("drone", "unmanned aerial vehicle", "hit",
"shot"), which the weapon patterns read as a drone and firearms. When the incident's own
sentences say a drone was shot down, downed or brought down and nobody was killed or wounded
in it, the incident is that disrupted use: its weapons are unknown (the report rarely says
what fired), and the side named as bringing it down is the actor — ``confirmed`` when the
report tells that side's own government confirming it, ``alleged`` otherwise.
"""

from __future__ import annotations

import re

from .draft import ATTRIBUTION_FIELDS, Draft
from .sentences import Sentence

_DRONE = r"(?:drones?|UAVs?|unmanned\s+(?:aerial\s+vehicles?|aircraft))"
_DOWN = r"(?:shot\s+down|brought\s+down|downed)"
#: "an Iranian drone was shot down", "had brought down an unmarked Iranian drone", "shot the unmanned aerial
#: vehicle down", "the downing of the drone".
_DOWNED = re.compile(
    rf"\b{_DRONE}\b[^.;]{{0,60}}?\b(?:was|were|been|being)\s+{_DOWN}\b"
    rf"|\b{_DOWN}\s+(?:an?|the|its|their)\s+[^.;]{{0,50}}?\b{_DRONE}\b"
    rf"|\bshot\s+(?:an?|the)\s+[^.;]{{0,40}}?\b{_DRONE}\s+down\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|no|never|denied|denies|deny)\b", re.IGNORECASE)
_FORCE = r"(?:[A-Z][\w-]*\s+){1,3}(?:Air\s+Force(?:\s+(?:JF-17|F-16|fighter)?\s*jets?)?|air\s+defen[cs]es?|forces|army)"
#: Who brought it down: "the Pakistan Air Force (PAF) had brought down", "A Pakistan Air Force jet on Tuesday shot
#: down", "shot down by the Air Force", "The drone was hit by Pakistan Air Force".
_SHOOTER = (
    re.compile(
        rf"\b(?P<who>{_FORCE})(?:\s+\([A-Z]+\))?\s+(?:on\s+[A-Z][a-z]+\s+)?(?:had\s+|has\s+)?(?:shot|brought)\s+"
        r"(?:down\b|(?:an?|the)\b[^.;]{0,40}?\bdown\b)"
    ),
    re.compile(rf"\b(?:shot\s+down|brought\s+down|downed|hit)\s+by\s+(?:the\s+)?(?P<who>{_FORCE})"),
)
_CONFIRMS = re.compile(r"\bconfirm(?:s|ed)\b", re.IGNORECASE)


def downed_drone(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Make a drone shot down with no one hurt a disrupted weapons use, with who downed it as the actor."""
    values = draft.values
    if values.get("killed") or values.get("injured"):
        return  # a drone that struck and was then shot down: the strike is the event
    own = [sentences[i] for i in dict.fromkeys(draft.sentences) if i < len(sentences) and i not in background]
    told = [s for s in own if (m := _DOWNED.search(s.text)) and not _NOT.search(s.text[: m.start()])]
    if not told:
        return
    values["event_type"], values["sub_event_type"] = "Strategic developments", "Disrupted weapons use"
    draft.evidence["event_type"] = draft.evidence["sub_event_type"] = told[0].text
    values.pop("weapons", None)  # the drone was the target, and what fired at it is rarely told
    draft.evidence.pop("weapons", None)
    article = [s for s in sentences if s.index not in background]
    for sentence in article:
        for pattern in _SHOOTER:
            found = pattern.search(sentence.text)
            if found is None:
                continue
            draft.forget(*ATTRIBUTION_FIELDS)
            confirmed = any(_CONFIRMS.search(s.text) and _DOWNED.search(s.text) for s in article)
            draft.set("attribution", "confirmed" if confirmed else "alleged", sentence, replace=True)
            draft.set("perpetrator", re.sub(r"\s+", " ", found.group("who")), sentence)
            return
