"""A bare name that is a province's of the one side the text names, answered by a place across the line: no answer.

geo166 found "زابل" and the Pashto "د زابل" (of Zabul), in a text that names Afghanistan alone, answered Iran's Zabol
County: Persian and Pashto write Afghanistan's Zabul province and Iran's Zabol (the city and its county) with the same
letters, and a bare name in Arabic script reaches only the towns and the pack's units, not a province, so the
county across the line was the one candidate. A text that names Afghanistan alone and writes its province's name is
more likely about the province; wrong is worse than empty. The Latin "Zabol" with Afghanistan named is the same tie
by sound (the keys of Zabol and Zabul are one).

The rule (:func:`named_province_name`): the text names one or more countries, the answer lies in none of them, and
the name, written alone (no context part, level word, pair or "near"), is a province's of a named country, letter for
letter (by its key) or, in a script the phonetic key reads, by sound (a key of :data:`.province_town.MIN_KEY` letters
or more): no answer. An answer in a country the text names is the chooser's business (:mod:`.twin_guard` and
:mod:`.namesake_guard` weigh such twins), and so is a province answered by its own name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .province_town import MIN_KEY
from .text import name_key, phonetic_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["named_province_name"]


def named_province_name(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (a bare name a named country's province bears, the answer across the line), or
    None (see the module)."""
    parsed, named = resolution.parsed, resolution.named
    if not named or chosen.country in named or not chosen.country:
        return None
    if parsed.context or parsed.level or parsed.near or parsed.pair is not None or parsed.role is not None:
        return None
    if "admin1" in (chosen.level, chosen.geo_precision):
        return None
    key = name_key(parsed.bare or parsed.name)
    pkey = phonetic_key(key)
    lookup = chain.gazetteer.admin1_lookup
    slots = list(lookup.by_key.get(key, []))
    if pkey is not None and len(pkey) >= MIN_KEY:
        slots += [slot for _key, slot in lookup.by_pkey.get(pkey, [])]
    provinces = sorted({country for country, _code in slots if country in named})
    if not provinces:
        return None
    return (
        f"left unlocated: {parsed.name!r} is the name of a province of {', '.join(provinces)}, which the text names; "
        f"{chosen.label} lies in a country it does not name"
    )
