"""Shooting told only by its shots or its wounds: violence, with firearms.

Examples: "One victim had a through-and-through gunshot wound" (24.kg 433), "One of the shepherds then fired two or
three shots in the direction of the Kyrgyz border guards" (News.Az 122), "Border guards ... came under fire from a
hunting rifle" (24.kg 136).

None of these says "shot", "firing" or "opened fire", so :data:`~.vocab.VIOLENCE` let the sentence pass as not about
violence, and the weapon it names (firearms) never reached the incident. The words are joined to ``VIOLENCE`` there.
"""

from __future__ import annotations

from .in_hospital import IN_HOSPITAL

#: A wound by a bullet, shots fired (not a number of shells: those are read already), fire come under (not blame: "came
#: under fire for the closure").
#: The hurt told by where they lie ("two pilots survived and are in hospital", .in_hospital) are wounds told too.
SHOT_WORDS = (
    r"\b(?:gunshot|bullet)\s+wounds?\b|\bfired\s+(?:\w+\s+){0,3}?shots\b(?<!warning shots)|"
    # "has reported shots fired in the Dakhma area", "fired seven or eight times with a hunting rifle" (Qazaq Times
    # 1039): the shots named before their firing, or counted as times. (Not yet "Shots were fired …" as a lead: in 88
    # it draws in the border between two states, and the country it left takes the victims' nationality away.)
    r"(?<!warning\s)\bshots\s+fired\b|"
    r"\bfired\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|or|and|a\s+few)\s+){1,3}times\b|"
    r"\bcame\s+under\s+fire\b(?!\s+(?:for|over)\b)|"
    rf"\b{IN_HOSPITAL}"
)
