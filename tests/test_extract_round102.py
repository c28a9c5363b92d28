"""The hundred-and-second round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-second
round: held back (round 102)*).

The round's slugs were committed before they were hashed, each first checked against every coding's whole date span,
its places, every report's address and the claims file shared by the rounds; its one lot put all three events on
test, and the search stopped there, as the round's brief (late in the session) asked. It holds three reports of drone
strikes on the Afghan-Pakistani line in 2009, a year the corpus held few of: the house in Zangara, South Waziristan,
where a wife of Baitullah Mehsud died (5 August), the Taliban compound in Dargamandi, North Waziristan (8 September),
told with the day before's strike on an Islamic school in Machikhel, and the two vehicles at Naurak on the Miranshah-Mir
Ali road (30 September), told with the day before's two strikes in North and South Waziristan.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"
BOTH = ["drone", "missile"]


class TestTheBatch(HeldBackRound):
    ROUND = 102
    REPORTS = range(1610, 1613)
    #: The slugs of the batch's events, committed before they were hashed in one lot, with their sides committed
    #: before any report was written.
    EVENTS = {
        "naurak-drone-2009-09": "test",
        "dargamandi-drone-2009-09": "test",
        "zangara-drone-2009-08": "test",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 5
    SIDES = {"test": 3, "dev": 0}


def test_three_strikes_on_test_as_coded() -> None:
    """Local residents who say the drone was American are the accusers, the actor spelt as the report spells the state
    (1610); Pakistani officials who say the strike was suspected to be American are the accusers, the actor spelt as
    the headline has it (1611); an outlet that gives the strikes to the US in its own voice is the accuser (1612). A
    strike of the day before told with its own place and toll is a record of the report (1611's Machikhel school, given
    to no one: the US is named only for the programme), and two strikes sharing one toll are one record (1612's North
    and South Waziristan, whose "also killed" leaves no high bound); "at least" keeps no high bound (1611)."""
    rows = coded_fields(102, *FIRST_FIELDS, "killed_high", "injured_high", "weapons", "perpetrator", "attributed_by")
    assert rows == {
        "1610": [("2009-08-05", "day", "PK", 4, 5, STRIKE, "alleged", 4, 5, BOTH, "United States", "local residents")],
        "1611": [
            ("2009-09-08", "day", "PK", 10, None, STRIKE, "alleged", None, None, BOTH, "US", "Pakistani officials"),
            ("2009-09-07", "day", "PK", 5, None, STRIKE, "unattributed", 5, None, BOTH, None, None),
        ],
        "1612": [
            ("2009-09-30", "day", "PK", 9, 4, STRIKE, "alleged", 9, 4, BOTH, "US", "Zee News"),
            ("2009-09-29", "day", "PK", 13, None, STRIKE, "alleged", None, None, ["drone"], "US", "Zee News"),
        ],
    }
