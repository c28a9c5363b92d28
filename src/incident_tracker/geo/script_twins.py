"""A name written in two scripts, split by a slash: the Latin half is read when the other names nothing.

Persian and Russian pages on a neighbour's places often give the local name in Latin letters after their own
spelling: batch 84's "منطقه «کاکا / Kaka» در استان «آخال»" (the Kaka area of Ahal province, in Turkmenistan;
`dev` g8108, docs/geocoding-journal.md, "Batch 84's dev failures: rules (geo167)"). The reader took the slash
for a pair of facing towns (:mod:`.pairs`: "Kulma/Karasu") and, neither half being a crossing, left the text
empty; the gazetteer holds Kaka by its Latin name, not its Persian one.

:func:`script_twin_retry` gives the text to read again when nothing was chosen, or only a province or
district stands in (geo170: once «آخال», Ahal's Persian name, was held, the province stood in for g8108):
the two halves of one slash, one of Latin letters and the other of another script (Arabic or Cyrillic), are
one name, and where the other half is a name the gazetteer does not hold, the Latin half stands for both.
Where it holds it, nothing is read again: "شهر «سرخس / Sarahs»" (Sarakhs, a town on each side of the line,
the Latin half the Turkmen spelling) would answer Iran's by its Persian half, and the reader's own reading
(empty) stands. Two halves of one script ("Kulma / Karasu") are a pair, as before, and nothing is read again
where the first reading chose an answer of the name itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text import name_key

if TYPE_CHECKING:
    from .candidates import Resolution
    from .chain import Resolver

#: One to three words of a script other than Latin, a slash, one to three words of Latin letters (either order).
_OTHER = r"[^\W\d_A-Za-z\u00C0-\u024F][^\W\d_A-Za-z\u00C0-\u024F]*(?:[\s\u200c-][^\W\d_A-Za-z\u00C0-\u024F]+){0,2}"
_LATIN = r"[A-Za-z\u00C0-\u024F][\w'’‘-]*(?:\s[A-Za-z\u00C0-\u024F][\w'’‘-]*){0,2}"
_TWINS = (
    re.compile(rf"(?<![^\W\d_])(?P<other>{_OTHER})\s*/\s*(?P<latin>{_LATIN})(?![^\W\d_])"),
    re.compile(rf"(?<![^\W\d_])(?P<latin>{_LATIN})\s*/\s*(?P<other>{_OTHER})(?![^\W\d_])"),
)


def script_twin_retry(place: str, resolution: Resolution, chain: Resolver) -> str | None:
    """The text to read again with the Latin half of a two-script name, or None (see the module)."""
    if "/" not in place or (resolution.chosen is not None and resolution.chosen.match != "context"):
        return None  # a province standing in (the name unknown in it) is read again: .locate keeps it if none finer
    text = " ".join(place.split())
    for pattern in _TWINS:
        match = pattern.search(text)
        if match is None or any(letter.isascii() for letter in match["other"] if letter.isalpha()):
            continue
        if chain.gazetteer.by_key(name_key(match["other"])):
            return None  # known as written: two halves may then name two places ("سرخس / Sarahs": Iran's, Turkmen's)
        return f"{text[: match.start()]}{match['latin']}{text[match.end() :]}"
    return None


__all__ = ["script_twin_retry"]
