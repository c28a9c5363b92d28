"""Who is said to be behind "that attack", or behind such attacks as a habit: another event than the one read.

"Last week three border guards were killed in clashes with an armed group in Mirjaveh. Jaish al-Adl said it had
carried out that attack." (964): news prose points back with the far demonstrative at the attack it has just told as
background or as another event; the event being read is "the attack". Over all the ``dev`` reports the three
sentences that tell a claim, a blame or a group's part in "that attack" or "those attacks" all speak of another event
(a claim of last week's attack, a charge over last month's, a claim of the Goharkooh ambush).

"Iranian forces along the borders with Pakistan are repeatedly targeted by terrorists and drug smugglers" (84) tells
a habit of the region, no one for this event: all five ``dev`` sentences of that shape ("are often attacked by",
"often clash with", "often attack") are such background, and the three that gave a reading gave a wrong one.
"""

from __future__ import annotations

import re

_THAT_ATTACK = re.compile(
    r"\b(?:carried\s+out|claimed(?:\s+responsibility\s+for)?|responsibility\s+for|behind|responsible\s+for|"
    r"(?:a\s+|taking\s+|took\s+)?part\s+in|involved\s+in|of|for)\s+"
    r"(?:that|those)\s+(?:attacks?|assaults?|ambush(?:es)?|raids?|bombings?|blasts?|killings?|strikes?)\b",
    re.IGNORECASE,
)
_ADVERB = r"(?:often|frequently|regularly|routinely|repeatedly)"
#: "are repeatedly targeted by", "often clash with", "often attack": what happens again and again, in the present.
_HABIT = re.compile(
    rf"\b(?:are|is|have\s+been|has\s+been)\s+{_ADVERB}\s+[a-z]+ed\b|"
    rf"\b{_ADVERB}\s+(?:attack|target|fire\s+on|fire\s+at|clash\s+with|ambush|kill|raid)\b",
    re.IGNORECASE,
)


def not_this_attack(text: str) -> bool:
    """Whether the sentence tells who did "that attack", one told before it, or who does such attacks as a habit."""
    return _THAT_ATTACK.search(text) is not None or _HABIT.search(text) is not None
