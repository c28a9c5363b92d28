"""A foreign force admitting its own strike killed civilians: the codebook's ``confirmed``, that force the actor.

"NATO-led forces in Afghanistan on June 24 acknowledged that civilians were among the dead in the weekend's strikes"
(RFE/RL 820), "The NATO-led force in Afghanistan has said it is sorry that at least nine civilians died in an
operation" (DNA 819): the side that fired accepts the act and its toll, so the strike is its, ``confirmed`` (the
codebook: a state's own acknowledgement). Read only for an incident fired from afar (an air strike, rockets, shells)
that no sentence has attributed yet, from a sentence that is not background, whose subject is a multinational force
named as such (NATO-led, U.S.-led, ISAF, the coalition) and whose verb admits ("acknowledged", "accepted",
"admitted", "regretted", "said it is sorry") the dead; a denial in that sentence reads nothing. A state's own
military telling its targets hit is :mod:`.own_strike`'s.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

_FROM_AFAR = frozenset({"artillery", "rocket", "mortar", "missile", "airstrike", "drone", "_shelling"})
#: The force as the report names it, as the sentence's subject: "NATO-led forces", "The NATO-led force",
#: "the International Security Assistance Force", "ISAF", "the U.S.-led coalition".
_FORCE = (
    r"(?P<force>(?:NATO|Nato|U\.S\.|US)-led\s+(?:forces?|coalition|troops)|"
    r"International\s+Security\s+Assistance\s+Force|ISAF)"
)
#: The force, then (within a few words: "in Afghanistan on June 24", "has") a verb of admitting, then the dead.
_ADMITS = re.compile(
    rf"^(?:[A-Z/]+:\s+)?(?:[Tt]he\s+)?{_FORCE}(?:\s+\([A-Z]+\))?\s+(?:[^.;,]{{0,40}}?\s)??"
    r"(?:has\s+|have\s+)?(?:acknowledged|accepted|admitted|conceded|regretted|expressed\s+regret|"
    r"said\s+(?:it|they)\s+(?:is|are|was|were)\s+sorry)\b"
    r"[^;]*?\b(?:civilians?|deaths?|dead|died|killed|casualties)\b"
)
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|rejected|refuted|not|never|false)\b", re.IGNORECASE)


def force_admits(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``confirmed``, with the force as actor, for a strike a multinational force admits (see the module)."""
    values = draft.values
    if values.get("attribution") is not None or not _FROM_AFAR & set(values.get("weapons", [])):
        return
    for sentence in sentences:
        if sentence.index in background or _DENIAL.search(sentence.text):
            continue
        if (admits := _ADMITS.search(sentence.text)) is None:
            continue
        draft.read_attribution("confirmed", sentence)
        draft.set("perpetrator", admits.group("force"), sentence)
        draft.notes.append(f"{admits.group('force')} admits the strike and its dead: confirmed.")
        return
