"""A drone is the aircraft of its strike: a drone's incident takes no ``airstrike`` beside ``drone`` (issue 14).

The codebook keeps ``drone`` as a weapon of its own, and the coders never add ``airstrike`` to it: of dev's 59
incidents coded with a drone (extract187), none is. The reader added it from an "air strike" told in a sentence it
joined to the drone's incident: the month's tally of strikes ("the most air strikes launched in one month", ANI
1731) or another strike the report recalls ("after a NATO air strike on two border posts in November", The Nation
1345), both beside a drone that fired two missiles. Whatever "air strike" names there, it is the drone's own strike
or another one, never a second weapon of this one; so the drone stays and ``airstrike`` goes. Run with the finished
readings (:func:`.draft_passes.read_each_finished`), after the type has been read from the weapons: the type, an
``Air/drone strike`` either way, does not move.
"""

from __future__ import annotations

from .draft import Draft


def drone_is_the_aircraft(draft: Draft) -> None:
    """Drop ``airstrike`` from a draft whose weapons also hold ``drone`` (see the module)."""
    weapons = list(draft.values.get("weapons") or [])
    if "drone" not in weapons or "airstrike" not in weapons:
        return
    draft.values["weapons"] = [weapon for weapon in weapons if weapon != "airstrike"]
    draft.notes.append("A drone is the strike's aircraft: airstrike beside it dropped (.drone_aircraft).")
