"""An earlier attack told as the cause of another act, with its toll: "…, in which more than 140 children died" is
that attack's toll (issue 14, extract151).

"The army flushed militants out of the Waziristan belt after it launched Operation Zarb-e-Azb in the wake of the
attack on the Army Public School in Peshawar, in which more than 140 children died" (ARY News 1015, a report of a
soldier wounded at a border post): the school attack is named as what the operation came after, and the toll in its
"in which" clause is that attack's. It carries no date, so the background reading (:func:`.roles.background_start`)
saw nothing old in it, and the toll (140) became the post's. Over all dev texts an attack told after "in the wake
of", "after" or "following", by the definite article, with a place or target and an "in which" clause of its own,
comes twice (1015; The Nation 127, whose clause carries its year and was background already), both another event.

Only when the attack's place or target names something the incident told so far never named: "after the attack on
the Torkham post, in which two guards died", in a report of that attack, is the report's own attack told again.
"""

from __future__ import annotations

import re

#: "in the wake of the attack on the Army Public School in Peshawar, in which": the attack, what it hit, the clause.
_CAUSE = re.compile(
    r"\b(?:in\s+the\s+wake\s+of|after|following)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|bombing|massacre|assault|siege|raid|blast)\s+(?:on|in|at)\s+(?P<named>[^,;.]{3,80}?),\s+in\s+which\b",
    re.IGNORECASE,
)
#: A name in what the attack hit: a capitalised word of four letters or more.
_NAME = re.compile(r"\b[A-Z][\w’'-]{3,}")


def cause_start(text: str, told: str) -> int | None:
    """Where an earlier attack told as a cause begins in ``text`` (see the module), or None: ``told``, the text of
    the incident read so far (its evidence, or the undated lead's sentences)."""
    for match in _CAUSE.finditer(text):
        names = _NAME.findall(match.group("named"))
        if any(not re.search(rf"\b{re.escape(name)}\b", told) for name in names):
            return match.start()
    return None
