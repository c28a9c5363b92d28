"""The hundred-and-nineteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-nineteenth round: held back (round 119)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 119
    REPORTS = range(2120, 2125)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "herat-consulate-2013-09": "test",
        "ghoryan-smugglers-2014-09": "test",
        "poshtkoh-base-2018-11": "dev",
    }
    BORDERS = {"AF-IR"}
