"""Russian border guards of Tajikistan's frontier: their fight with crossers from Afghanistan is in Tajikistan.

Until 2005 the Russian border group guarded Tajikistan's border with Afghanistan, and the reports of those years tell
its fights by the guards alone: "Russian border guards who patrol Tajikistan's frontier with Afghanistan have shot
dead a drug smuggler" (VOA 331), "Russian border guards on the Tajik-Afghan border came under fire … the shots came
from the part of Afghanistan held by the Taliban" (NEWSru 1196), "the press service of the Russian border guards in
Tajikistan said … an armed drug trafficker trying to get into Tajikistan from Afghanistan was tracked down"
(Pravda 942). The report names three states, so no reading of a place or of the one state across from an origin
(:mod:`.across_origin`) gives the country; but the guards stood on the Tajik side, and the coders put every such
event in Tajikistan (dev: 331, 931, 942, 953, 1195, 1196, 1197, the Moscow and Panj detachments' fights).

Only where the incident's own sentences name the Russian guards or troops and tell the Tajik side (the guards in
or of Tajikistan, the crossers going into it, the fire or the men coming from Afghanistan), the report names no
state but Tajikistan, Afghanistan and Russia, and no reading gave a country. A fight on an island in the river
(Washington Post 948) or told only "on the Tajik-Afghan border" (Qingdao News 1199) is on neither side, as the
coders leave it: nothing is set there.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .draft import Draft
from .sentences import Sentence

#: The Russian border group, by its men: "Russian border guards", "Russian frontier guards", "Russian troops".
_GUARDS = re.compile(
    r"\bRussian\s+(?:(?:border|frontier)\s+(?:guards?|troops|forces|service|group)|troops|servicemen)\b",
    re.IGNORECASE,
)
#: The Tajik side told: the guards in or of Tajikistan, the crossers going into it, fire or men from Afghanistan.
_TAJIK_SIDE = re.compile(
    r"\b(?:in|into|onto)\s+Tajikistan\b|\bTajikistan[’']s\s+(?:frontier|border)\b|"
    r"\bfrom\s+(?:the\s+)?(?:(?:territory|part)\s+of\s+)?Afghanistan\b|"
    r"\bfrom\s+the\s+Afghan\s+(?:side|bank|shore|territory)\b",
    re.IGNORECASE,
)
#: A fight the report places on neither bank: "an island in the middle of the river".
_NEITHER_SIDE = re.compile(r"\bisland\b|\bmiddle\s+of\s+the\s+river\b", re.IGNORECASE)
#: The states such a report may name besides the guards' own.
_THREE = frozenset({"TJ", "AF", "RU"})


def country_of_the_guards(
    draft: Draft, named: set[str] | None, sentences: list[Sentence], background: Collection[int]
) -> None:
    """Put in Tajikistan a draft with no country whose own sentences tell the Russian guards on the Tajik side."""
    if draft.values.get("country") or not named or not {"TJ", "RU"} <= named or not named <= _THREE:
        return
    own = draft.spanned_sentences(sentences, background)
    told = " ".join(sentence.text for sentence in own)
    guards = next((sentence for sentence in own if _GUARDS.search(sentence.text)), None)
    if guards is None or not _TAJIK_SIDE.search(told) or _NEITHER_SIDE.search(told):
        return
    draft.values["country"] = "TJ"
    draft.evidence["country"] = guards.text
    draft.notes.append("Country TJ: the Russian border guards of Tajikistan's frontier, on its side of the border.")
