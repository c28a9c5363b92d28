"""The hundred-and-twelfth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-twelfth round: held back (round 112)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds seven reports of seven events on the Afghan-Pakistani line in
2009-2012, months the corpus held bare or thin: drone strikes in North Waziristan (November 2009, November 2010,
November 2011, February, March and May 2012) and the raid on two villages of Kamdesh in Nuristan (June 2012).
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 112
    REPORTS = range(1910, 1917)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "mirali-drone-2009-11": "test",
        "lolaipiran-drone-2010-11": "test",
        "razmak-drone-2011-11": "dev",
        "miranshahcamp-drone-2012-02": "test",
        "miramshahbazaar-drone-2012-03": "dev",
        "darrenishtar-drone-2012-05": "test",
        "kamdesh-villages-2012-06": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 0
    SIDES = {"test": 4, "dev": 3}
