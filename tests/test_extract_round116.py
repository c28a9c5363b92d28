"""The hundred-and-sixteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-sixteenth round: held back (round 116)*).

The round's slugs were written to the claims file shared by the rounds and hashed, each first checked against every
coding's whole date span, its places, every report's address and that claims file; their sides were committed before
any report was written. It holds reports of US drone strikes in North Waziristan from July to September 2013, months
the corpus held bare or thin.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 116
    #: The slugs of the batch's events, written to the shared claims file before they were hashed, with their sides
    #: committed before any report was written.
    EVENTS = {
        "miranshahmarket-drone-2013-07": "dev",
        "musaki-drone-2013-07": "test",
        "shinkainarai-drone-2013-07": "dev",
        "shawal-drone-2013-09": "dev",
    }
    BORDERS = {"AF-PK"}
