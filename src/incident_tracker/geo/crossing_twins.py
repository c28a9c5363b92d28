"""A crossing whose two towns share one name: "the Sarakhs border terminal", "the Sarakhs Bridge".

Sarakhs (Iran) and Sarahs (Turkmenistan) face each other 6 km apart across the Tejen, and the
gazetteer knows the Turkmen town by the Iranian spelling too; a report about both countries
named either, and nothing was chosen. When the text names the place with a crossing head
("border", "bridge", "terminal", "crossing", "checkpoint", "customs", "gate") it names the
crossing, not a town: the pack's crossing of that very name answers, if every place that
could be meant lies within :data:`TWIN_KM` of it and on one of its sides. The crossing
belongs to both sides (``Candidate.sides``), so the answer is true whichever town was meant;
a bare name or "the city of X" names a town, and stays a choice the text does not make.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS, haversine_km

if TYPE_CHECKING:
    from .candidates import Candidate
    from .phrase import ParsedQuery

#: Two towns of one crossing: the farthest a rival may lie from the crossing's point.
TWIN_KM = 10.0
#: A crossing head after (or before) the name: the text names the crossing itself.
_CROSSING_HEAD = re.compile(
    r"\b(?:border|bridge|terminal|crossing|checkpoint|check-post|customs|gate|port)s?\b", re.IGNORECASE
)


def crossing_of_twins(
    parsed: ParsedQuery, best: Candidate, rivals: Sequence[Candidate], eligible: Sequence[Candidate]
) -> Candidate | None:
    """The pack crossing that answers for twin towns of one name (see the module), or None."""
    if not parsed.bare or parsed.bare == parsed.name:
        return None
    if not _CROSSING_HEAD.search(parsed.name.replace(parsed.bare, " ")):
        return None
    places = [best, *rivals]
    for crossing in eligible:
        if crossing.source != "pack" or crossing.kind not in BORDER_KINDS or crossing.match != "name":
            continue
        if all(
            place.country in crossing.sides
            and haversine_km(place.latitude, place.longitude, crossing.latitude, crossing.longitude) <= TWIN_KM
            for place in places
        ):
            return crossing
    return None


__all__ = ["TWIN_KM", "crossing_of_twins"]
