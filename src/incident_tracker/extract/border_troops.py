"""Soldiers of a Central Asian border post are its border guards (issue 14, extract139: victims out of sample).

Tajikistan, Kyrgyzstan, Uzbekistan and Turkmenistan hold their frontiers with border troops, and the wires call their
men "soldiers" or "troops" as often as "border guards": "attacked a Tajik border post …, killing two soldiers"
(Reuters 947), "the fighters attacked the Uzbek troops. One of the border guards was killed" (282), "Tajik border
guards … lost one of their officers" (146). The toll's noun then types the victims ``military`` where the corpus
codes them ``border_guards``. On dev, the drafts typed ``military`` in those four countries whose incident's own
sentences name the border guards, a border post or the border troops are four: three coded ``border_guards`` (146,
282, 947) and one coded with no target (41, soldiers in a gunfight with smugglers: wrong either way). Not
Pakistan's or Iran's forces: the Frontier Corps' and the army's men at a border post are ``military`` in the corpus
(on dev 109 of Pakistan's drafts typed ``military`` are coded so, 10 of them told with a border word).
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: The states whose frontier is held by border troops, as the draft's country.
_BORDER_TROOP_STATES = frozenset({"TJ", "KG", "UZ", "TM"})
#: The border service named: its guards, its posts, its troops.
_BORDER_SERVICE = re.compile(
    r"\b(?:border|frontier)[\s-]+(?:guards?|guard\s+service|posts?|outposts?|troops|detachments?|service)\b",
    re.IGNORECASE,
)


def border_troops(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """A ``military`` target in a state whose frontier is held by border troops becomes ``border_guards`` when the
    incident's own sentences name that border service (see the module)."""
    values = draft.values
    if values.get("target_type") != "military" or values.get("country") not in _BORDER_TROOP_STATES:
        return
    for sentence in draft.own_sentences(sentences, background):
        if _BORDER_SERVICE.search(sentence.text):
            draft.set("target_type", "border_guards", sentence, replace=True)
            draft.notes.append("Target border_guards: the soldiers of a border post, where border troops hold it.")
            return
