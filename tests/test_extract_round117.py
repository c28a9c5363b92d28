"""The hundred-and-seventeenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-seventeenth round: held back (round 117)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of six US drone strikes on the Afghan-Pakistani line in
2014-2016, two in North Waziristan in June 2014 and four across the line in Nangarhar in 2015-2016, months the corpus
held bare or thin.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 117
    REPORTS = range(2060, 2066)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "dargahmandi-drone-2014-06": "dev",
        "torkhel-drone-2014-06": "dev",
        "lalpur-drone-2015-07": "test",
        "nazyan-drone-2015-10": "dev",
        "achin-drone-2016-02": "test",
        "achin-drone-2016-09": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 0
    SIDES = {"test": 2, "dev": 4}
