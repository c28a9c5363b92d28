"""A day of talks or of a statement about the incident: no incident of its own.

"Tajik and Kyrgyz officials met in Isfara on May 4 to talk about the recent incident on their border", "In a
statement of April 28, the ministry said the incident began when …" (Asia-Plus 867): the sentence names the
incident (an event reference the reader dates) but the day it tells is the meeting's or the statement's, told
after the word of meeting, talks or statement and before the incident's noun. Read as an event, it opened a
spurious incident on the talks' day. The day told after the incident's noun is the incident's ("They discussed the
incident between residents of the two districts on April 27"), and a sentence with a violence word is never read
here (a clash told beside the talks is still drafted).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import FoundDate

#: Meeting, talks or a statement: what the day before the incident's noun belongs to.
_TALKS = re.compile(
    r"\b(?:met|meet|meeting|meetings|talks|talked|talk|discussed|discuss|discussions?|negotiations?|"
    r"statement|communiqu[eé]|press\s+conference|briefing)\b",
    re.IGNORECASE,
)
#: The incident named as what is talked about (the one event reference such a sentence may have): the reader's
#: "incident", or a back-reference ending on it ("the recent incident", :mod:`.event_date`).
_INCIDENT = re.compile(r"\bincidents?$", re.IGNORECASE)


def talks_day(text: str, dates: Sequence[FoundDate], references: Sequence[re.Match[str]]) -> bool:
    """Whether every day of an event-referring sentence is a meeting's or a statement's, not the incident's: each
    day is told after a word of talks and before the incident's noun, and the sentence's only event references
    (``references``, the reader's or :mod:`.event_date`'s matches) are that noun (see the module)."""
    if not dates or not references or any(_INCIDENT.search(m.group(0)) is None for m in references):
        return False
    first_incident = min(m.start() for m in references)
    talks = [m.start() for m in _TALKS.finditer(text)]
    return all(any(t < d.position for t in talks) and d.position < first_incident for d in dates)
