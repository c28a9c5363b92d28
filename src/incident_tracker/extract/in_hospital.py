"""The hurt told by where they lie: "two pilots survived and are in hospital", "three guards were taken to hospital".

A count of people who survived and are in hospital, or were taken (rushed, admitted) to one, is a count of the hurt
(RFE/RL 869: "Two Afghan pilots survived and are in hospital …", coded 2 injured), never of those who died there
("taken to hospital, where they died": :data:`.casualty_patterns._DIED_OF_WOUNDS`). The words join the toll's verbs
of the hurt (:data:`.casualty_patterns.HURT_WORDS`) and, since such a sentence may name no other violence word, the
words of violence (:data:`~.vocab.VIOLENCE`, by way of :data:`.shots.SHOT_WORDS`, the wounds told without a shot).
"""

from __future__ import annotations

#: "survived and are in hospital", "were taken to the district hospital", "was rushed to a hospital in Chust": not
#: followed, in the clause, by a death ("where they died", "was declared dead").
IN_HOSPITAL = (
    r"(?:survived\s+and\s+(?:are|were|is|was)\s+(?:[\w-]+\s+){0,2}?in|(?:taken|rushed|admitted)\s+to)\s+"
    r"(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospital\b(?![^.;]{0,80}\b(?:died|succumbed|passed\s+away|dead)\b)"
)
