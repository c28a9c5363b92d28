"""Another incident of the same day, told in a paragraph that opens "Earlier on Thursday, …" after the report's own.

"Scores of armed militants crossed the border on Thursday and stormed a village, killing five civilians." …
"Earlier on Thursday a remote-controlled bomb wounded two security men in Upper Orakzai Agency." (AFP). Wire copy
tells the day's other attack last, dated by the lead's day with "Earlier" or "Later" before it. Its day is the
incident's, so the reader joined it to the incident of that day, which took the other attack's weapon, kind and
place (the bomb made the village raid a roadside bomb). A paragraph that opens so is another incident when it tells
violence before anyone speaks, in a place the incident's sentences never named.

"Earlier, on Saturday afternoon, three rounds … fell near a NATO outpost in … Paktika" (AP) is not read here: a
sentence opening "Earlier," is earlier news to the background reader (:mod:`.roles`), which this leaves as it is.

What it is not: "Later on Monday, the ministry denied …", "Earlier on Friday, the prime minister had told …" (a
speaker first: what was said of the incident); "Earlier on Monday, the Guards wiped out a terrorist team in the
southeast" (no place named that the incident's own sentences did not: it may go on about the same fight, and the
coding keeps it one); "Earlier this week …", "Earlier in the day …" (no day named: an older event, or the same
one's first report, left to the readers of earlier news).
"""

from __future__ import annotations

import re

from .dates import FoundDate
from .day_apart import SPEECH_VERBS
from .draft import Draft
from .vocab import VIOLENCE

#: "Earlier on Thursday", "Later on Monday": the opening, right before its day.
_OPENS = re.compile(r"\s*(?:Earlier|Later),?\s+(?=on\s)", re.IGNORECASE)
#: Someone speaking before the violence: what was said of the incident, not another one (as .day_apart reads it).
#: (.day_apart's verbs, and a denial or a figure put, which open what was said of this incident too.)
_SPEAKS = re.compile(rf"\b(?:{SPEECH_VERBS}|denied|had\s+put)\b", re.IGNORECASE)
#: A place named by its own capitalised name after "in", "at", "near", or "province of": "in Upper Orakzai Agency".
_PLACE = re.compile(
    r"\b(?:in|at|near|outside|province\s+of|district\s+of)\s+(?:the\s+)?(?P<name>(?-i:[A-Z][\w’'-]+)"
    r"(?:\s+(?-i:[A-Z][\w’'-]+))*)",
    re.IGNORECASE,
)


def earlier_that_day(text: str, day: FoundDate, current: Draft | None, *, new_paragraph: bool, told: str) -> bool:
    """Whether a dated sentence opening its paragraph on "Earlier (Later) on <day>" tells another incident of the
    day of ``current`` (the incident read so far; ``told``: its sentences' evidence), as the module says."""
    if current is None or not new_paragraph:
        return False
    opening = _OPENS.match(text)
    if opening is None or day.position != opening.end():
        return False
    if current.values.get("event_date") != day.start.isoformat():
        return False
    violence = VIOLENCE.search(text, day.position + len(day.text))
    if violence is None or _SPEAKS.search(text, opening.end(), violence.start()):
        return False
    named = {m.group("name") for m in _PLACE.finditer(text)}
    return any(not re.search(rf"\b{re.escape(name)}\b", told) for name in named)
