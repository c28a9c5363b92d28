"""A bomb dropped from the air, and air support called into a ground fight: the bomb that ends a clash (issue 14).

"An AV-8B dropped a 500-pound precision-guided bomb on it", "a single 500-lb bomb was dropped on the target area": a
bomb that is dropped falls from an aircraft, so the weapon is ``airstrike``, as the coders code it (Reuters 934, AFPS
935, the Los Angeles Times 936), not the ``explosives`` of a bomb set off on the ground.

"They called for close air support", "close air support was called in", "the U.S. called in the airstrike", "the
border guards called for air support after three hours of fighting" (RFE/RL 41): the side fighting on the ground
asked for the aircraft, so whatever they then dropped or fired was that fight's support, and the incident is the
ground fight (``Armed clash``, as the coders code all four), not an ``Air/drone strike`` of its own
(:func:`~.air_support.support_only`). Only a call told with its verb ("called in", "called for"): aircraft that
struck with no call told ("coalition jets struck the village") stay a strike. Aircraft told joining the ground
fight under way ("US airstrikes broke into the gunbattle", dev 1885) backed it as a call does (extract212), and the
call may name the aircraft's owner ("called for ISAF airstrikes", dev 1916).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

#: A bomb told as dropped, in the form of :data:`~.vocab.WEAPON_PHRASES`: "dropped a 500-pound precision-guided bomb",
#: "dropped the bomb", "a bomb was dropped"; never "dropped the plan", nor a bomb "planted" or "left" (the ground's).
DROPPED_BOMB_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"dropped\s+(?:(?:a|an|the|one|two|three|four|five|several|\d+)\s+)?(?:[\w-]+\s+){0,3}?bombs?|"
        r"bombs?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+dropped",
        ("airstrike",),
    ),
)

#: Air support asked for by the side on the ground.
_CALLED = re.compile(
    # the aircraft's owner may stand before them: "called for ISAF airstrikes", "called in U.S. air support" (dev 1916)
    r"\bcall(?:ed|s|ing)?\s+(?:in|for)\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}?(?:close\s+)?"
    r"(?:air\s+support|air\s*strikes?|air\s+cover|aircraft|warplanes|gunships|helicopters)\b|"
    r"\b(?:close\s+)?air\s+support\s+(?:was|had\s+been|has\s+been|were)\s+called\s+in\b|"
    # aircraft that joined the ground fight under way: "US airstrikes broke into the gunbattle" (dev 1885)
    r"\b(?:air\s*strikes|aircraft|warplanes|jets|gunships|helicopters)\s+(?:then\s+|later\s+)?"
    r"(?:broke\s+into|joined|came\s+into)\s+the\s+(?:gun\s*battle|gunfight|fight|fighting|battle|clash)\b",
    re.IGNORECASE,
)


def air_called(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Mark ``_air_called`` when a sentence of the paragraphs that tell the incident (not background) tells air
    support called into the fight: the call is often told apart from the violence ("No one else was seen going in,
    but U.S. soldiers said more shots came at them from the building, and they called for close air support. An
    AV-8B dropped a 500-pound precision-guided bomb on it.", AFPS 935)."""
    own = draft.own_sentences(sentences, background)
    told = {sentence.paragraph for sentence in own}
    for sentence in sentences:
        if sentence.paragraph in told and sentence.index not in background and _CALLED.search(sentence.text):
            draft.set("_air_called", True, sentence)
            return
