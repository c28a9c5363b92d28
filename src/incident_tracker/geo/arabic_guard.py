"""Guards on answers to Arabic-script place phrases: wrong is worse than empty.

The reader (:mod:`.phrase`, :mod:`.phrase_arabic`) takes the word for a border crossing
off an Arabic-script phrase before the name is looked up ("معبر سبين بولداك", "گذرگاه مرزی
X", "چمن کی سرحدی گذرگاہ"), because the name alone is what the gazetteer knows. In English the
kind word stays ("the Spin Boldak border crossing") and the border pack's crossing is matched
by its alias. In Arabic script no such alias exists for most crossings, so the name alone
finds the town the crossing is named after, and that town's point is given as ``exact``:
10 km from the crossing at Spin Boldak, a confident and wrong answer.

:func:`crossing_doubt` says when such an answer must not be given: the text names a crossing,
and the chosen place is neither a crossing (or post) nor a district or province, which
honestly claims only the unit that holds the crossing. The text is then left unlocated with
a note, as any untrusted answer is. Measured on the real set (docs/geocoding-journal.md, section
"Eleventh batch"): it removes the one confidently wrong ``dev`` answer of this kind and costs
no right answer there.

:func:`crossing_of_town` gives the crossing a town's name stands for instead, when the text names
the crossing: in English the pack's crossing answers through its alias ("Spin Boldak crossing");
in Arabic script no such alias exists for most crossings, so "معبر سبين بولداك" was left empty
while the pack held the crossing. The pack's crossing answers when it is the town's only one:
every pack crossing of the town's country (or its border) within :data:`CROSSING_TOWN_KM` of the
town lies within :data:`ONE_CROSSING_KM` of the nearest (the two sides of one crossing: Wesh and
Chaman). Two crossings apart, or none, and the refusal stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS, haversine_km
from .pack import PackEntry, shipped_pack
from .scripts import has_arabic_letter

if TYPE_CHECKING:
    from .candidates import Candidate
    from .chain import Resolver

#: "معبر" (Arabic), "گذرگاه" / "گذرگاہ" / "گزرگاہ" (Persian and Urdu; ذ and ز both written):
#: a border crossing. "بارڈر", "سرحد", "مرز" (border) are not: "چمن بارڈر" is Chaman's border,
#: the town itself as much as its crossing.
_CROSSING_WORD = re.compile(r"(?:^|(?<=\s))(?:معبر|المعبر|منفذ|المنفذ|گذرگاه|گذرگاہ|گزرگاه|گزرگاہ|گذرگه)(?=\s|$)")
#: Precisions that claim no more than a unit holding the crossing.
_UNIT_PRECISIONS = frozenset({"admin2", "admin1", "country"})


def crossing_doubt(text: str, chosen: Candidate) -> str | None:
    """Why ``chosen`` must not answer ``text`` (a crossing named in Arabic script, answered by a
    town's point), or None when it may."""
    if not has_arabic_letter(text) or not _CROSSING_WORD.search(" ".join(text.split())):
        return None
    if chosen.kind in BORDER_KINDS or chosen.geo_precision in _UNIT_PRECISIONS:
        return None
    return (
        f"a border crossing is named, but only {chosen.label} of that name is known, whose point is not the crossing's"
    )


#: A crossing named after a town lies this close to it (Spin Boldak to Wesh: 6 km; to the
#: Pakistani side at Chaman: 11 km).
CROSSING_TOWN_KM = 15.0
#: Crossing rows this close together are the two sides of one crossing.
ONE_CROSSING_KM = 8.0


def crossing_of_town(text: str, chosen: Candidate | None, chain: Resolver) -> Candidate | None:
    """The pack crossing that ``chosen`` (a town) stands for in ``text``, or None (see the module)."""
    if chosen is None or crossing_doubt(text, chosen) is None:
        return None

    def far(entry: PackEntry) -> float:
        return haversine_km(chosen.latitude, chosen.longitude, entry.latitude, entry.longitude)

    near = sorted(
        (e for e in shipped_pack() if e.kind == "border_crossing" and chosen.country in (e.country, *e.border_with)),
        key=far,
    )
    near = [e for e in near if far(e) <= CROSSING_TOWN_KM]
    if not near:
        return None
    first = near[0]
    if any(haversine_km(first.latitude, first.longitude, e.latitude, e.longitude) > ONE_CROSSING_KM for e in near):
        return None
    found = chain.candidates(first.name, country=first.country).chosen
    if found is None or found.kind not in BORDER_KINDS:
        return None
    return found if haversine_km(found.latitude, found.longitude, first.latitude, first.longitude) < 1.0 else None
