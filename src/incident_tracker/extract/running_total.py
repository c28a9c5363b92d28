"""A running total told beside the event: the dead and wounded of many attacks over a stretch of time (issue 14).

"…, adding that some 1,500 Taliban had been killed and over 800 wounded in government offensives during the week"
(Sputnik 1000), "Pakistan says more than 55 of its soldiers have been killed in several attacks from across the
border over the past …" (887): a count of the dead or hurt *in* attacks, offensives or operations (plural) closed by
a stretch (during the week, over the past, in the previous 24 hours, so far, since, this year, across the country)
sums many events, and the coders never put it on the one reported (1000 coded with its 20 dead and no wounded, 887
with the raid's three dead). Over all dev the shape is in five sentences of five reports, all totals (635, 894 and
984 besides), none coded as an incident's toll; "more than 100 people have been killed in the fighting in the Bajur
tribal area over the past weeks" (880) tells one fight, and its coding keeps the figure, so "the fighting" (no
plural of events) is no total. Nor are events counted ("in two separate attacks"): those are the report's own, told
one by one. The count's clause, from its last break (a comma, a semicolon, "that") to the sentence's end, is
background (:func:`.roles.background_start`).
"""

from __future__ import annotations

import re

_EVENTS = r"(?:attacks|offensives|operations|raids|clashes|strikes|bombings|battles)"
_COUNTED = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
_STRETCH = (
    r"\b(?:during|over|in|within)\s+the\s+(?:past|last|previous)\b|\b(?:during|over)\s+the\s+(?:week|month|year)\b|"
    r"\bso\s+far\b|\bsince\b|\bacross\s+the\s+(?:country|province|region)\b|\bthis\s+(?:year|month|week)\b"
)
_TOTAL = re.compile(
    rf"\b(?:killed|wounded|injured|dead|died|martyred)\b[^.;:]{{0,40}}?\bin\s+"
    rf"(?:(?!{_COUNTED}\b)[\w-]+\s+){{0,3}}?{_EVENTS}\b[^.;:]{{0,80}}?(?:{_STRETCH})",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[,;:]\s+|\bthat\s+", re.IGNORECASE)


def clause_start_before(text: str, at: int, breaks: re.Pattern[str]) -> int:
    """Where the clause holding position ``at`` of ``text`` starts: just after the last of ``breaks`` before it (0: at
    the sentence's start). Shared by the readers that cut a background clause off a sentence (:mod:`.fire_habit`)."""
    starts = [m.end() for m in breaks.finditer(text, 0, at)]
    return starts[-1] if starts else 0


def running_total_start(text: str) -> int | None:
    """Where a running total's clause begins in ``text`` (0: the whole sentence), or None when it tells none."""
    found = _TOTAL.search(text)
    if found is None:
        return None
    return clause_start_before(text, found.start(), _BREAK)
