"""Another incident told in a paragraph that opens on its day, said against the incident just read.

"On January 22 a suicide bomber drove a car into a convoy …, killing four soldiers." "On the same day, helicopter
gunships bombed a border post in the Shawal area. One soldier was killed …" "The next day at least ten mortar
shells fired from across the border landed …" (CounterVortex 917). A roundup of a region's news gives each event its
own paragraph and dates the later ones by the first: "the same day", "the next day". Such a sentence names no date
the date reader can find, so it was read into the incident before it, which took the other event's place, toll,
weapons and blame. A paragraph that opens so and tells an act of violence is its own incident, on the incident's day
or the day after it.

Only when the incident read so far is dated to the day and has its toll (the paragraph does not go on about it),
and only when the violence is told before anyone speaks: "The same day, officials said the attackers had fled"
tells this incident's aftermath. "On the same day as the Chaman blast, …" is left to the readers of "another
attack" (:mod:`.another_event`), which date it already.

An incident with no toll (shots that hit no one, :mod:`.shots_unhurt`) has nothing the paragraph could go on
counting, so there the paragraph is another incident when it tells a harm of its own: "The same day a resident of
Kok-Tash was beaten by citizens of the neighbouring country" after "unknown people fired seven or eight shots"
(Repost.uz 1037, Qazaq Times 1039) is the beating, not more of the shooting; read into it, the shots became `Mob
violence` with a melee weapon. The same holds when that paragraph names its day again ("The same day, 1 December,
…": :func:`same_day_apart`), which the date reader finds and which would otherwise join the incident of that day.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate
from .draft import Draft
from .vocab import VIOLENCE

#: "On the same day,", "The same day", "The next day", "On the following day", "A day later": the day, told by the
#: incident's, opening the paragraph.
_OPENS = re.compile(
    r"\s*(?:(?:On\s+)?the\s+(?P<same>same)\s+day\b(?!\s+as\b)|(?:On\s+)?the\s+(?:next|following)\s+day\b|"
    r"A\s+day\s+later\b)",
    re.IGNORECASE,
)
#: A harm of its own, told in any form: the paragraph's own hurt or dead, not the incident's shots again.
_HARM = re.compile(
    r"\b(?:killed|killing|martyred|died|dead|wounded|wounding|injured|injuring|injuries|hurt|beaten|beat\s+up|"
    r"stabbed|taken\s+to\s+hospital|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
#: Someone speaking before the violence: the paragraph is what was said of the incident, not another one.
#: ("was reported to have been beaten" is the act, hedged: nobody speaks in it.)
SPEECH_VERBS = r"said|says|told|reported(?!\s+to\s+(?:have|be)\b)|announced|added|claimed|confirmed"
_SPEAKS = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)


def day_told_apart(text: str, current: Draft, *, new_paragraph: bool, latest: dt.date) -> FoundDate | None:
    """The day of the other incident an undated sentence opens (see the module), or None when it opens none (or
    when that day would come after ``latest``, the report's day)."""
    opening = _other_incident(text, current) if new_paragraph else None
    if opening is None:
        return None
    day = dt.date.fromisoformat(str(current.values["event_date"])) + dt.timedelta(
        days=0 if opening.group("same") else 1
    )
    return FoundDate(opening.group(0).strip(), day, None, "day", opening.start()) if day <= latest else None


def same_day_apart(text: str, current: Draft | None, *, new_paragraph: bool) -> bool:
    """Whether a dated sentence that opens a paragraph on "The same day, 1 December, …" tells another incident than
    the one of that day read so far (``current``): as :func:`day_told_apart` asks of an undated one, with the day
    the sentence names in place of the one it would be given."""
    opening = _other_incident(text, current) if current is not None and new_paragraph else None
    return opening is not None and bool(opening.group("same"))


def _other_incident(text: str, current: Draft) -> re.Match[str] | None:
    """The opening ("The same day", "The next day") of a sentence that tells another incident than ``current``
    (dated to the day): violence told before anyone speaks, and a harm the incident has not counted — any violence
    after an incident with its toll (the rule as it was), a harm told in words after one with none."""
    opening = _OPENS.match(text)
    if opening is None or current.values.get("date_precision") != "day":
        return None
    violence = VIOLENCE.search(text, opening.end())
    if violence is None or _SPEAKS.search(text, opening.end(), violence.start()):
        return None
    tolled = any(current.values.get(t) for t in ("killed", "injured"))
    return opening if tolled or _HARM.search(text, opening.end()) is not None else None
