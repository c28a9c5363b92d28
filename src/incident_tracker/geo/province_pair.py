"""A province and a place of its own under one plural unit word: the province holds both.

"the Sarassiya and Surkhan-Daria provinces of Uzbekistan" (batch 80's g7707, labelled `coarser` at Surkhandarya)
names Sariosiyo, a district of Surkhandarya, and Surkhandarya itself, under a plural "provinces" the report
wrote for both. The reader refuses a list under a plural unit word whole, and the set's rule against a province
standing in for two of its places (geo137) does not apply: one of the two is the province, which holds the other.

:func:`province_pair_retry` is asked only *after* the text found nothing. It reads "(the) A and B
provinces / regions / oblasts (of C)" and looks A and B up alone: when one is a province by its own name (at
``admin1``, not a stand-in) and the other, whatever its path, lies in that very province and is no province
itself, the text is read again as "B province (, C)". Two provinces ("the Kunar and Nangarhar provinces"), or a
place outside the province, are left as they were: empty.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import resolved_alone

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["province_pair_retry"]

_PAIR = re.compile(
    r"^(?:the\s+)?(?P<a>[^,;()]+?)\s+(?:and|&)\s+(?P<b>[^,;()]+?)\s+(?:provinces|regions|oblasts)"
    r"(?:\s+of\s+(?P<of>[^,;()]+))?$",
    re.IGNORECASE,
)


def province_pair_retry(place: str, resolution: Resolution, chain: Resolver) -> str | None:
    """The text to read again as the province of a pair it holds, or None (see the module)."""
    match = _PAIR.match(" ".join(place.split()))
    if match is None:
        return None
    parts = (match["a"], match["b"])
    found = [resolved_alone(part, chain, resolution.named).chosen for part in parts]
    for index, province in enumerate(found):
        other = found[1 - index]
        if province is None or other is None or not _a_province_by_name(province):
            continue
        if other.level == "admin1" or (other.country, other.admin1_code) != (province.country, province.admin1_code):
            continue
        return f"{parts[index]} province" + (f", {match['of']}" if match["of"] else "")
    return None


def _a_province_by_name(candidate: Candidate) -> bool:
    return candidate.level == "admin1" and candidate.match in ("name", "variant", "alias")
