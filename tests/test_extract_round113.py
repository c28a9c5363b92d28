"""The hundred-and-thirteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-thirteenth round: held back (round 113)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of two events on the Afghan-Iranian line, 2007 and 2012,
years the corpus held little of on that line: armed men said to have crossed from Iran into Farah's Anardara district
(June 2007, with the Shindand fight of that weekend told beside it) and the attack on the Iranian consulate in Herat over
migrants said to have been shot (December 2012). Both slugs fell on dev by the MD5 rule; a third, the Jowain arrest of
October 2010 (also dev), was withdrawn after hashing, as the journal tells, because an arrest with no fight told is no
incident by the rulings.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 113
    REPORTS = range(1940, 1946)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "anardara-crossing-2007-06": "dev",
        "herat-consulate-2012-12": "dev",
    }
    BORDERS = {"AF-IR"}
    INCIDENTS = 0
    SIDES = {"test": 0, "dev": 6}
