"""Ground taken from the state's forces: their type is the target (issue 14).

A capture (:mod:`.territory`: "the Taliban overran the headquarters of Ghormach district") is aimed at whoever held
the ground, and the coders code the state's forces that held it as the target: ``military`` for "the security forces
had to pull back" (Frontier Post 873), "the security forces had made a technical retreat" (Xinhua 995), "the
government forces lost about 100 men" (NEWSru 985), "the outnumbered Afghan forces pulled out" (RFE/RL 997), "heavy
clashes between the insurgents and the security forces" (ANI 1001). The reader sets no target there, as no toll names
them as its victims. Only when the capture's own sentences (background left out) name the state's forces: a capture
told of a customs port or a district's offices alone ("the militants seized another customs post", Yahoo 1006; "the
Taliban now hold the police command, the district buildings and the other local government offices", 875) keeps no
target, as the coders left 1006 empty and coded 875 ``government``; foreign troops leaving ("the last American
soldier is due to leave") are not the forces that held the ground.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

_CAPTURE = "Non-state actor overtakes territory"
_LEFT = "Non-violent transfer of territory"  # the forces that left it held it too (AVA 1501, Ariana News 1585)

#: The state's forces told as a body: "the security forces", "government forces", "the outnumbered Afghan forces",
#: "our forces", "troops", "soldiers"; not the group's own men ("Taliban fighters") nor foreign troops.
_FORCES = re.compile(
    r"\b(?<!American\s)(?<!U\.S\.\s)(?<!US\s)(?<!NATO\s)(?<!foreign\s)(?<!Western\s)(?<!coalition\s)"
    r"(?:(?:security|government|Afghan|national|our|state)\s+(?:[\w-]+\s+)?forces|security\s+personnel|troops|soldiers|servicemen|"
    r"(?:the\s+)?army)\b",
    re.IGNORECASE,
)


def forces_held_the_ground(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Target ``military`` for a capture whose own sentences name the state's forces, no target read (see the
    module)."""
    values = draft.values
    if values.get("sub_event_type") not in (_CAPTURE, _LEFT) or values.get("target_type"):
        return
    for sentence in draft.own_sentences(sentences, background):
        if _FORCES.search(sentence.text):
            draft.set("target_type", "military", sentence)
            return
