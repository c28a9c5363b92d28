"""A suicide bombing named beside fire from afar: not the incident's kind.

"Two days of artillery fire … killed more than a dozen militants, a leading trainer of suicide bombers among them"
(The Express Tribune 661); "Kabul's concern at the arrest of refugees, which followed the suicide bombing at the
shrine" (662); "Pakistan blames groups in Afghanistan for the suicide bombing of the shrine" (Europa Press 669). A
report of shelling, rockets or an air strike names suicide bombers as who was hit or a bombing elsewhere as the
background; the word alone typed the shelling a ``Suicide bomb`` and added ``explosives``. When the incident's
weapons are fire from afar (artillery, rockets, mortars, an air strike) and no sentence of it tells a bomber's own
act ("blew himself up", "detonated his vest", "drove … into"), the suicide word is dropped with the explosives it
added. A bomber's act told with the shelling (a complex attack) keeps the bombing.
"""

from __future__ import annotations

from .bombers import BOMBER_ACT
from .draft import Draft
from .sentences import Sentence

#: Weapons fired from afar: a shelling's, a rocket attack's, an air strike's.
_FROM_AFAR = frozenset({"artillery", "rocket", "mortar", "airstrike"})


def fire_not_bomber(draft: Draft, sentences: list[Sentence]) -> None:
    """Drop the suicide bombing a shelling's report only names (see the module)."""
    weapons = list(draft.values.get("weapons", []))
    if not draft.values.get("_suicide") or not _FROM_AFAR & set(weapons) or "explosives" not in weapons:
        return
    if any(BOMBER_ACT.search(sentence.text) for sentence in sentences):
        return
    draft.values.pop("_suicide", None)
    draft.evidence.pop("_suicide", None)
    draft.values["weapons"] = [w for w in weapons if w != "explosives"]
    draft.notes.append("A suicide bombing named beside fire from afar, no bomber's act told: not the incident's kind.")
