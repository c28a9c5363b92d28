"""The hundred-and-fourteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-fourteenth round: held back (round 114)*).

The round's slugs were written to the claims file shared by the rounds and hashed, each first checked against every
coding's whole date span, its places, every report's address and that claims file; their sides were committed before
any report was written. It holds two reports of two events on the Afghan-Uzbek line, the line of the brief's Central
Asian vein the stored pages still held new dated events of: a Taliban attack on an Afghan border post in Balkh's Kaldar
district (May 2016) and one on the security checkpoints of Hairatan's Qazlaq area (July 2021). Both slugs fell on dev by
the MD5 rule; a third, the Saryagash smugglers on the Kazakh-Uzbek line (March 2011, test), was withdrawn after hashing,
as the journal tells, because smugglers stopped and held without a fight are no incident by the rulings.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 114
    REPORTS = range(1970, 1972)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed, with their sides
    #: committed before any report was written.
    EVENTS = {
        "kaldar-borderpost-2016-05": "dev",
        "hairatan-checkpoints-2021-07": "dev",
    }
    BORDERS = {"AF-UZ"}
    INCIDENTS = 0
    SIDES = {"test": 0, "dev": 2}
