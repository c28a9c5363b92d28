"""The guards' order to stop, answered with fire: "Ordered to stop, the men opened fire" — one reading, two uses.

A border service tells a crossing it stopped as its order and the crossers' answer: "the guards tried to detain them,
but the Afghans opened fire on them" (Trud 1377), "Ordered to stop, the men opened fire" (AP 1379), "When the border
guards moved to stop them, the smugglers opened fire" (Aktualno 1374). Two readings use the shape: who fired and the
attribution (:mod:`.stopped_fired`, extract170) and the type, an armed clash rather than an attack
(:mod:`.stopped_fired_clash`, extract171). They were written in parallel with a regular expression each, which
drifted apart in the verbs and the gaps they allowed; this is the one both read now (extract174), so that a wording
one of them learns the other learns too.

The answer's subject is never the state's own men ("the guards opened fire" after "ordered them to stop" is the
guards' fire on men who would not stop, The Times of Central Asia 468, an attack); the reading gives back the
subject's last word as the noun, and each use judges it: the actor reading wants a word that names the crossers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The state's men who give the order: never the subject of the answer.
STOPPERS = r"(?:border\s+guards?|guards|frontier\s+guards|border\s+troops|servicemen|soldiers|troops|patrol|officers)"
#: The order or the move ("tried to detain them", "ordered them to stop", "Ordered to stop"), then, after a comma, the
#: answer by a subject that is not the state's men ("but the Afghans opened fire", "the smugglers then opened fire").
_ANSWERED = re.compile(
    r"\b(?:(?:tried|moved|attempted|sought|went|ordered|told)\s+(?:them\s+)?to\s+(?:stop|detain|halt|apprehend|"
    r"arrest)|ordered\s+to\s+stop)\b[^.;]{0,80}?[,;]\s*(?:but\s+|and\s+)?(?:then\s+)?the\s+"
    rf"(?!{STOPPERS}\b|police\b)(?P<subject>(?:[\w-]+\s+){{0,2}}?)(?:then\s+)?(?:opened\s+fire|fired\s+(?:on|at)|"
    r"put\s+up\s+armed\s+resistance|started\s+shooting)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StopAnswered:
    """One told answer: the subject's words as written ("men", "drug couriers") and its last word, the noun."""

    subject: str
    noun: str


def stop_answered(text: str) -> StopAnswered | None:
    """The first order to stop answered with fire in ``text``, or None (see the module)."""
    found = _ANSWERED.search(text)
    if found is None:
        return None
    subject = found.group("subject").strip()
    return StopAnswered(subject=subject, noun=subject.split()[-1] if subject else "")
