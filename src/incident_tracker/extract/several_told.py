"""A lead that tells its toll as a series' ("killed in a string of coordinated attacks"): several incidents of the
day (issue 14, extract151).

"Six people … were killed in a string of coordinated terrorist attacks in Sistan and Baluchestan", then "On Tuesday
morning, armed terrorists shot dead four people in the Bent district", then "In another incident, terrorists lay in
wait for a police vehicle … in Khash County" (Tehran Times 714). The lead announces several attacks as "two separate
attacks" does (:data:`.reader_patterns._SEVERAL`), but by a word of series, with no count, so the reader did not
know the report told several of one day: "In another incident" with no day of its own was then dated by the week
(`extract/reader_steps.py` dates an undated other incident so only when the lead announced none). Told so, the
other attack is on the day of the one told before it, as in a report that counted them.

Only the toll's own attacks: "killed in (by) a string (series, spate, wave) of … attacks", "in coordinated
(simultaneous, twin) attacks". "After a wave of terrorist attacks around the country" is the setting (11), not
the report's toll. Over all dev texts the lead shape comes in 714, 716 and 1103 (a series of attacks on several
posts in one night) and, as "simultaneous" and "twin" attacks, in 70 and 1096.
"""

from __future__ import annotations

import re

#: The toll's attacks told as a series: "were killed in a string of coordinated terrorist attacks".
_SERIES = re.compile(
    r"\b(?:killed|wounded|injured|died|dead|martyred)\s+(?:\w+\s+){0,4}?(?:in|by)\s+(?:a\s+(?:string|series|spate|"
    r"wave)\s+of\s+|(?:\w+\s+)?(?:coordinated|simultaneous|twin)\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|incidents|strikes|bombings|assaults)\b",
    re.IGNORECASE,
)


def several_told(text: str) -> bool:
    """Whether a lead tells its toll as that of a series of attacks (see the module)."""
    return _SERIES.search(text) is not None
