"""The earlier attack a strike is told as answering: its words are not the strike's own.

Issue 14 (extract166): "The ministry said the strikes followed recent suicide bombings in Pakistan" (Türkiye Today
1226) made a night of air strikes a suicide bombing, and gave it the bombings' explosives. :mod:`.reader_fields`
already reads a sentence only up to "in retaliation for", "in response to" or "to avenge" for its weapons; a strike
is as often told as *following* the attack it answers ("the air strikes followed the suicide bombing at the shrine",
The Express Tribune 662). Here that cut takes "followed" too (never "followed by", which tells what came after the
act), and the suicide mark is read from the same part, so a cause told in the act's sentence types nothing.
"""

from __future__ import annotations

import re

from .reader_patterns import _RETALIATION

#: "followed recent suicide bombings", "followed the attack on …": the act told after its cause; never "followed by".
_FOLLOWED = re.compile(
    r"\b(?:followed|came\s+after|comes\s+after)\s+(?!by\b)(?:(?:the|a|an|recent|last\s+week['’]s|several|two|three|"
    r"a\s+series\s+of|a\s+wave\s+of|deadly|earlier)\s+){0,3}"
    r"(?:[\w-]+\s+){0,2}?(?:suicide\s+(?:bombings?|attacks?|blasts?)|bombings?|bombs?|blasts?|attacks?|raids?|"
    r"ambush(?:es)?)\b",
    re.IGNORECASE,
)


def own_part(text: str) -> str:
    """``text`` up to the attack it says the act answers, if it tells one (see the module)."""
    cuts = [m.start() for m in (_RETALIATION.search(text), _FOLLOWED.search(text)) if m]
    return text[: min(cuts)] if cuts else text
