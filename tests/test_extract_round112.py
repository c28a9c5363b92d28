"""The hundred-and-twelfth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-twelfth round: held back (round 112)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds seven reports of seven events on the Afghan-Pakistani line in
2009-2012, months the corpus held bare or thin: drone strikes in North Waziristan (November 2009, November 2010,
November 2011, February, March and May 2012) and the raid on two villages of Kamdesh in Nuristan (June 2012).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event type for a strike from the air, as a coding writes it.
AIR_STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 112
    REPORTS = range(1910, 1917)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "mirali-drone-2009-11": "test",
        "lolaipiran-drone-2010-11": "test",
        "razmak-drone-2011-11": "dev",
        "miranshahcamp-drone-2012-02": "test",
        "miramshahbazaar-drone-2012-03": "dev",
        "darrenishtar-drone-2012-05": "test",
        "kamdesh-villages-2012-06": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 9
    SIDES = {"test": 4, "dev": 3}


def test_the_seven_reports_as_coded() -> None:
    """A drone strike officials give to the US is `alleged` to them, and one the outlet tells in its own voice to the
    outlet (1910-1915). Two strikes told with their own places and tolls are two records (1911), and so is the
    strike of the day before told with its own place and toll (1912); the earlier strikes named only to set a place's
    series are background (1911). A strike told with no day spans the week to the report (1913, 1915). Two outlets'
    tolls bound the count (1912, 1915). An assault on security posts beaten back is an armed clash, its toll "so far"
    with no high bound and its actor the lead's phrase (1916)."""
    rows = coded_fields(112, *FIRST_FIELDS, "killed_high", "weapons", "perpetrator", "attributed_by")
    drone = ["drone", "missile"]
    sunday, by_officials = ("2010-11-07", "day", "PK"), ("US", "Pakistani intelligence officials")
    assert rows == {
        "1910": [("2009-11-20", "day", "PK", 8, None, AIR_STRIKE, "alleged", None, drone, "US", "Pakistani officials")],
        "1911": [
            (*sunday, 4, None, AIR_STRIKE, "alleged", 4, ["drone", "rocket"], *by_officials),
            (*sunday, 5, None, AIR_STRIKE, "alleged", 5, ["drone"], *by_officials),
        ],
        "1912": [
            ("2011-11-17", "day", "PK", 7, None, AIR_STRIKE, "alleged", 9, drone, "US", "The Express Tribune"),
            ("2011-11-16", "day", "PK", 16, None, AIR_STRIKE, "alleged", 16, ["drone"], "US", "The Express Tribune"),
        ],
        "1913": [
            ("2012-02-01", "week", "PK", 8, 2, AIR_STRIKE, "alleged", 8, drone, "US", "Pakistani security officials")
        ],
        "1914": [("2012-03-30", "day", "PK", 4, 2, AIR_STRIKE, "alleged", 4, drone, "US", "The Long War Journal")],
        "1915": [("2012-04-29", "week", "PK", 10, 1, AIR_STRIKE, "alleged", 10, drone, "US", "The Long War Journal")],
        "1916": [
            (
                "2012-06-29",
                "day",
                "AF",
                20,
                None,
                CLASH,
                "alleged",
                None,
                ["firearms"],
                "hundreds of Taliban fighters",
                "reports from eastern Afghanistan",
            )
        ],
    }
