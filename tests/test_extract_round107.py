"""The hundred-and-seventh round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-seventh
round: held back (round 107)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds five reports of five events on the Afghan side of the
Afghan-Pakistani line in 2003-2005, years the corpus held little of: the U.S. air assault on a rebel camp by Spin
Boldak (3 April 2003), the remote bomb on the Khost road to the border (week to 18 July 2003), the attack on a
government checkpoint by Spin Boldak and the U.S. strikes after it (19 July 2003), the attack on a military post in
Khost (2 August 2004) and the rockets and raids on a U.S. base and three border posts in Khost (22 March 2005).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"
ROCKETS = "Shelling/artillery/missile attack"
BOMB = "Remote explosive/landmine/IED"
NAWABS = "Taliban or al-Qaida militants"


class TestTheBatch(HeldBackRound):
    ROUND = 107
    REPORTS = range(1760, 1765)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "spinboldak-airstrikes-2003-04": "test",
        "khost-roadbomb-2003-07": "dev",
        "spinboldak-checkpoint-2003-07": "dev",
        "khost-post-clash-2004-08": "test",
        "khost-borderposts-2005-03": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 10
    SIDES = {"test": 2, "dev": 3}


def test_the_five_reports_as_coded() -> None:
    """The acting force's own word makes its air strike `confirmed` (1760's U.S. spokesman, 1764's military statement),
    an allied official's word that U.S. planes struck leaves it `alleged` (1762). A Taliban official who tells the
    fight as his side's, its dead and its planning, makes the checkpoint attack `claimed` (1762), the witnesses' lower
    count the best and the Taliban's "at least 20" no high bound. A toll undated but by the report's day takes the week
    ending on it (1761's bomb); the other incident of the day is coded (1761's rockets, 1764's Humvee), the one told
    "earlier this week" or "last Thursday" as background is not. "Suspected Taliban militants" with no accuser are
    `suspected` (1763), and the bodies the Afghans found are the dead the U.S. aircraft counted, one record (1764)."""
    rows = coded_fields(107, *FIRST_FIELDS, "killed_high", "weapons", "perpetrator", "origin_country")
    assert rows == {
        "1760": [("2003-04-03", "day", "AF", 1, None, STRIKE, "confirmed", 1, ["airstrike"], "U.S.", None)],
        "1761": [
            ("2003-07-12", "week", "AF", 8, None, BOMB, "unattributed", None, ["ied"], None, None),
            ("2003-07-17", "day", "AF", 0, 0, ROCKETS, "unattributed", 0, ["rocket"], None, None),
        ],
        "1762": [
            ("2003-07-19", "day", "AF", 4, None, CLASH, "claimed", None, ["unknown"], "Taliban", "PK"),
            ("2003-07-19", "day", "AF", None, None, STRIKE, "alleged", None, ["airstrike"], "U.S.", None),
        ],
        "1763": [
            (
                "2004-08-02",
                "day",
                "AF",
                40,
                None,
                CLASH,
                "suspected",
                50,
                ["airstrike"],
                "suspected Taliban militants",
                "PK",
            )
        ],
        "1764": [
            ("2005-03-22", "day", "AF", 0, 0, ROCKETS, "alleged", 0, ["rocket"], NAWABS, "PK"),
            ("2005-03-22", "day", "AF", None, None, CLASH, "alleged", None, ["rocket", "firearms"], NAWABS, "PK"),
            ("2005-03-22", "day", "AF", 5, None, STRIKE, "confirmed", 5, ["airstrike"], "U.S.", None),
            ("2005-03-22", "day", "AF", 0, 0, BOMB, "unattributed", 0, ["ied"], None, None),
        ],
    }
