"""A structure as what was hit: a bridge, a railway, a power line, a pipeline, a canal (issue 14).

"A railway bridge exploded between two stations", "the bridge was blown up": the blast told of the structure, with no
bomb, blast or attack word, is violence all the same (``BLOWN_WORDS``, joined to :data:`~.vocab.VIOLENCE`), by
explosives when no other weapon is told. And when
the incident's own sentences say a blast or an explosion hit, damaged or destroyed such a structure, or happened on it
("the explosion on a railway bridge", "the blast hit the track"), the target is the codebook's ``infrastructure``,
unless a toll already named who was hit or anyone was killed or hurt (the people are then what the coders code). A
railway station is where people are, not a structure hit. A structure named only as a place ("near the bridge", "by
the canal"), or as the subject of a quarrel ("the quarrel was over infrastructure, this time a road"), is no target.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

_STRUCTURE = (
    r"(?:railway|rail|road|river|canal)?\s*bridges?|railway(?:\s+lines?|\s+tracks?)?|rail\s+(?:lines?|links?|tracks?)|"
    r"(?:the|a)\s+track|power\s+lines?|pylons?|(?:gas|oil)\s+pipelines?|pipelines?|canals?|dams?"
)
#: "a railway bridge exploded", "the bridge was blown up", "blew up a gas pipeline".
BLOWN_WORDS = (
    rf"\b(?:{_STRUCTURE})\s+(?:exploded|blew\s+up|(?:was|were|had\s+been)\s+blown\s+(?:up|apart))\b|"
    rf"\bblew\s+up\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{_STRUCTURE})\b"
)
#: A structure blown up, compiled once: the first sentence of the incident that tells one gives the weapon.
_BLOWN = re.compile(BLOWN_WORDS, re.IGNORECASE)
_HIT = re.compile(
    rf"{BLOWN_WORDS}|"
    # "the explosion on a railway bridge", "the blast hit the track", "the explosion had damaged a bridge"
    r"\b(?:explosions?|blasts?|bomb(?:ing)?s?)\s+(?:on|at|under|(?:had\s+)?(?:hit|damaged|destroyed|wrecked))\s+"
    rf"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{_STRUCTURE})\b(?!\s+station)",
    re.IGNORECASE,
)


def structure_hit(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Target ``infrastructure`` where the incident's own sentences tell a blast that hit a structure."""
    blown = next((s for i, s in enumerate(sentences) if i in draft.sentences and _BLOWN.search(s.text)), None)
    if blown is not None and not draft.values.get("weapons"):
        draft.set("weapons", ["explosives"], blown)  # "the bridge exploded": a blast, by no other weapon
    if any(draft.values.get(name) for name in ("target_type", "victims", "killed", "injured")):
        return  # who was hit, told or counted, is the target: "a blast on a bridge wounded three passers-by"
    for index in sorted(set(draft.sentences) - background):
        if index < len(sentences) and _HIT.search(sentences[index].text):
            draft.set("target_type", "infrastructure", sentences[index])
            return
