"""The record a statement gives the men killed: their past acts, never this act's target.

Issue 14 (extract166): the ISPR's statements on an operation close with what the dead had done before: "The dead had
been actively involved in attacks on the security forces and in the targeted killing of civilians" (Dawn 1114). The
target reading took "killing of civilians" for the operation's victims, made the operation an attack on civilians
and so its type `Attack`, where the coders have an armed clash with no target. The formula is the statement's, so it
recurs wherever the ISPR is quoted: on dev "involved in attacks … killing" in 4 reports of 2 outlets (Dawn 1113,
1114 and 193, ARY News 1015: "Two terrorists involved in bomb attacks and raids on the security forces were killed").
A sentence's target is read only before the record begins; the rest of the sentence is read as before.
"""

from __future__ import annotations

import re

#: "had been actively involved in", "were involved in", "terrorists involved in", "wanted for": the dead's record.
_RECORD = re.compile(
    r"\b(?:(?:had|have|has)\s+been|were|was|are|is)\s+(?:\w+\s+)?(?:involved|engaged)\s+in\b|"
    r"\b(?:terrorists|militants|insurgents|khwarij|khawarij|men)\s+(?:\w+\s+)?involved\s+in\b|"
    r"\bwanted\s+(?:for|in\s+connection\s+with)\b",
    re.IGNORECASE,
)


def before_the_record(text: str) -> str:
    """``text`` up to the dead's record, if it tells one (see the module)."""
    found = _RECORD.search(text)
    return text[: found.start()] if found else text
