"""An area of a tehsil the gazetteer holds no point for: the district that holds the tehsil stands in.

Pakistani military and press reports place border events by a tehsil's area: "the general area of
Sambaza" (a sub-tehsil of Zhob), "the Sambaza area, near the Pakistan-Afghanistan border", "Bara's Bar
Qambar Khel area" (an area of Bara tehsil, Khyber), Urdu "باڑہ کے پہاڑی علاقے چورہ" (Bara's hill area
Chora). :mod:`.subdistrict` reads a listed tehsil only with its unit word ("Mamond tehsil"); these name it
as an area, or as the owner of an unknown area, and got nothing (geo152: seven ``dev`` strings of the
set's leftovers). The table knows which district holds the tehsil, and the district claims no more than
the text does.

An area word is not a unit word: "Gulistan area" may be Guliston of Uzbekistan, "Barmal area" Barmal of
Paktika, and a tehsil's name may be a town's elsewhere. So the district is asked for only *after* the
text found nothing, and only when no candidate bears the name it looked up as its own or a recorded
name (a sound-alike or a near spelling does not count: "Bara" sounds like Bukhara): a name known as a
place anywhere is left to the ranking and the guards, as before. The tehsil must be named as an area
("the X area", "general area X": the reader's ``near``) or as the owner of the place it names (a
context part: "X's Y area", "X کے علاقے Y"); a bare name is not read so. The text is then read again
as "<place> area, <district>", the tehsil itself put by, so the guards see the district as the text's
own context. Standard library only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import ALTERNATE
from .subdistrict import tehsil_district
from .text import name_key

if TYPE_CHECKING:
    from .candidates import Resolution


def tehsil_retry(resolution: Resolution) -> str | None:
    """The text to read again with the district that holds a tehsil named as an area, or None (see the module)."""
    parsed = resolution.parsed
    if not parsed.name or resolution.ambiguous or any(c.score >= ALTERNATE for c in resolution.candidates):
        return None
    if parsed.near and (found := tehsil_district(parsed.name)) is not None:
        district, country = found
        if country in resolution.region:
            return f"{parsed.name} area, {district}"
    for part in parsed.context:
        if (found := tehsil_district(part)) is not None and name_key(part) != name_key(parsed.name):
            district, country = found
            if country in resolution.region:
                return f"{parsed.name}{' area' if parsed.near else ''}, {district}"
    return None


__all__ = ["tehsil_retry"]
