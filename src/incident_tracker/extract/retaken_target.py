"""Ground taken back by the state's forces has no target of theirs (issue 14).

A retaking (:mod:`.retaken`: "Afghan security forces took back Darqad district … after several days of heavy
fighting") is the forces' own act, and the coders code no target for it: 1584's Darqad and 1000's Kaldar, both
retaken by Afghan forces, keep ``target_type`` empty, as the fifth rulings' *a district, town or post taken* reads
(the target is the defenders named, and a retaking's defenders are the group driven out, no codebook type). The
reader set ``military`` from the forces' own wounded ("As many as four members of the security forces were wounded
in the operation", Raha Press 1584): the men who acted, hurt in the act, are not whom it was aimed at. The state's
forces' types are dropped; a civilian toll (a target the act may have hit) stays.
"""

from __future__ import annotations

from .draft import Draft

#: The state's own forces: the acting side of a retaking, never its target.
_OWN_FORCES = ("military", "police", "border_guards")


def retaking_no_target(draft: Draft) -> None:
    """Drop a state's-forces target from a retaking's draft (see the module)."""
    values = draft.values
    if values.get("sub_event_type") == "Government regains territory" and values.get("target_type") in _OWN_FORCES:
        draft.forget("target_type")
        draft.notes.append("The state's forces took the ground back: their own losses are not the act's target.")
