"""A force's men hit when an armed group attacked their post: the attack was aimed at them, a target even in a fight.

Issue 14 (extract183): the hand coding's *Country and target* codes `target_type` for one-sided attacks ("a police
station, a checkpost, a convoy") and leaves it empty only for exchanges of fire between two states' forces; and the
reader's own rule keeps the target of "militants who attack troops … even when the troops fire back" (the ``_aimed``
mark, :func:`.finish._no_single_target`). That mark came only from an act aimed at people ("opened fire on the
border guards", :func:`.parties.target_of_the_act`), and only when a side was named for it; so a toll's force whose
post the report tells attacked by militants or terrorists, with the fight that followed, lost its target as a
two-sided clash: "Two personnel were martyred when terrorists attacked a security forces' post in the Singwan area"
(APP 835), "security personnel were martyred … in a series of militant attacks on several security posts" (Dawn
1103), "militants attacked a border post …; the troops fired back" (AP 125), all coded `military`.

So a target the toll already gave (`military`, `police`, `border_guards`) is marked aimed when the incident's own
sentences tell a facility of that force (or one whose holder is not told) attacked, in a sentence that names an
armed group's men as the attackers (militants, terrorists, insurgents, gunmen, attackers, khwarij). Not for a state's
forces attacking the other state's posts (two states' forces: no target), nor for an infiltration foiled (troops
stopping it have no target, the reader's ``_foiled``), nor where the facility is another force's than the toll's.
"""

from __future__ import annotations

import re

from .draft import Draft
from .forces_hit import facility_hit
from .sentences import Sentence

#: An armed group's men told in the sentence of the attack: "terrorists attacked", "militant attacks on".
_GROUP_MEN = re.compile(
    r"\b(?:militants?|terrorists?|insurgents?|gunmen|attackers|khwarij|khawarij)\b",
    re.IGNORECASE,
)

#: The targets a toll gives a force's men.
_FORCES = frozenset({"military", "police", "border_guards"})


def post_aimed(draft: Draft, own: list[Sentence]) -> None:
    """Mark the toll's force as aimed at when an armed group attacked its post (see the module)."""
    values = draft.values
    if values.get("target_type") not in _FORCES or values.get("_foiled") or values.get("_aimed"):
        return
    found = facility_hit(own)
    if found is None:
        return
    sentence, kind = found
    if kind not in (None, values["target_type"]) or not _GROUP_MEN.search(sentence.text):
        return
    draft.set("_aimed", True, sentence)
