"""A district taken back by the state's forces: ACLED's Battles → Government regains territory (issue 14).

"Afghan security forces backed by local residents have driven the Taliban out of Kaldar, a strategic district …"
(Sputnik 1000), "The district's return to government control comes amid …": the forces retook ground the group held,
the codebook's *Government regains territory*, as round 79 codes a district retaken (999, 1000). The report also
tells how the district had fallen ("was said to have fallen to the Taliban a month ago"), which
:func:`.territory.territory_taken` read as the capture, drafting the opposite sub-type with the group as its actor.

Only a district, or a place named after "out of", retaken by the forces: "drove the militants out of the places where
they were hiding" (888), "had been cleared of the rebels" (878) and "have taken back a check-post" that the militants
had attacked, killing 13 (889) are fights, coded *Armed clash*; "the government's claims to have taken back several
districts" (984) is a claim the group dismissed. Over all dev the shape is in 1000 alone (one coding of the sub-type
on dev), so it is read narrowly: the sub-type only, leaving who acted to the actor readings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

REGAINS = ("Battles", "Government regains territory")

_GROUP = r"(?:the\s+)?(?:Taliban|militants|insurgents|rebels|Islamic\s+State|ISIS|ISIL|Daesh)"
_DISTRICT = r"(?:the\s+)?(?:(?-i:[A-Z][\w-]+)\s+)?district(?:\s+(?:centre|center|headquarters))?\b"
_FORCES = r"\b(?:forces|troops|army|soldiers|police|commandos)\b"
_RETAKEN = re.compile(
    # "have driven the Taliban out of Kaldar", "pushed the militants out of the district"
    rf"{_FORCES}[^.;]{{0,80}}?\b(?:driven|drove|pushed|forced|expelled)\s+{_GROUP}\s+out\s+of\s+"
    rf"(?:(?-i:[A-Z][\w-]+)|{_DISTRICT})|"
    # "troops recaptured the Kaldar district", "forces regained control of the district centre"
    rf"{_FORCES}[^.;]{{0,80}}?\b(?:recaptured|retook|regained|took\s+back)\s+(?:control\s+of\s+)?{_DISTRICT}|"
    # "The district's return to government control"
    r"\bdistrict(?:['’]s)?\s+(?:return|returned)\s+to\s+(?:the\s+)?government(?:['’]s)?\s+control\b",
    re.IGNORECASE,
)


def district_retaken(draft: Draft, sentences: list[Sentence], background: set[int], *, first: bool) -> None:
    """Make a district retaken by the forces, told in the incident's own sentences, a government regaining
    territory (see the module). The report's first incident also reads the lead told before its own sentences:
    "forces have driven the Taliban out of Kaldar" names no violence the incident finder reads (``first``: the
    draft is the report's first)."""
    own = draft.own_sentences(sentences, background)
    lead = [s for s in sentences[: own[0].index] if s.index not in background] if first and own else []
    told = next((s for s in lead + own if _RETAKEN.search(s.text)), None)
    if told is None:
        return
    draft.values["event_type"], draft.values["sub_event_type"] = REGAINS
    draft.evidence["event_type"] = draft.evidence["sub_event_type"] = told.text
