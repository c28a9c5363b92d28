"""The hundred-and-eighteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-eighteenth round: held back (round 118)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of six events on the Iranian-Pakistani line in
2014-2016: two attacks on Iran's forces near Saravan in the autumn of 2014 and four rounds of Iranian mortar or rocket
fire into Pakistan's Kech, Washuk and Panjgur districts in 2015 and 2016, months the corpus held bare.
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 118
    REPORTS = range(2090, 2096)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "saravan-post-2014-09": "test",
        "saravan-ambush-2014-10": "test",
        "mand-mortars-2015-05": "test",
        "mashkel-rockets-2015-09": "dev",
        "karimdad-mortars-2016-09": "dev",
        "chidgi-mortars-2016-12": "test",
    }
    BORDERS = {"IR-PK"}
    INCIDENTS = 0
    SIDES = {"test": 4, "dev": 2}
