"""The hundred-and-seventh round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-seventh
round: held back (round 107)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written (the batch follows).
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 107
    REPORTS = range(1760, 1765)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "spinboldak-airstrikes-2003-04": "test",
        "khost-roadbomb-2003-07": "dev",
        "spinboldak-checkpoint-2003-07": "dev",
        "khost-post-clash-2004-08": "test",
        "khost-borderposts-2005-03": "dev",
    }
    BORDERS = {"AF-PK"}
