"""The hundred-and-fifteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-fifteenth round: held back (round 115)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds five reports of five US drone strikes in North and South Waziristan
in January to March 2013, months the corpus held bare or thin.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 115
    REPORTS = range(2000, 2005)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "babarpehari-drone-2013-01": "test",
        "haiderkhel-drone-2013-01": "test",
        "hesokhel-drone-2013-01": "test",
        "spinwam-drone-2013-02": "test",
        "dattakhelbazaar-drone-2013-03": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 0
    SIDES = {"test": 4, "dev": 1}
