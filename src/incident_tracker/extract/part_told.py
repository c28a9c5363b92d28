"""A later sentence's count of *some of* the dead is a part of the toll already read, not a second figure for it.

"At least 13 militants, four of them foreigners, have been killed", then "Another official said four of the dead were
foreigners" (AFP 1647, round 103): the second sentence names another source, so :data:`.fields.CONFLICT` took its
"four of the dead" as that source's figure for the same toll and kept 4–13 with 4 as the best. A count told with "of
the dead" or "of those killed" picks some out of dead already counted; the codebook's toll is the whole count, and the
part says who some of them were. Within one sentence :func:`.fields.add_up` already keeps such a part out of the sum
("Eight militants died …; four of the dead came from the Middle East", NYT 785); this reads the same shape when it
comes in a sentence of its own.

Only a part no larger than the count already read is held back: "six of the dead" after a first count of four says
the first count was short, and is read as before. "Of them" is not read here: in a sentence of its own it may point
at any group the sentence before named.
"""

from __future__ import annotations

import re

from .casualties import Toll

#: "four of the dead", "three of those killed", "two of the wounded": a count picked out of the dead or hurt.
_PART_OF_COUNTED = re.compile(
    r"^\S+\s+of\s+(?:the\s+(?:dead|deceased|victims|wounded|injured)|those\s+(?:killed|wounded|injured|hurt))$",
    re.IGNORECASE,
)


def part_of_counted(toll: Toll, known: object) -> bool:
    """Whether ``toll`` picks some out of the ``known`` count already read (see the module)."""
    best = toll.casualties.best
    if not isinstance(known, int) or best is None or best > known:
        return False
    return _PART_OF_COUNTED.match(toll.phrase.strip()) is not None
