"""A town that bears the string only as another name, where a namesake of the same lookup bears it as its own.

Batch 89 noticed (docs/geocoding-journal.md, "Eighty-ninth batch: held back"): the bare Persian "رودبار" in a report
naming Iran alone was answered at Khalīlābād in Gilan, ``exact``, over 1,000 km from the Afghan and Pakistani lines.
GeoNames records "رودبار" (and "Rudbar") among Khalīlābād's other names, and the same lookup found three more places
that bear it: Rūdbār of Kerman (the seat of Rudbar-e Jonub, a county the set's reports name), Rūdbār of Mazandaran and
a hamlet by Khalīlābād. All four match by a recorded name at one score, and the chooser took the most populous, the
one place of the four whose own name the string is *not*: "Rūdbār" is "رودبار" in Latin letters, "Khalīlābād" is not.
A report that writes the name of two towns 265 to 1,260 km apart has not said which it means: wrong is worse than empty.

The rule (:func:`own_name_rival`): the answer was matched only by another of its names
(:func:`.other_name.by_other_name`) and the string's consonants (:func:`.skeleton.skeletons`, which read Latin, Cyrillic
and Arabic letters alike) are not its own name's; a rival of the same lookup, in the answer's country or one the text
names, matched by a recorded name, bears the string as its own name (their skeletons meet, of three consonants or more),
is not far from its country's border land (:mod:`.region`), and lies more than :data:`FAR_KM` away: no answer. A rival
in a third country is :mod:`.famous_alias`'s and :mod:`.other_name`'s business; an answer by its own name, or a rival
near the answer (the same town's hamlet), is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .other_name import by_other_name
from .skeleton import skeletons
from .text import name_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

__all__ = ["own_name_rival"]

#: Two bearers of a name this far apart are two places (as :mod:`.famous_alias` and :mod:`.other_name` measure).
FAR_KM = 100.0
_RECORDED = ("name", "alias", "variant")
#: A skeleton of fewer consonants says too little to call a name another place's own ("Hotan" and "Hetan" are both
#: ``tn``; "رودبار" and "Rūdbār" are ``rdbr``).
MIN_CONSONANTS = 3


def _own_name_is(candidate: Candidate, said: frozenset[str]) -> bool:
    """Whether the string (its skeletons ``said``) spells ``candidate``'s own name, in whatever letters."""
    return bool(skeletons(name_key(candidate.name)) & said)


def own_name_rival(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why ``chosen`` must not answer (it bears the string only as another name, a far namesake of the same lookup
    bears it as its own: see the module), or None."""
    name = resolution.parsed.name
    if chosen.level is not None or not by_other_name(chosen, name):
        return None
    said = skeletons(name_key(name))
    if not said or min(map(len, said)) < MIN_CONSONANTS or _own_name_is(chosen, said):
        return None
    countries = resolution.named | {chosen.country}
    for rival in resolution.candidates:
        if rival.match not in _RECORDED or rival.country not in countries or not _own_name_is(rival, said):
            continue
        if rival.far:
            continue  # far from the country's border land (China east of Xinjiang): no rival (:mod:`.region`)
        km = haversine_km(rival.latitude, rival.longitude, chosen.latitude, chosen.longitude)
        if km > FAR_KM:
            return (
                f"left unlocated: {chosen.label} bears {name!r} only as another name, and it is the own name of "
                f"{rival.label}, {km:.0f} km away: either may be meant"
            )
    return None
