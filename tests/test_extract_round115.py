"""The hundred-and-fifteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-fifteenth round: held back (round 115)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds five reports of five US drone strikes in North and South Waziristan
in January to March 2013, months the corpus held bare or thin.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event type for a strike from the air, as a coding writes it.
AIR_STRIKE = "Air/drone strike"


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
    INCIDENTS = 6
    SIDES = {"test": 4, "dev": 1}


def test_the_five_reports_as_coded() -> None:
    """A drone strike sources give to the US is `alleged` to them, and one the outlet tells in its own voice to the
    outlet (2000-2004); a speaker who names the owner after the outlet's lead is the accuser (2004's "sources", the
    fifteenth rulings' d, codenotes41). Two strikes of one night told with their own places and tolls are two
    records (2001); the strikes of earlier days a later paragraph tells, and the running tallies, are background
    (2001-2003). "At least" leaves no high bound, and the intelligence sources' range sets one (2000); a strike told
    only as a "drone strike" has no `missile` (2000)."""
    rows = coded_fields(115, *FIRST_FIELDS, "killed_high", "weapons", "perpetrator", "attributed_by")
    drone = ["drone", "missile"]
    tuesday = ("2013-01-08", "day", "PK")
    assert rows == {
        "2000": [
            ("2013-01-06", "day", "PK", 10, None, AIR_STRIKE, "alleged", 12, ["drone"], "US", "intelligence sources")
        ],
        "2001": [
            (*tuesday, 5, 4, AIR_STRIKE, "alleged", 5, drone, "US", "residents"),
            (*tuesday, 3, None, AIR_STRIKE, "alleged", None, drone, "US", "residents"),
        ],
        "2002": [
            ("2013-01-10", "day", "PK", 4, None, AIR_STRIKE, "alleged", None, drone, "US", "local security officials")
        ],
        "2003": [("2013-02-06", "day", "PK", 5, None, AIR_STRIKE, "alleged", 5, drone, "US", "The Long War Journal")],
        "2004": [("2013-03-22", "day", "PK", 4, None, AIR_STRIKE, "alleged", 4, drone, "US", "sources")],
    }
