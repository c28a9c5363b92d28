"""The hundred-and-third round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-third
round: held back (round 103)*).

The round's slugs were committed before any report was written, each first checked against every coding's whole date
span, its places, every report's address and the claims file shared by the rounds. It holds eight reports of drone
strikes on the Afghan-Pakistani line in 2009 and the first days of 2010, months the corpus held few or none of.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 103
    REPORTS = range(1640, 1648)
    #: The slugs of the batch's events, committed before they were hashed in one lot, with their sides committed
    #: before any report was written.
    EVENTS = {
        "mirali-drone-2009-01": "test",
        "sararogha-drone-2009-05": "test",
        "shulam-drone-2009-06": "dev",
        "makin-drone-2009-06": "test",
        "karwanmanza-drone-2009-07": "dev",
        "ladda-drone-2009-08": "test",
        "saidgi-drone-2009-12": "dev",
        "sanzali-drone-2010-01": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 0
    SIDES = {"test": 4, "dev": 4}
