"""The day of an undated act, told in the sentence right after it about the same thing (issue 14).

"Uzbekistan says its forces brought down an Afghan military plane." "A ministry official said on August 16 that
air defence had stopped a military plane crossing the border the day before." (RFE/RL 869): the act's own sentence
has no day, and the day is told in the next one, which has no violence word. The reader already dates a violent
sentence by the day of the one just before it (``Reader.pending``); this is the other way round, and only where
both sentences name the same thing acted on (the plane, the drone, the convoy): the day of a statement is not it
(a reporting day is no event day), nor is a day of the thing's journey before the act ("the plane had taken off
from Termez on Saturday"), nor a day told about something else.
"""

from __future__ import annotations

import re

from .sentences import Sentence

#: What an act is done to and a later sentence names again: an aircraft, a vehicle, a boat, a post.
_THING = re.compile(
    r"\b(?P<thing>plane|aircraft|helicopter|drone|UAV|jet|convoy|vehicle|truck|lorry|bus|tanker|boat|post|"
    r"checkpoint|outpost)s?\b",
    re.IGNORECASE,
)

#: The thing's own story before the act: a day of it is not the act's.
_JOURNEY = re.compile(
    r"\b(?:(?:took|taken)\s+off|landed|departed|left|arrived|set\s+off|was\s+(?:bought|delivered|built|sent))\b",
    re.IGNORECASE,
)


def _things(text: str) -> set[str]:
    return {m.group("thing").lower() for m in _THING.finditer(text)}


def act_told_next(lead: Sentence, lead_text: str, sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` (no violence word, one event day) comes right after the undated act ``lead`` and tells
    the same act: it names again a thing the act was done to, and no journey of it before the act."""
    if sentence.index != lead.index + 1:
        return False
    return bool(_things(lead_text) & _things(text)) and _JOURNEY.search(text) is None
