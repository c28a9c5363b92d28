"""Two sides' fire told as gunfire exchanged ("exchanged gunfire", "the exchange of gunfire"): a clash.

"Pakistani and Afghan forces exchanged gunfire overnight at the closed Torkham border crossing" (Devdiscourse),
"the exchange of gunfire went on for four hours near Sher Khan Bandar" (LatestLY, from Khaama Press), "killed …
in exchange of gunfire" (Asia-Plus). The reader's clash words take "exchanged fire" and "an exchange of fire",
not the same with "gunfire"; a report that tells only so was typed as an attack on no one. An exchange is two
sides firing at each other: the codebook's Battles → Armed clash, even when stones were thrown first ("a Tajik
border patrol began throwing stones at cars … The two detachments exchanged fire for about 20 minutes", Today.az
429): fire exchanged is no mob.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

_EXCHANGED = re.compile(
    r"\b(?:exchanged|traded|exchanging|trading)\s+(?:heavy\s+)?(?:gun)?fire\b|\bexchanges?\s+of\s+(?:heavy\s+)?(?:gun)?fire\b",
    re.IGNORECASE,
)


def gunfire_exchanged(draft: Draft, sentences: list[Sentence]) -> None:
    """Mark the draft a clash (``_exchanged``) when one of its own sentences tells gunfire exchanged."""
    draft.mark_if_told("_exchanged", _EXCHANGED, sentences)


#: Fire answered by the side fired on ("the soldiers fired back", "the guards returned fire"), never denied ("did not
#: return fire", "without firing back"); and fire aimed at military aircraft ("opened fire on U.S. military
#: helicopters", "the helicopters came under fire"), which are a state's force in the air, not a drone (.downed).
_ANSWERED = re.compile(
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bwithout )"
    r"\b(?:fired\s+back|fire\s+back|firing\s+back|returned\s+(?:the\s+)?fire|returning\s+(?:the\s+)?fire)\b|"
    r"\b(?:fired|opened\s+fire|firing|shot)\s+(?:on|at|upon)\s+(?!least\b)(?:[\w.-]+\s+){0,3}?"
    r"(?:helicopters?|gunships?|choppers|aircraft|warplanes?|fighter\s+jets?)\b|"
    r"\b(?:helicopters?|gunships?|choppers|aircraft|warplanes?)\s+(?:had\s+|have\s+|then\s+)?"
    r"(?:came|come|coming)\s+under\s+(?:[\w-]+\s+)?fire\b",
    re.IGNORECASE,
)


def fire_answered(draft: Draft, sentences: list[Sentence]) -> None:
    """Mark the draft (``_answered``) when its own sentences tell the side fired on firing back, or fire on military
    aircraft: two armed sides, so an incident no toll gives a target is a clash, not an attack on no one.

    Issue 14 (extract139): on dev, 40 reports tell fire answered ("fired back", "returned fire"); the two drafted an
    ``Attack`` with no target (937, 948) are coded ``Armed clash``, as is fire on helicopters (943, 937, 938: the
    codebook's fire on military aircraft, "with or without an answer"). Only the type of a draft that would be an
    attack on no one moves (:func:`.finish._event_type`): a mob's stones answered stay a mob, and civilians shot at
    stay the target.
    """
    draft.mark_if_told("_answered", _ANSWERED, sentences)
