"""The hundred-and-eighth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-eighth
round: held back (round 108)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 108
    REPORTS = range(1790, 1798)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "dosali-drone-2009-12": "dev",
        "machikhel-drone-2011-05": "dev",
        "dattakhel-vehicle-2012-09": "dev",
        "babar-drone-2013-02": "dev",
        "manzarkhel-drone-2013-04": "test",
        "mangroti-drone-2013-06": "dev",
        "hesokhel-drone-2013-08": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 0
    SIDES = {"test": 1, "dev": 7}
