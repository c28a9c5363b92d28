"""A raid that killed a state's men is a fight, even when the raiders also took some of them away.

"The attackers killed 14 border guards, wounded six and took three soldiers hostage", "policemen were killed,
wounded and carried off": men taken in a raid that killed their comrades are part of the raid's toll, and the
corpus codes every such raid an ``Armed clash`` against the force, never an ``Abduction/forced disappearance``
(issue 14, extract139: on dev no abduction is coded with a force's dead, and the three raids drafted one, 99,
890 and 952, are coded clashes; the last from a background "kidnapped"). Civilians killed and taken are left as
they were: the corpus codes a village's men shot and taken hostage an abduction (42).
"""

from __future__ import annotations

from typing import Any

#: A state's forces as the victims' target type.
_FORCES = frozenset({"military", "border_guards", "police"})


def force_dead(values: dict[str, Any]) -> bool:
    """Whether the incident counts dead among a state's forces, which makes men taken beside them a raid's."""
    return bool(values.get("killed")) and values.get("target_type") in _FORCES
