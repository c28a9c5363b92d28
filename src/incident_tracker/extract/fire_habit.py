"""A place or a force that comes under fire as a habit: the setting of the incident, not its weapons (issue 14).

Wire reports of a fight at a border base often add how the place usually fares: "the base comes under rocket fire
almost daily", "hardly a day goes by without rockets or an ambush for the troops there", "soldiers building the fence
often come under fire from across the border". The weapons those sentences name are the border's habit; the
coders code the incident's own weapons (small arms in a gunbattle near the base, Baltimore Sun 1705 and CBS/AP 1706;
no weapon named for the attack on the fencing party, Iran Daily 127), and the reader had added the habit's rockets
or fire to them.

A clause is such a habit when it tells fire or attack suffered in the present tense with a word of frequency ("come
under fire often", "are regularly attacked", "is shelled almost daily"), or when it says no day passes without it.
A past tense ("came under fire", "were often attacked during the siege") stays the report's own telling, and so does
a frequency word beside an act of the incident ("fired now and then with rifles and rockets", AP 1284, coded with
both): only the habitual present of suffering fire is read. The clause is cut from the reader as background, from
its start (the last comma, or "where" or "which", before the habit) as :func:`.reader_patterns.earlier_cut` cuts a
habit's clause.
"""

from __future__ import annotations

import re

from .running_total import clause_start_before

#: How often, said of the place's lot: before or after what it suffers.
_OFTEN = (
    r"(?:often|frequently|regularly|routinely|repeatedly|constantly|(?:almost|nearly)\s+(?:daily|nightly)|"
    r"(?:almost|nearly)\s+every\s+(?:day|night|week)|every\s+(?:day|night)|daily|nightly)"
)

#: What the place suffers, in the present tense: "come(s) under (rocket) fire/attack", "are/is attacked/shelled".
_SUFFERS = (
    r"(?:comes?\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack|shelling|bombardment)|"
    r"(?:are|is)\s+(?:\w+\s+)?(?:attacked|shelled|targeted|fired\s+(?:on|upon|at)|rocketed))"
)

_HABIT = re.compile(
    rf"\b(?:{_OFTEN}\s+{_SUFFERS}|{_SUFFERS}\s+{_OFTEN})\b|"
    # "Hardly a day passes without rockets or an ambush", "not a week goes by without shelling"
    r"\b(?:hardly|scarcely|barely|not)\s+a\s+(?:day|night|week)\s+(?:passes|goes\s+by)\s+without\b",
    re.IGNORECASE,
)

#: Where the habit's clause starts: after the last comma, semicolon or colon, or at a "where" or "which" before it.
_CLAUSE_BREAK = re.compile(r"[,;:]\s*|\b(?=(?:where|which)\b)", re.IGNORECASE)


def fire_habit_start(text: str) -> int | None:
    """Where the clause telling fire suffered as a habit starts in ``text`` (``None``: the sentence tells none)."""
    habit = _HABIT.search(text)
    if habit is None:
        return None
    return clause_start_before(text, habit.start(), _CLAUSE_BREAK)
