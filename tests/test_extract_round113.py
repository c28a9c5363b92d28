"""The hundred-and-thirteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-thirteenth round: held back (round 113)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds seven reports of three events on the Afghan-Iranian line, 2007-2012,
years the corpus held little of on that line: armed men said to have crossed from Iran into Farah's Anardara district
(June 2007, with the Shindand fight of that weekend told beside it), seven Afghan border police held by Iranian border
police in Jowain (October 2010) and the attack on the Iranian consulate in Herat over migrants said to have been shot
(December 2012). All three slugs fell on dev by the MD5 rule.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 113
    REPORTS = range(1940, 1947)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "anardara-crossing-2007-06": "dev",
        "jowain-arrest-2010-10": "dev",
        "herat-consulate-2012-12": "dev",
    }
    BORDERS = {"AF-IR"}
    INCIDENTS = 0
    SIDES = {"test": 0, "dev": 7}
