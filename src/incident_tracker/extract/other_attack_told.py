"""Who is said to be behind "that attack": an attack told before, another one than the incident read.

"Last week three border guards were killed in clashes with an armed group in Mirjaveh. Jaish al-Adl said it had
carried out that attack." (964): news prose points back with the far demonstrative at the attack it has just told as
background or as another event; the event being read is "the attack". Over all the ``dev`` reports the three
sentences that tell a claim, a blame or a group's part in "that attack" or "those attacks" all speak of another event
(a claim of last week's attack, a charge over last month's, a claim of the Goharkooh ambush), so such a sentence
names nobody for this one.
"""

from __future__ import annotations

import re

_THAT_ATTACK = re.compile(
    r"\b(?:carried\s+out|claimed(?:\s+responsibility\s+for)?|responsibility\s+for|behind|responsible\s+for|"
    r"(?:a\s+|taking\s+|took\s+)?part\s+in|involved\s+in|of|for)\s+"
    r"(?:that|those)\s+(?:attacks?|assaults?|ambush(?:es)?|raids?|bombings?|blasts?|killings?|strikes?)\b",
    re.IGNORECASE,
)


def of_an_attack_told_before(text: str) -> bool:
    """Whether the sentence tells who did "that attack", one told before it (see the module)."""
    return _THAT_ATTACK.search(text) is not None
