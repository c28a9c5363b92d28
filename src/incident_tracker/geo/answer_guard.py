"""Guards on answers that came by a loose path: wrong is worse than empty.

``bench/answer_paths.py`` counts, per path of the geocoder, how often its answers were
right on strings no rule had seen (the first score of each batch, docs/geocoding.md,
section "Where confident wrong answers come from"). A sound-alike is the loosest path
that still answers: the name is not one the place is known by, only close in sound. It is
taken when it is the one such place of the region (:func:`.candidates._sound_of_a_border_place`);
but the region is eight countries, and a report that names its countries ("Bulak-Bashy
area of Batken region", in a report on Kyrgyzstan and Tajikistan) has said where the place
is not. A sound-alike across the line in a third country (Buloqboshi, Uzbekistan) was the
fifteenth batch's one confidently wrong dev answer at its first score.

:func:`sound_outside_named` says when such an answer must not be given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Candidate


def sound_outside_named(chosen: Candidate, named: frozenset[str]) -> str | None:
    """Why ``chosen`` must not answer (a sound-alike outside every country the text names), or None.

    A place on the line (crossing, post, bridge) counts for both of its sides; a border district
    or town lies wholly on one side. No country named: nothing to hold it against.
    """
    from .gazetteer import BORDER_KINDS

    if chosen.match != "sound" or not named:
        return None
    sides = {chosen.country, *(chosen.border_with if chosen.kind in BORDER_KINDS else ())}
    if sides & named:
        return None
    where = ", ".join(sorted(named))
    return f"left unlocated: only a sound-alike match, {chosen.label}, outside the countries the text names ({where})"
