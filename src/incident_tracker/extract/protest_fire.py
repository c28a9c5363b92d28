"""The police or security forces firing on protesters: ACLED's *Excessive force against protesters*.

The codebook's taxonomy holds it under Protests: a protest met with lethal force by the state's forces is
``Protests`` → ``Excessive force against protesters``, not an attack on civilians. The reader read "police killed at
least four people … as they broke up a protest" (round 65's 857), "police fired on ethnic Turkmens who had gathered
outside the district administration" (858) and "the security forces fired on protesters who had gathered" (859) as
``Violence against civilians`` → ``Attack`` with no actor. Read here, in one sentence of the incident's own: the
police or the security forces, the act of firing or killing, and within the same clause the protest (protesters,
demonstrators, a protest, a demonstration or rally, a crowd, people "who had gathered", "broke up" a gathering).
The protesters are civilians; the force is the actor, ``alleged`` (named by the one source that tells it, an
interested party or the outlet, as the codebook has it), unless the draft already names an actor or has a status
other than ``alleged`` read from the text (a claim, a confirmation, a dispute stands).
Border guards who fire at a man and so set off a protest are not read ("shot and wounded an Uzbek man …, setting off
an angry protest": the protest comes after the fire, and guards are no police).
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: The state's forces that police a crowd.
_FORCE = r"(?:riot\s+police|police(?:men)?|security\s+forces|security\s+personnel)"
#: The crowd they fired on, told after the act in the same clause.
_CROWD = (
    r"(?:protesters|protestors|demonstrators|(?:a|the)\s+(?:\w+\s+)?(?:protest|demonstration|rally|crowd)\b|"
    r"(?:who\s+)?had\s+gathered|broke\s+up|breaking\s+up)"
)
_FIRED_ON_PROTEST = re.compile(
    rf"\b(?P<force>(?:the\s+)?{_FORCE})\s+(?:\w+\s+){{0,2}}?(?:opened\s+fire|fired|shot|killed)\b[^.;]{{0,90}}?"
    rf"\b{_CROWD}",
    re.IGNORECASE,
)
PROTEST_TYPE = ("Protests", "Excessive force against protesters")


def fire_on_protesters(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Type the draft as fire on protesters when one of its own sentences tells it (see the module)."""
    for sentence in draft.own_sentences(sentences, background):
        found = _FIRED_ON_PROTEST.search(sentence.text)
        if found is None:
            continue
        draft.set("event_type", PROTEST_TYPE[0], sentence, replace=True)
        draft.set("sub_event_type", PROTEST_TYPE[1], sentence, replace=True)
        draft.set("target_type", "civilians", sentence)
        if draft.values.get("attribution") in (None, "unattributed", "alleged") and not draft.values.get("perpetrator"):
            draft.set("attribution", "alleged", sentence, replace=True)
            draft.set("perpetrator", found.group("force"), sentence)
        draft.notes.append("Police or security forces firing on protesters: excessive force against protesters.")
        return
