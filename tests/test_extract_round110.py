"""The hundred-and-tenth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-tenth
round: held back (round 110)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written (the batch follows).
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 110
    REPORTS = range(1850, 1858)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "babrak-post-2006-02": "test",
        "khost-carbomb-2006-06": "test",
        "kamdesh-attack-2006-08": "test",
        "bermel-crossing-2007-01": "test",
        "wanat-attack-2008-07": "dev",
        "border-artillery-2008-07": "dev",
        "salerno-attack-2008-08": "dev",
        "paktika-artillery-2008-08": "test",
    }
    BORDERS = {"AF-PK"}
