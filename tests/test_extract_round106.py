"""The hundred-and-sixth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-sixth
round: held back (round 106)*).

The round's slugs were committed before the reports were written, each first checked against every coding's whole date
span, its places, every report's address and the claims file shared by the rounds, and hashed in one lot.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 106
    REPORTS = range(1730, 1737)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "khost-helicopters-2010-09": "dev",
        "haiderkhel-drone-2010-11": "dev",
        "mandikhel-drone-2011-01": "dev",
        "dandedarpakhel-drone-2011-10": "test",
        "miranshah-drone-2012-04": "test",
        "wachadana-drone-2012-06": "test",
        "asukhel-drone-2012-12": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 11
    SIDES = {"test": 3, "dev": 4}
