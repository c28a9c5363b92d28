"""A clash in which one state's forces are blamed for fighting another state's soldiers or police: no target type.

The rulings' *Country and target* (docs/extract.md): ``target_type`` is coded for one-sided attacks and left empty for
exchanges of fire between two states' forces. :func:`.finish._no_single_target` empties it when the report tells two
sides firing; a report that tells one side's losses and blames the other state's forces ("Two Frontier Constabulary
men were wounded when an FC check post … came under fire from automatic weapons from Afghanistan's Khost province",
"Border forces of Turkmenistan fired on Monday at Afghan troops", "an Iranian soldier has been killed in an exchange
of fire between Iranian forces and the Taliban") kept the losses' ``military`` as the target of a one-sided attack.
On dev (extract198) the reader typed 10 such drafts ``military`` or ``police``, and the coders left every one of the
10 empty (1165, 152, 187, 30, 31, 426, 757, 865, 87, 935).

The blamed side is a state's forces: the actor dictionary's "Military Forces of X" or "Police Forces of X", or a force
told with its people's word ("Afghan forces", "the Iranian side"), never men who are no state's force told from a
side ('"miscreants" from the Afghan side', "terrorists operating from the Iranian side"); or the Taliban once they
held Afghanistan (from 15 August 2021; at Pakistan's border only when told as the Afghan Taliban or as forces, since
"Taliban" alone there may be the TTP). The side hit is another state: the victims' nationality, else the country
(whose own nationals carry none). Border guards hit are left as they are: the coders type them ``border_guards`` in
most clashes of two border services (:mod:`.border_services`), as the reader does. The victims' nationality and free
text stay: the rulings' *whose nationality in a clash* keeps the nationality of the side whose losses alone are told.
"""

from __future__ import annotations

import re

from .actor_state import AFGHAN_TALIBAN, forces_state
from .draft import Draft
from .finish import IRREGULAR
from .speakers import TALIBAN_RULE

#: The types of a state's soldiers or police hit, which a clash with another state's forces does not make its target.
_FORCES_HIT = ("military", "police")
#: The Taliban told as Afghanistan's, not Pakistan's own: "the Afghan Taliban", "Taliban forces", "the Taliban regime".
_TALIBAN_AS_STATE = re.compile(r"\bAfghan\b|\b(?:forces|regime|government|border)\b", re.IGNORECASE)


def _blamed_state(actor: str, day: str, country: str) -> str | None:
    """The state whose forces the blamed actor is, or None (see the module)."""
    if not IRREGULAR.search(actor) and (state := forces_state(actor)):
        return state  # not '"miscreants" from the Afghan side', 'terrorists operating from the Iranian side'
    if day < TALIBAN_RULE or not AFGHAN_TALIBAN.search(actor):
        return None
    return "AF" if country != "PK" or _TALIBAN_AS_STATE.search(actor) else None


def other_state_fought(draft: Draft) -> None:
    """Empty the soldiers' or police's target type of a clash blamed on another state's forces (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Armed clash" or values.get("target_type") not in _FORCES_HIT:
        return
    actor, country = str(values.get("perpetrator") or ""), str(values.get("country") or "")
    hit = str(values.get("victim_nationality") or country)
    state = _blamed_state(actor, str(values.get("event_date") or ""), country) if actor else None
    if not state or not hit or state == hit:
        return
    draft.forget("target_type", "civilian_targeting")
    draft.notes.append(f"No target type: {hit}'s men in a clash with {state}'s forces, two states' forces fighting.")
