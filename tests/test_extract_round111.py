"""The hundred-and-eleventh round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-eleventh round: held back (round 111)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds eight reports of eight events in Kunar and Nuristan and across
from them in Chitral, 2006-2011, months the corpus held almost nothing of on that stretch of the line.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 111
    REPORTS = range(1880, 1888)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "waygal-ambush-2006-08": "dev",
        "chawki-mortars-2007-08": "dev",
        "waygal-ambush-2007-11": "test",
        "korengal-airstrikes-2008-05": "test",
        "ganjgal-ambush-2009-09": "test",
        "kamdesh-outposts-2009-10": "dev",
        "godibar-post-2010-10": "dev",
        "kunar-shelling-2011-09": "test",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 0
    SIDES = {"test": 4, "dev": 4}
