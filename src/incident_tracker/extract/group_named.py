"""A name the actor dictionary knows as a side is no place: "aimed at Taliban and al Qaeda-linked commanders".

The place readings take a capitalised name after a preposition ("at X", "in X") as the scene; an armed group or a
force named there is who was aimed at or who acted, never where (AFP 1556: "The covert US drone war is aimed at
Taliban and al Qaeda-linked commanders …" gave the place "Taliban", round 100's first score). Only a name the
shipped actor list (:mod:`.groups`) holds *whole* is left out, never one found by the shape of a group's name
(:mod:`.group_shapes` reads "Lashkar Gah", a town, as a lashkar) and never a longer name that only contains one.
"""

from __future__ import annotations

from .groups import _group_pattern, _spell


def names_a_side(name: str) -> bool:
    """Whether ``name``, as a place reading took it, is wholly a side the actor dictionary names ("Taliban",
    "TTP", "Frontier Corps"), in any spelling the dictionary knows."""
    spelled, _ = _spell(name.strip())
    return _group_pattern(False).fullmatch(spelled) is not None
