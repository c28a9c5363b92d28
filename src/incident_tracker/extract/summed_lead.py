"""A lead that sums two incidents of one day: "Three soldiers were wounded on Sunday, one by firing from across the
border in North Waziristan and two by a landmine in South Waziristan" (Dawn 1016) (issue 14, extract151).

The lead's toll is the sum of two events' own, each told in a clause that opens on its count and says by what ("one
by firing …", "two by a landmine …") and where. Read as one incident, the firing took the landmine's wounded (3 for
1) and its explosives, and the landmine, told later "Separately" with no day, was dated by the week. Each clause is
an incident of the lead's day with its own count and place, as :mod:`.clauses` reads a sentence that gives each day
its own count; later sentences go to the clause whose names they share.

Only when the counts add up to the sentence's toll (1 + 2 = 3): a part that does not ("three soldiers were wounded,
one of them seriously") is no second event. Over all dev texts the shape comes once (1016); 78's two clauses carry a
day each and were read already.
"""

from __future__ import annotations

import re

from ..models import Casualties
from .casualties import Toll, find_tolls
from .clauses import DatedClause
from .dates import FoundDate
from .vocab import NUMBER, number_value

#: A clause opening on a count and what it was done by: ", one by firing …", "and two by a landmine …".
_BY_COUNT = re.compile(rf"(?:,\s*|\band\s+)(?P<count>{NUMBER})\s+(?:of\s+them\s+)?by\s", re.IGNORECASE)


def summed_clauses(text: str, dates: list[FoundDate]) -> list[DatedClause]:
    """The incidents of a lead that sums two of one day (see the module), one clause each, or []."""
    days = {d.key for d in dates if d.precision == "day"}
    tolls = find_tolls(text)
    if len(days) != 1 or len(dates) != len([d for d in dates if d.precision == "day"]) or not tolls:
        return []
    day = min(dates, key=lambda d: d.position)
    total = tolls[0].casualties.best
    openings = [m for m in _BY_COUNT.finditer(text) if m.start() > day.position]
    counts = [number_value(m.group("count")) for m in openings]
    if len(openings) < 2 or None in counts or sum(c for c in counts if c is not None) != total:
        return []
    ends = [m.start() for m in openings[1:]] + [len(text)]
    return [
        DatedClause(day, text[m.start("count") : end], Toll(tolls[0].what, Casualties(count), m.group("count")))
        for m, end, count in zip(openings, ends, counts, strict=True)
        if count is not None
    ]
