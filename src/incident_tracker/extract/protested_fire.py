"""Fire a state protests to its neighbour: an allegation against the neighbour, with the origin.

"Pakistan has lodged a strong protest over unprovoked fire from Afghanistan on the border area" (Times of Islamabad
665); "called in Afghanistan's chargé d'affaires to protest against unprovoked artillery fire from the Afghan side"
(Dunya News 666); "Afghanistan has summoned Pakistan's ambassador … as artillery shelling of the east of the country
continues" (Times of Islamabad 668). A government's protest at fire from across the border is its word that the
neighbour fired: the codebook's ``alleged``, the neighbour as the origin, and "the Afghan side" as the perpetrator
where the protest names the side, as the dev coding reads it. Two forms only: a protest at fire told "from" a
country, its territory or its side; and a summons of a country's envoy in a sentence that tells fire (shelling,
rockets, artillery, a bombardment), the envoy's state being the one protested against.

Only an incident with no statement of its own is read (nothing, or ``unattributed``): a side's word already read
outranks the protest, and a protest at "action by Pakistani troops" names no fire.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

_FIRE = (
    r"(?:fire|firing|shelling|shells|rockets?|artillery|mortars?|bombardment|bombing|air\s*strikes?|missiles?|"
    r"projectiles)"
)
#: "a protest over unprovoked fire from Afghanistan", "protested … over artillery shells fired from Pakistani
#: territory", "to protest against unprovoked artillery fire from the Afghan side".
_PROTEST_FROM = re.compile(
    rf"\bprotest(?:ed|s|ing)?\b[^.;]{{0,60}}?\b(?:over|against|at)\s+[^.;]{{0,60}}?\b{_FIRE}\b[^.;]{{0,20}}?"
    r"\bfrom\s+(?:the\s+)?(?P<where>[A-Z][a-z]+)(?P<side>\s+side\b)?"
)
#: "Afghanistan has summoned Pakistan's ambassador", "called in the Afghan chargé d'affaires": whose envoy.
_SUMMONED = re.compile(
    r"\b(?:summon(?:ed|s)?|call(?:ed|s)?\s+in)\s+(?:(?P<owner>[A-Z][a-z]+)[’']s|the\s+(?P<adj>[A-Z][a-z]+))\s+"
    r"(?:ambassador|envoy|charg[ée]\s+d[’']affaires|high\s+commissioner)\b"
)
_FIRE_TOLD = re.compile(rf"\b{_FIRE}\b", re.IGNORECASE)


def protested_fire(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``alleged`` against the state whose fire another protested (see the module)."""
    if not draft.nobody_blamed:
        return
    for sentence in sentences:
        if sentence.index in background:
            continue
        text = sentence.text
        found = _PROTEST_FROM.search(text)
        code = state_code(found.group("where")) if found else None
        side = f"the {found.group('where')} side" if found and found.group("side") and code else None
        if code is None:
            summoned = _SUMMONED.search(text)
            if summoned is None or not _FIRE_TOLD.search(text[summoned.end() :]):
                continue
            code = state_code(summoned.group("owner") or summoned.group("adj"))
        if code is None:
            continue
        draft.read_attribution("alleged", sentence)
        draft.set("origin_country", code, sentence)
        if side:
            draft.set("perpetrator", side, sentence)
        draft.notes.append("A state's protest at fire from its neighbour: alleged, the neighbour as origin.")
        return
