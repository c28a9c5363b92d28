"""A later sentence that counts its own separate events on an older day: earlier news, not another incident.

"Ten soldiers were martyred in two separate attacks" in a lead announces the report's own incidents, so a count of
"separate" events starts incidents (:data:`.reader_patterns._SEPARATE`). Told after an incident is drafted, on a
day of its own more than a week before it, the same words count that older day's events: "Seven terrorists were
killed on Monday …" then "On January 13, four militants … were killed in two separate operations in Khyber
Pakhtunkhwa" (Dawn 1113, published on the 22nd, coded as the Monday's operation alone). The background paragraph of
a Pakistani operation report lists the earlier operations so ("Earlier this week the security forces killed 11
terrorists in three separate operations", The News 301; "earlier that month four soldiers were martyred in two
separate firing incidents", The News 343: read as background already, by their week and month).

Only when the count is the sentence's one mark of another event ("Separately", "In another attack" still start one),
the sentence opens on its day, and that day ends more than a week before every incident drafted so far.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate
from .draft import Draft
from .reader_patterns import _SEPARATE

_COUNTED = re.compile(r"\b(?:two|three|four)\s+separate\b", re.IGNORECASE)
#: More than a week before: the reader's bound for a lead's own week (.told_apart's ``_LEAD_WEEK``).
_OLDER = dt.timedelta(days=7)


def older_count(text: str, day: FoundDate, drafts: list[Draft]) -> bool:
    """Whether a dated sentence opening on ``day`` counts an older day's separate events, after the incidents
    drafted so far (none drafted, or none dated: never)."""
    firsts = [dt.date.fromisoformat(d.values["event_date"]) for d in drafts if d.values.get("event_date")]
    if not firsts or day.precision != "day" or day.position > 3 or not _COUNTED.search(text):
        return False
    if _SEPARATE.search(_COUNTED.sub(" ", text)):
        return False  # "Separately, …", "In another attack …": set apart by other words too
    return all((day.end or day.start) + _OLDER < first for first in firsts)
