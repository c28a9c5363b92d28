"""A group's claim told as a noun by the side it fought: "He rejected the Taliban's claim to have captured 14 police
checkpoints" (Pajhwok 1023).

The other side's officials often tell the group's claim only to answer it. The codebook's ``claimed`` is "the group
itself claimed responsibility": the claim is the group's whether or not the officials accept the figures in it, so the
coding of 1023 is ``claimed`` (its spokesman's own word comes a sentence later, "He said the Taliban had seized four
police outposts", after his title a sentence before, which no one-sentence reading joins). Only a group the actor
dictionary knows, or one named by the shape of its name, and only a claim to an act ("to have captured", "that it had
killed", "of having attacked"); a state's claim ("the ministry's claim that …") and a claim of no act ("the group's
claim that the talks had failed") are none.
"""

from __future__ import annotations

import re

from .claim_patterns import _NAME
from .groups import known_group

#: "the Taliban's claim to have captured", "the TTP's claims that its fighters had killed", "the group's claim of having
#: attacked".
_CLAIM_NOUN = re.compile(
    rf"\b(?:the\s+)?(?P<who>{_NAME})[’']s?\s+claims?\s+(?:to\s+have|of\s+having|that\s+(?:it|they|its\s+(?:fighters|"
    r"men|militants))\s+(?:had\s+|has\s+|have\s+)?)\s*(?:captured|seized|killed|attacked|carried\s+out|overrun|overran|"
    r"shot\s+down|ambushed|stormed|taken)\b"
)


def claim_as_noun(text: str) -> re.Match[str] | None:
    """The match of a group's claim told as a noun, its ``who`` the group; None when none is told."""
    from .actors import canonical_actor

    for found in _CLAIM_NOUN.finditer(text):
        who = found.group("who")
        # a state's forces' claim ("the ISPR's claim that it had killed 30 terrorists") is no group's
        if known_group(who) == who and not re.match(r"(?:Military|Police) Forces of\b", canonical_actor(who) or ""):
            return found
    return None
