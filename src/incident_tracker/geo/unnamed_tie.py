"""A town whose own name is a province's across a line, and a text that names no country: no answer.

geo163 left "Jalal-Abad" and the German "Dschalal-Abad" with no country named answering Jalalabad in Nangarhar. The
town and Kyrgyzstan's Jalal-Abad province (and its seat) bear one name (phonetic key ``jalalabad``; German writes
"Dschalalabad" for the Afghan town too), and nothing in such a text says which country is meant. geo163's tie rule
(:mod:`.province_town`) refuses a town whose own name sounds as a province just as much when the town lies in
another country and the text names the province's country; with no country named at all the tie is the same tie,
and no named country breaks it.

The rule: where the text names no country, the name is looked up bare (no unit word, no context part but one the
scope could not read, geo190: "Jalalabad, Kirgizisztán" names Kyrgyzstan in a language the house does not read), and the
chosen town's own name has the phonetic key of a province of the region in another country than the town's, the
town is no answer. A unit answer is left alone, and so is a town whose province bearing its name is its own country's
(Balkh in Balkh, Tashkent city beside Tashkent region, Golestan in Tehran). A key under
:data:`.province_town.MIN_KEY` letters is not read. No string of the set names no country: the rule's reach is the
house strings of ``tests/test_geo_batch82_rules.py``.

A district answered for such a name is the same tie (geo166): "Zaboul" (French) and "Забуль" (Russian), with no
country named, answered Iran's Zabol County by its sound, where the name is as much Afghanistan's Zabul province (the
usual reading in the region's news). So a district answer is held to the text's name, not its own ("Zabol County"
keys as nothing): where that name has the phonetic key of a province of another country of the region, no answer. A
province answered by its own name ("Zabul" is Zabul) is still the province, as the house reads a bare province name.
A script the phonetic key does not read is held to the letters written: "زابل" is the Afghan province's Persian and
Pashto name and the Iranian county's alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bounds import is_ignored
from .province_town import MIN_KEY
from .region import DEFAULT_REGION
from .text import name_key, phonetic_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["unnamed_country_tie"]


def _ignored(part: str, notes: list[str]) -> bool:
    """Whether the scope left the context part ``part`` unread: no country, province or district it knows
    ("Jalalabad, Kirgizisztán", Kyrgyzstan in Hungarian, is a text that names no country the house reads)."""
    return any(is_ignored(part, note) for note in notes)


def unnamed_country_tie(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (a town bearing a province's name across a line, no country named), or None."""
    parsed = resolution.parsed
    if resolution.named or parsed.level or "admin1" in (chosen.level, chosen.geo_precision):
        return None
    if not all(_ignored(part, resolution.notes) for part in parsed.context):
        return None
    district = "admin2" in (chosen.level, chosen.geo_precision)
    if district and (parsed.pair is not None or parsed.near or len(parsed.name.split()) != 1):
        return None
    key = name_key(parsed.name if district else chosen.name)
    pkey = phonetic_key(key)
    lookup = chain.gazetteer.admin1_lookup
    if pkey is not None and len(pkey) >= MIN_KEY:
        slots = [slot for _key, slot in lookup.by_pkey.get(pkey, [])]
    elif district and pkey is None and len(key) >= MIN_KEY - 1:
        slots = list(lookup.by_key.get(key, []))  # "زابل": a script with no phonetic key, by the letters written
    else:
        return None
    across = sorted({slot[0] for slot in slots if slot[0] in DEFAULT_REGION and slot[0] != chosen.country})
    if not across:
        return None
    return (
        f"left unlocated: {chosen.label} bears the name of a province of {', '.join(across)} too, "
        "and the text names no country to say which"
    )
