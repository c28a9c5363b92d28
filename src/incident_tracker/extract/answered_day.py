"""The day of an undated lead's attack, told in a sentence of the defenders' answer to it (issue 14).

"Insurgents stormed a frontier post in Kalgan, killing two border guards." then "The guards returned fire on June 9
and the attackers fled.": the lead tells the attack with no day, and the next sentence tells, with its day, the
guards firing back at those attackers. Answering fire names no violence word of its own, so its day was never the
lead's and the lead was dated by the week before publication. The forces of the lead, named again by the definite
article ("The guards", "The soldiers", "Our troops"), answering the attack ("returned fire", "fired back",
"repulsed the attack", "retaliated") are the same attack told on: its day is the lead's.

What it is not (wrong is worse than empty): a force the lead never named ("The police returned fire on June 9" after
a lead of border guards), a day told as when it was said ("…, officials said on Sunday"), a day older than the week
of the report, a sentence of two days, or one that does not open on the answering force.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate, find_dates

#: The lead's own force named again, opening the sentence, and answering the attack.
_ANSWERED = re.compile(
    r"^\s*(?:The|Our|Its|Their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<force>guards|troops|soldiers|policemen|police|personnel|forces|defenders|sentries)\s+(?:had\s+|then\s+)?"
    r"(?:returned\s+(?:the\s+)?fire|fired\s+back|repulsed|repelled|retaliated|responded|fought\s+back)\b"
)


def answered_day(lead: list[str], published: dt.date, anchor: dt.date, earliest: dt.date) -> FoundDate | None:
    """The one day a sentence of ``lead`` (the undated lead's texts, in order) gives the lead's own force answering
    the attack, or None (see the module)."""
    for index, text in enumerate(lead):
        answered = _ANSWERED.match(text)
        if answered is None or index == 0:
            continue
        before = " ".join(lead[:index])
        if not re.search(rf"\b{answered.group('force')}\b", before, re.IGNORECASE):
            continue  # a force the lead never named: perhaps another fight
        days = [d for d in find_dates(text, published, anchor) if not d.reporting]
        if len({d.key for d in days}) != 1 or days[0].precision != "day":
            continue
        if earliest <= days[0].start <= published:
            return days[0]
    return None
