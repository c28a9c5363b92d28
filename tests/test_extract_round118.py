"""The hundred-and-eighteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-eighteenth round: held back (round 118)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of six events on the Iranian-Pakistani line in
2014-2016: two attacks on Iran's forces near Saravan in the autumn of 2014 and four rounds of Iranian mortar or rocket
fire into Pakistan's Kech, Washuk and Panjgur districts in 2015 and 2016, months the corpus held bare.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event types of the batch, as a coding writes them.
SHELLING = "Shelling/artillery/missile attack"
CLASH = "Armed clash"


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
    INCIDENTS = 7
    SIDES = {"test": 4, "dev": 2}


def test_the_six_reports_as_coded() -> None:
    """Iranian fire into Pakistan is `alleged` to the force the report names, by the speaker who tells it (2092, 2094,
    2095) or by the outlet in its own voice (2093, and 2095's earlier shelling), with its origin `IR`; "no one was hurt"
    is a toll of none, killed and wounded alike (2092-2094). An attack near Saravan that a Guards' officer gives to a
    named group is `alleged` to it, its attackers' "heavy losses" leaving both tolls open above (2090); "armed rebels"
    alone name no one (2091). A shelling the report gives no day is the week up to the paper's date, and an earlier
    shelling "three days ago" that the lead counts with it ("for the second time in a week") is a record of its own
    (2095)."""
    rows = coded_fields(
        118,
        *FIRST_FIELDS,
        "event_date_end",
        "killed_high",
        "injured_high",
        "weapons",
        "perpetrator",
        "attributed_by",
        "origin_country",
    )
    mortar = ["mortar"]
    assert rows == {
        "2090": [
            (
                "2014-09-09",
                "day",
                "IR",
                1,
                2,
                CLASH,
                "alleged",
                None,
                None,
                None,
                ["unknown"],
                "Jaishul Adl",
                "Commander Ramezan Sharif of the Revolutionary Guards",
                None,
            )
        ],
        "2091": [
            ("2014-10-08", "day", "IR", 3, None, CLASH, "unattributed", None, 3, None, ["unknown"], None, None, None)
        ],
        "2092": [
            (
                "2015-05-02",
                "day",
                "PK",
                0,
                0,
                SHELLING,
                "alleged",
                None,
                0,
                0,
                mortar,
                "the Iranian border force",
                "security sources",
                "IR",
            )
        ],
        "2093": [
            (
                "2015-09-17",
                "day",
                "PK",
                0,
                0,
                SHELLING,
                "alleged",
                None,
                0,
                0,
                ["rocket"],
                "Iranian security forces",
                "UrduPoint",
                "IR",
            )
        ],
        "2094": [
            (
                "2016-09-01",
                "day",
                "PK",
                0,
                0,
                SHELLING,
                "alleged",
                None,
                0,
                0,
                mortar,
                "Iran's border security forces",
                "security sources",
                "IR",
            )
        ],
        "2095": [
            (
                "2016-12-15",
                "week",
                "PK",
                None,
                1,
                SHELLING,
                "alleged",
                "2016-12-21",
                None,
                1,
                mortar,
                "the Iranian border force",
                "Levies officials",
                "IR",
            ),
            (
                "2016-12-18",
                "day",
                "PK",
                1,
                2,
                SHELLING,
                "alleged",
                None,
                1,
                2,
                mortar,
                "the Iranian border force",
                "Daily Azadi",
                "IR",
            ),
        ],
    }
