"""The state's forces' own operation, told by their side: their men hit in it are not its target (issue 14).

A clash the state's own side tells as its forces' act ("the security forces had carried out the operation", "in
another intelligence-based operation … two soldiers were martyred and four more terrorists were killed", the ISPR) is
``confirmed`` with the forces as the actor, as the sixth-round cases code a security raid; the act was aimed at the
men they went for, whom no codebook type names. The reader set ``military`` from the forces' own dead, the men who
acted, hurt in the act, as :mod:`.retaken_target` found for a retaking. On dev (extract198) the drafts of this shape
were two (1114, 624), both coded with no target. A state's forces confirmed as fighting another state's men (Tajik
border guards who killed an Uzbek guard, 383, coded ``border_guards``) are no such case: the victims are the other
side, and the draft keeps them.
"""

from __future__ import annotations

from .actor_state import FORCE_WORDS, forces_state
from .draft import Draft
from .finish import IRREGULAR

#: The types of the state's own men under arms, the acting side of its operation.
_OWN_FORCES = ("military", "police", "border_guards")


def own_operation_no_target(draft: Draft) -> None:
    """Drop the target type of a confirmed clash whose actor is the hit men's own state's forces (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Armed clash" or values.get("attribution") != "confirmed":
        return
    actor = str(values.get("perpetrator") or "")
    if values.get("target_type") not in _OWN_FORCES or not FORCE_WORDS.search(actor) or IRREGULAR.search(actor):
        return
    hit = values.get("victim_nationality") or values.get("country")
    if forces_state(actor) not in (None, hit):
        return  # another state's men: they were the side fought
    draft.forget("target_type", "civilian_targeting")
    draft.notes.append("No target type: the forces' own operation, their own men hurt in it.")
