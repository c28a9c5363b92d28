"""The hundred-and-fifth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-fifth
round: held back (round 105)*).

The round's slugs were committed before they were hashed... (the batch follows).
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 105
    REPORTS = range(1700, 1707)
    #: The slugs of the batch's events, committed with their sides before any report was written.
    EVENTS = {
        "barmal-attack-2003-08": "dev",
        "turwa-attack-2003-08": "dev",
        "shkin-firefight-2003-08": "dev",
        "shkin-gunbattle-2003-09": "dev",
    }
    BORDERS = {
        "barmal-attack-2003-08": "AF-PK",
        "turwa-attack-2003-08": "AF-PK",
        "shkin-firefight-2003-08": "AF-PK",
        "shkin-gunbattle-2003-09": "AF-PK",
    }
