"""A denial in a toll's sentence that spells out what it denies, and that is no toll: the figure stands.

"Six suspected militants were killed on Sunday in a US drone attack …, security officials said, a day after Islamabad
dismissed reports that the covert missile campaign could be widened" (Daily Times 1558): what was dismissed is said
after "reports that", and it holds no death or wound; the abstention on denied tolls (:func:`.abstain.abstain`,
"a claim the military denied", 426) left the six dead out all the same (round 100's first score). Only a denial whose
object is told as a clause ("denied reports that …", "rejected claims that …") and holds no word of death or injury is
passed over; a denial of "this", "the claim", "them" or of reports "that people had been killed" (729) still empties
the toll. On dev, eight sentences tell a toll and then a denial (1096 twice, 1554, 1558, 175, 426, 482, 729); only
1558's names what it denies in such a clause, with no toll in it.
"""

from __future__ import annotations

import re

#: The thing denied, told as a clause: "reports that …", "claims that …", "suggestions that …".
_DENIED_CLAUSE = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:reports?|claims?|suggestions?|speculation|rumou?rs?|allegations?)\s+"
    r"(?:in\s+[\w\s]{1,30}?\s+)?that\s+(?P<what>[^.;]*)",
    re.IGNORECASE,
)
#: A word of the toll: what a denial of it would name.
_TOLL_WORD = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|die|casualt\w+|wound\w*|injur\w*|hurt|martyr\w*|lives|bodies|toll)\b",
    re.IGNORECASE,
)


def denies_something_else(after: str) -> bool:
    """Whether the words after a denial word (``after``) spell out what is denied, with no word of the toll in it."""
    clause = _DENIED_CLAUSE.match(after)
    return clause is not None and not _TOLL_WORD.search(clause.group("what"))
