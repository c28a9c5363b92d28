"""Weapon sets the reader proposed wrong every time it met them on new reports: left empty, not guessed.

Issue 14 (extract166), the first preference of the brief: abstain on a reading path that was wrong out of sample.
``bench/extract_first_scores.py --rounds 40-90`` labels each proposed weapon set by the weapons it holds; two sets
were never right, neither on the held-back rounds' dev reports read by the code of their day nor on all of dev read by
today's:

- *rockets and missiles together* (no drone or aircraft named): out of sample 0 right of 2 (Dawn 846, Pajhwok 1243),
  in sample 0 of 2 (1243, Salaam Times 452). A report calls the same fire rockets in one sentence and missiles in
  the next, and the coders keep the one word they take for the fire's own (1243 missiles, 452 rockets, 846 missiles
  beside the helicopters): the reader cannot tell which, and two codes are always one too many. A drone's or an
  aircraft's missiles are left alone (drone and missile: 9 of 9 right in sample, 6 of 7 out).
- *a drone and firearms alone*: out of sample 0 of 4 (News Now India 616, Dawn 842, Chicago Tribune 938, Ehtebar
  1234), in sample 0 of 2 (616, 1234). The drone is a base's ("where Chinese drones are kept", 616), one seen
  overhead, or the strike whose gunfire is another incident's (1234): one of the two is never the act's.

Either set becomes no weapon (``unknown``, which the scorer reads as no value): wrong is worse than empty. Run last of
the finished readings (:func:`.draft_passes.read_each_finished`), after the type has been read from the weapons.
"""

from __future__ import annotations

from .draft import Draft

#: A drone's or an aircraft's missiles: the rocket word beside them is the same strike's, and stays.
_FROM_THE_AIR = frozenset({"drone", "airstrike"})


def mixed_weapons(draft: Draft) -> None:
    """Leave the weapons empty when they are one of the sets above (see the module)."""
    weapons = set(draft.values.get("weapons") or [])
    rockets_and_missiles = {"rocket", "missile"} <= weapons and not _FROM_THE_AIR & weapons
    if not (rockets_and_missiles or weapons == {"drone", "firearms"}):
        return
    draft.values["weapons"] = ["unknown"]
    draft.evidence.pop("weapons", None)
    draft.notes.append(
        f"Weapons left empty: {' and '.join(sorted(weapons))} together: never right on new reports (.mixed_weapons)."
    )
