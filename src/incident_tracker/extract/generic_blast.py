"""The generic word for a blast beside the weapon that made it: the weapon is kept, the generic word dropped.

Issue 14 (extract171), the first preference of the brief: abstain on a reading that was wrong out of sample.
``bench/extract_first_scores.py --rounds 40-94`` labels each proposed weapon set by what it holds; the sets that hold
``explosives`` (the reader's code for a bomb, a blast or an explosion told in general) together with a weapon that is
itself an explosive one (an IED, a grenade, mortar, artillery, rocket or missile fire, an air strike) and no firearms
were right 0 times of 13 on the held-back rounds' dev reports read by the code of their day (Udayavani 627, Latestly
639, The Express Tribune 661 and 662, Europa Press 669, TRT 717, The Indian Express 718, The Express Tribune 733,
CounterVortex 917, Kayhan 984, Brief 1021, JPNN 1022, The Irish Times 1348), and 0 of 2 by today's code on all of dev
(984, 1348). The report names the blast in general ("the explosion", "the blast", "explosives") and the weapon in
particular ("a bomb planted by the road", "four missiles", "artillery fire"); the coders code the weapon once, and in 8
of the 13 it is the particular one (627, 661, 662, 718, 733, 1021, 1022, 984's air strike). So the generic word goes
and the particular weapon stays. A set with firearms is left alone (a school "blown up" and villagers "fired on" is
both: Pakistan Today 881, right), as is a suicide bombing (the type reads ``explosives`` with the bomber's mark).
Run last of the finished readings (:func:`.draft_passes.read_each_finished`), after the type has been read.
"""

from __future__ import annotations

from .draft import Draft

#: Weapons that are themselves explosive: beside one of them, ``explosives`` names the same blast in general.
_PARTICULAR = frozenset({"ied", "grenade", "mortar", "artillery", "rocket", "missile", "airstrike"})


def generic_blast(draft: Draft) -> None:
    """Drop ``explosives`` from a weapon set that names the particular explosive weapon (see the module)."""
    weapons = list(draft.values.get("weapons") or [])
    if "explosives" not in weapons or "firearms" in weapons or not _PARTICULAR & set(weapons):
        return
    if draft.values.get("sub_event_type") == "Suicide bomb":
        return
    draft.values["weapons"] = [weapon for weapon in weapons if weapon != "explosives"]
    draft.notes.append(
        f"Weapons {', '.join(weapons)}: 'explosives' dropped beside the particular weapon (.generic_blast)."
    )
