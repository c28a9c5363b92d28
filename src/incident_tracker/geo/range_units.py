"""The mountains of a district: the district stands in.

"the Ok-Bulak Bostanlyk mountains" (batch 80's g7700, labelled `coarser` at Bostanliq district) got nothing:
"Bostanlyk" alone is the district, but "mountains" after its name is no unit word, and a text rewrite cannot
tell a district's name from a town's or a range's (geo159 left it so). The mountains of a town are beside the
town and no unit; the mountains of a district lie in the district, which claims no more than the text does.

:func:`range_retry` is asked only *after* the text found nothing. It reads "(the) X Y mountains / hills /
heights" (two names at least) and "the mountains (hills) of Y district", and looks Y (the last one or two words
before the ground word) up alone: only when Y is a district by its own name (a pack district or a unit of the gazetteer,
answered at ``admin2``, not a stand-in, not a town, not a province) is the text read again as "X mountains, Y
district", so that the district stands in as the text's own context and the answer says it is only that far.
A range of its own name ("the Alay range", "the Spin Ghar mountains") names no district and stays empty, and so
does a town's ("the X Zhob mountains": Zhob alone answers the town). One name alone before the ground word is not
read at all: "the Alay mountains" is the Alai range, which runs far beyond Alay district (the range was named
first), and a rewrite cannot tell; "the Leilek mountains" stays empty with it. "range" is never read: a range is
named for itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import place_alone

if TYPE_CHECKING:
    from .candidates import Resolution
    from .chain import Resolver

__all__ = ["range_retry"]

_GROUND = r"(?:mountains|hills|heights|highlands)"
#: "(the) [X] Y mountains": the names before the ground word.
_NAMES_THEN_GROUND = re.compile(rf"^(?:in\s+)?(?:the\s+)?(?P<names>[^,;()]+?)\s+{_GROUND}$", re.IGNORECASE)
#: "the mountains of Y (district)": the ground word, then the names.
_GROUND_OF_NAMES = re.compile(
    rf"^(?:in\s+)?(?:the\s+)?{_GROUND}\s+of\s+(?:the\s+)?(?P<names>[^,;()]+?)\s+district$", re.IGNORECASE
)


def range_retry(place: str, resolution: Resolution, chain: Resolver) -> str | None:
    """The text to read again with the district whose mountains ``place`` names, or None (see the module)."""
    text = " ".join(place.split())
    match = _NAMES_THEN_GROUND.match(text) or _GROUND_OF_NAMES.match(text)
    if match is None:
        return None
    words = match["names"].split()
    if match.re is _NAMES_THEN_GROUND and len(words) < 2:
        return None  # "the Alay mountains": a range may bear a district's name (the Alai range is not Alay's)
    for size in (1, 2):  # "the Ok-Bulak Bostanlyk mountains": Bostanlyk, then "Ok-Bulak Bostanlyk"
        if size > len(words):
            break
        name = " ".join(words[-size:])
        found = place_alone(name, chain, resolution.named)
        if found is None or found.level != "admin2" or found.match not in ("name", "variant"):
            continue
        rest = " ".join(words[:-size])
        return f"{rest + ' ' if rest else ''}mountains, {name} district"
    return None
