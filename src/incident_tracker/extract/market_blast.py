"""The people a bomb killed in a market: civilians, the blast's target.

"People" alone tells no side (a side's count of its own uses it too), so a toll of "people" gives the reader no
target. A bomb that went off in a market or bazaar, told in the incident's own sentences ("went off in the
crowded Eidgah market for used clothes", Pakistan Today 642; "tore through a busy bazaar", The Express Tribune 643),
struck the shoppers and traders there: the corpus codes them ``civilians``. Only a blast (explosives or an ied, no
gun, no suicide bomber), only a toll of "people" told in the market's sentence, and only when no target
was read and the toll kept no noun: one first told without it ("the 25 killed", "the toll has risen to 23") leaves
:mod:`.people_hit`, which reads the toll's "people" as civilians, nothing to read.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import BLAST_WEAPONS

#: A bomb told going off in a market: "went off in the crowded Eidgah market", "tore through a busy bazaar".
_IN_A_MARKET = re.compile(
    r"\b(?:bomb|blast|explosion|device)\b[^.;]{0,60}?\b(?:(?:went\s+off|exploded)\s+(?:\w+\s+){0,4}?(?:in|at|inside)|"
    r"(?:tore|ripped)\s+through|hit|struck)\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:market|bazaa?r)\b",
    re.IGNORECASE,
)

#: The toll told as "people", in the same sentence: "killing at least 25 people".
_PEOPLE_KILLED = re.compile(
    r"\b(?:killing|killed|kills|left)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?\w+\s+people\b"
)


def people_at_the_market(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Make the people a market bomb killed its civilian target (see the module)."""
    if draft.values.get("target_type") or not BLAST_WEAPONS & set(draft.values.get("weapons") or []):
        return
    if draft.values.get("_suicide") or draft.values.get("_killed_who") or draft.values.get("_injured_who"):
        return  # the toll's own noun was read ("killed at least 21 people"): .people_hit reads it, as it does
    if set(draft.values.get("weapons") or []) - BLAST_WEAPONS:
        return
    told = draft.own_sentences(sentences, background)
    market = next((s for s in told if _IN_A_MARKET.search(s.text) and _PEOPLE_KILLED.search(s.text)), None)
    if market is None:
        return
    draft.set("target_type", "civilians", market)
    draft.set("victims", "people at the market", market)
    draft.notes.append("The bomb went off in a market: the people it killed were civilians.")
