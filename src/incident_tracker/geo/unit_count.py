"""No stand-in for a count of units: "at least two counties in the Kashgar area".

The ninety-second batch's dev g8914 was read as an unknown name ("least two counties") in the Kashgar area, and
Kashgar stood in at the district's precision: confidently wrong, for the text names several counties it does not
name, not one place within the area. The set reads units listed by name the same way ("Kurram and North Waziristan
districts", "Nari and Manogai districts": ``unlocated``; :mod:`.unit_list_guard`), and a count of them says still less
which. Only units of a district's rank or wider are meant: a count of smaller places ("three border areas of Mamond
tehsil", "several areas of Saravan County") lies within the unit the text names, which stands in (``coarser``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution

__all__ = ["counted_units"]

#: A count ("two", "several", "at least three", "12"), up to two lowercase words ("neighbouring", "border"), and a
#: plural unit word of a district's rank or wider, as the whole name the lookup read ("at" may be read off as a
#: preposition: "least two counties").
_COUNTED = re.compile(
    r"(?:(?:at\s+)?(?:least|most)\s+|up\s+to\s+|about\s+|over\s+|more\s+than\s+|some\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|both|various|multiple|\d+|(?:a\s+)?few|"
    r"a\s+number\s+of)\s+(?:(?-i:[a-z][a-z-]*)\s+){0,2}"
    r"(?:counties|districts|provinces|prefectures|tehsils|oblasts|regions|raions|rayons|agencies)",
    re.IGNORECASE,
)


def counted_units(chosen: Candidate, resolution: Resolution) -> str | None:
    """Why a unit standing in for a count of units within it must not answer, or None."""
    if chosen.match != "context" or not _COUNTED.fullmatch(" ".join(resolution.parsed.name.split())):
        return None
    return (
        f"left unlocated: '{resolution.parsed.name}' counts units the text does not name, not one place: "
        f"{chosen.label} stands in for none of them"
    )
