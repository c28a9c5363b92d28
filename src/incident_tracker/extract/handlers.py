"""Attackers said by a state's military to have handlers abroad: an allegation, with who and where.

"The ISPR said intelligence agencies had picked up communications between the terrorists behind the attacks and
their handlers in Afghanistan and India" (Daily Times 591): the military's media wing names no group, but says
whom the attackers answered to, and where. The codebook's ``alleged``: the perpetrator as the speaker put it
("terrorists with handlers in Afghanistan and India"), the speaker as who alleged it. Nothing else is read from
the sentence: the countries are where the handlers are, not where the attackers came from, so no origin is set.

Only an incident with no statement of its own is read (nothing, or ``unattributed`` from a report that says no
one claimed it): a group's claim or a side's word already read outranks the allegation (The News 592, where the
Baloch Liberation Army's claim stands beside the army's word of handlers).
"""

from __future__ import annotations

import re

from .draft import Draft, country_code
from .sentences import Sentence

#: A state's military as the speaker: its media wing (the ISPR), the army, the military, the security forces.
_SPEAKER = (
    r"(?:(?:[Tt]he\s+)?Inter[- ]Services\s+Public\s+Relations(?:\s+\(ISPR\))?|ISPR|"
    r"(?:[Tt]he\s+)?(?:army|Army|military|Military)(?:[’']s\s+media\s+wing)?|(?:[Tt]he\s+)?security\s+forces)"
)
_COUNTRY = r"[A-Z][a-z]+"
#: "… the terrorists … and their handlers in Afghanistan and India", "militants whose handlers are in Afghanistan".
_HANDLERS = re.compile(
    rf"(?P<who>{_SPEAKER})\s+(?:has\s+|had\s+)?(?:said|says|stated)\b[^.;]{{0,160}}?"
    r"\b(?P<noun>terrorists|militants|attackers|insurgents)\b[^.;]{0,80}?"
    r"\b(?:their|whose)\s+(?:handlers|masterminds|sponsors)\s+(?:are\s+|were\s+)?(?:in|based\s+in|sitting\s+in)\s+"
    rf"(?P<where>{_COUNTRY}(?:(?:,\s+|\s+and\s+){_COUNTRY})*)\b"
)


def handlers_abroad(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``alleged`` against attackers whose handlers abroad the state's military named (see the module)."""
    if not draft.nobody_blamed:
        return
    for sentence in sentences:
        if sentence.index in background:
            continue
        found = _HANDLERS.search(sentence.text)
        if found is None:
            continue
        places = re.split(r",\s+|\s+and\s+", found.group("where"))
        if not all(country_code(place) for place in places):
            continue  # handlers "in Quetta" or "in the mountains": no country named
        who = re.sub(r"^[Tt]he\s+|\s+\(ISPR\)$", "", found.group("who"))
        draft.read_attribution("alleged", sentence)
        draft.set("perpetrator", f"{found.group('noun')} with handlers in {found.group('where')}", sentence)
        draft.set("attributed_by", who, sentence)
        return
