"""The hundred-and-twentieth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-twentieth round: held back (round 120)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 120
    REPORTS = range(2140, 2143)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "shohon-abduction-2007-09": "test",
        "odinaboi-abduction-2009-03": "dev",
        "urgut-trespassers-2009-12": "test",
    }
    BORDERS = {
        "shohon-abduction-2007-09": "AF-TJ",
        "odinaboi-abduction-2009-03": "AF-TJ",
        "urgut-trespassers-2009-12": "TJ-UZ",
    }
    INCIDENTS = 3
    SIDES = {"test": 2, "dev": 1}
