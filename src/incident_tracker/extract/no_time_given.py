"""A statement that gives no time for the event: its own day is not the event's.

"A statement the command posted on X on Tuesday … quoted the spokesman as saying that two more people are missing
after the incident. … The statement did not say when the shooting happened." (813): the reader dates the event by
the only day in its sentences, the statement's; but the report says outright that the statement gave no time for
it. The house rule for an event told with no day of its own is the week up to the report (``week``), as the
coders date 813 (27 November to 3 December 2025) and as :func:`.drafts._date_undated` dates an undated lead.

Only when the draft's day was read from a sentence that tells a statement being made (posted, issued, released,
announced, "a statement … on Tuesday"), and another sentence of the report's own says that no time was given
("did not say when the shooting happened", "gave no day for the incident"); a day read from the event's own
sentence stays.
"""

from __future__ import annotations

import datetime as dt
import re

from .draft import Draft
from .sentences import Sentence

#: "The statement did not say when the shooting happened", "the officials gave no day for the incident".
_NO_TIME = re.compile(
    r"\b(?:did\s+not|didn't|does\s+not|gave\s+no|give\s+no|not)\s+(?:say|specify|tell|mention|give)?\s*"
    r"(?:when|what\s+day|the\s+(?:date|day|time))\b[^.;]{0,40}\b(?:shooting|incident|attack|killing|killings|"
    r"clash|happened|took\s+place|occurred)\b|"
    r"\bgave\s+no\s+(?:day|date|time)\s+for\b",
    re.IGNORECASE,
)
#: A statement being made, with its day: "a statement the command posted on X on Tuesday", "announced on Monday".
_STATEMENT_MADE = re.compile(
    r"\b(?:statement|posted|issued|released|announced|announcement)\b[^.;]{0,60}?\bon\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)",
)


def no_time_given(draft: Draft, sentences: list[Sentence], background: set[int], published: dt.date) -> None:
    """Date by the week up to the report a draft dated only by the day of a statement that gave no time."""
    values = draft.values
    if values.get("date_precision") != "day":
        return
    dated = draft.evidence.get("event_date", "")
    if not _STATEMENT_MADE.search(dated):
        return
    if not any(s.index not in background and _NO_TIME.search(s.text) for s in sentences):
        return
    draft.date_week_up_to(published, dated, replace=True)
    draft.notes.append("The statement's day is not the event's (the report says it gave no time): the week up to it.")
