"""The hundred-and-fifth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-fifth
round: held back (round 105)*).

The round's slugs were committed before they were hashed... (the batch follows).
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 105
    REPORTS = range(1700, 1710)
    #: The slugs of the batch's events, committed with their sides before any report was written.
    EVENTS = {
        "barmal-attack-2003-08": "dev",
        "turwa-attack-2003-08": "dev",
        "shkin-firefight-2003-08": "dev",
        "shkin-gunbattle-2003-09": "dev",
        # The second lot, checked, claimed and hashed after the first lot's reports were written and coded:
        "shkin-ambush-2003-04": "test",
        "khost-rockets-2004-01": "test",
        "khost-rockets-2002-09": "test",
    }
    BORDERS = {
        "barmal-attack-2003-08": "AF-PK",
        "turwa-attack-2003-08": "AF-PK",
        "shkin-firefight-2003-08": "AF-PK",
        "shkin-gunbattle-2003-09": "AF-PK",
        "shkin-ambush-2003-04": "AF-PK",
        "khost-rockets-2004-01": "AF-PK",
        "khost-rockets-2002-09": "AF-PK",
    }
