"""A clash told as begun by one state's forces coming across: that side is the one blamed.

"The fighting broke out … after an Iranian patrol had come into Afghanistan", "it began after Iranian border guards
came into Nimroz province", "the fighting began, it said, when Iranian border forces entered the western areas of
Nimroz province": the statement (one side's) says who started it, by crossing into the other side's ground. The
codebook's ``alleged`` ("an interested party … names a perpetrator"), with that state's forces as the actor and
the state as the origin, as the coders code such a clash.

Only for a draft still at the default attribution (no statement of blame was read), only when the sentence tells
the fighting's start ("broke out", "began", "started") and the state that crossed is not the country where the
draft's incident is (forces entering their own province are no crossing). :mod:`.came_across` reads the same for
attackers told by a label ("terrorists who came from Pakistan"), where only the origin is kept.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

#: A state's forces told as crossing in at the fight's start: "(the fighting) began after Iranian border guards
#: came into", "broke out … after an Iranian patrol had come into", "began, it said, when Iranian border forces
#: entered".
_CROSSED_IN = re.compile(
    r"\b(?:broke\s+out|began|started|erupted)\b[^.;]{0,120}?\b(?:after|when)\s+(?:an?\s+|the\s+)?"
    r"(?P<state>[A-Z][a-z]+)\s+(?P<force>patrol|border\s+guards|border\s+forces|border\s+police|forces|troops|"
    r"soldiers|guards)\s+(?:had\s+)?(?:came|come|entered|crossed|pushed|moved|strayed)\b"
    r"(?:\s+(?:into|in(?:to)?|over))?"
)


def crossed_in(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Blame the state whose forces the report says came across and started the clash (see the module)."""
    values = draft.values
    if not draft.blame_unread or values.get("perpetrator"):
        return
    if values.get("event_type") != "Battles":
        return
    for sentence in sentences:
        if sentence.index in background:
            continue
        found = _CROSSED_IN.search(sentence.text)
        if found is None:
            continue
        code = state_code(found.group("state"))
        if code is None or code == values.get("country"):
            continue
        force = "forces" if found.group("force") == "patrol" else re.sub(r"\s+", " ", found.group("force"))
        draft.read_attribution("alleged", sentence)
        draft.set("perpetrator", f"{found.group('state')} {force}", sentence)
        draft.set("origin_country", code, sentence)
        draft.notes.append(f"The clash is told as begun by {found.group('state')} {force} coming across: alleged.")
        return
