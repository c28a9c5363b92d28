"""The military's own raid: an intelligence-based operation in which its forces killed the men is ``confirmed``.

"Seven terrorists were killed on Monday in an intelligence-based operation (IBO) in the Sambaza sector … the army's
media wing said. According to the ISPR, the troops surrounded terrorists who were trying to flee and engaged them"
(Dawn 1113); "Six terrorists were killed in an intelligence-based operation (IBO) … the security forces had carried
out the operation last night on reports that terrorists were present" (Dawn 1114); "Seven terrorists were killed by
the security forces in an intelligence-based operation (IBO) … The security forces engaged terrorists of the Fitna Al
Khawarij" (Dawn 1117). The side that acted tells its own act: the codebook's ``confirmed``, and the sixth round's
ruling ("a security raid on a hideout … is ``confirmed`` with the security forces as the actor"). The actor is the
forces as the statement names them doing it ("the troops", "the security forces"), not the men killed: the label the
statement gives its dead ("terrorists of the Fitna Al Khawarij") says whom it raided, not who acted. A statement
that names no forces at all ("In a separate intelligence-based operation in the Darazinda area … a total of 17
terrorists were killed … the military's media wing said", Indian Defense News 624, twice) is the same raid, and the
sixth round's ruling names its actor: the security forces (extract182).

Not an operation against men told crossing or attacking: "a four-day operation against infiltrators", "terrorists
who tried to cross into Pakistan", "a group of terrorists attacked a post" are the infiltrators' or the attackers'
act, ``alleged`` against them (181, 183, 220, 301), wherever the report tells it outside its background. Only the
sentences the draft spans, less the background, tell the raid; only with the military's media wing speaking; never
over a claim, a dispute or a confirmation already read.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: The raid, by the statement's own name for it, with the men killed in it.
_OPERATION = re.compile(r"\b(?:intelligence[- ]based\s+operation|IBO)\b", re.IGNORECASE)
_KILLED = re.compile(r"\b(?:killed|neutrali[sz]ed|eliminated|sent\s+to\s+hell)\b", re.IGNORECASE)
#: The forces doing it: "killed by the security forces", "the troops surrounded", "the security forces had carried out
#: the operation", "the security forces engaged terrorists".
_FORCES_DID = re.compile(
    r"\bby\s+(?P<by>the\s+(?:security\s+forces|troops))\b|"
    r"\b(?P<subject>the\s+(?:security\s+forces|troops))\s+(?:had\s+|have\s+)?"
    r"(?:surrounded|engaged|carried\s+out|conducted|launched|raided|killed)\b",
    re.IGNORECASE,
)
#: The military speaking: its media wing by name or by the reports' words for it.
_WING = re.compile(
    r"\b(?:Inter[- ]Services\s+Public\s+Relations|ISPR|(?:army|military)['’]s\s+media(?:\s+affairs)?\s+wing)\b"
)
#: The men told crossing or attacking: their act, not the forces' raid.
_THEIR_ACT = re.compile(
    r"\binfiltrat\w*|\b(?:trying|tried|attempting|attempted)\s+to\s+(?:cross|enter|infiltrate)\b|"
    r"\b(?:terrorists|militants|khwarij|khawarij)\s+(?:had\s+|then\s+)?(?:attacked|ambushed|stormed|raided)\b",
    re.IGNORECASE,
)


def own_operation(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``confirmed``, the forces as actor, for an intelligence-based operation the military tells (see module)."""
    if draft.values.get("attribution") not in ("unattributed", "alleged", None):
        return
    own = draft.spanned_sentences(sentences, background)  # the statement's words may sit between lead and toll
    if not any(_OPERATION.search(s.text) and _KILLED.search(s.text) for s in own):
        return
    if not any(_WING.search(s.text) for s in own):
        return
    if any(_THEIR_ACT.search(s.text) for s in sentences if s.index not in background):
        return  # the men told crossing or attacking anywhere in the report's story: their act (181, 183)
    told = next((s for s in own if _FORCES_DID.search(s.text)), None)
    sentence = told or next(s for s in own if _OPERATION.search(s.text) and _KILLED.search(s.text))
    forces = _FORCES_DID.search(sentence.text) if told else None
    actor = (forces.group("by") or forces.group("subject")).lower() if forces else "security forces"  # the ruling's
    draft.read_attribution("confirmed", sentence)
    draft.set("perpetrator", actor, sentence)
    draft.notes.append(f"An intelligence-based operation the military tells as its own: confirmed, {actor}.")
