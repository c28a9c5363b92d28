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
