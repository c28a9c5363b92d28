"""Missiles, rockets and shells told by where they came down: violence (issue 14, extract151).

"Four missiles came down in a troubled part of Pakistan yesterday, Sunday 2 April" (JPNN 1022), "At least 71 rockets
fired from Pakistan came down in Afghanistan's eastern Kunar province" (217): a report of shelling often tells only
where the rounds came down. :data:`~.vocab.VIOLENCE` read "rockets fell" and "shells landed" but not "came down",
nor the words between ("fired from Pakistan"), so such a lead was no violence, started no incident, and its day
("yesterday, Sunday 2 April") dated nothing: the report fell back on the week before publication. Counted over all
dev texts before it was written: "came down" after a missile, rocket, shell or round in 13 reports, every one
telling rounds that struck. The words are joined to ``VIOLENCE`` there. (Not "missiles landed": tried, it drew
"Three missiles landed in the area, … two of them hit the house" into BBC 781's strike, whose house made its victims
civilians where the coding, with militants among the dead, has none.)
"""

from __future__ import annotations

#: A projectile and where it came down, up to four words apart ("rockets fired from Pakistan came down").
FELL_WORDS = (
    r"\b(?:missiles?|rockets?|shells?|mortars?|mortar\s+rounds?|rounds|projectiles?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:came\s+down|rained\s+down)\b"
)
