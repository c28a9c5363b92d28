"""The hundred-and-third round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-third
round: held back (round 103)*).

The round's slugs were committed before any report was written, each first checked against every coding's whole date
span, its places, every report's address and the claims file shared by the rounds; its one lot put four events on each
side. It holds eight reports of drone strikes on the Afghan-Pakistani line in 2009 and the first days of 2010, months
the corpus held few or none of: a house outside Mir Ali (January, told with a roadside bomb in Swat the same day), a
compound in Sarorogha (May), a training camp in the Shulam area near Wana and a funeral in South Waziristan (June), a
camp in Karwan Manza (July, told with the day before's strike on Zangra), a house near Ladda (August), a compound in
Saidgi (December) and a fort in Sanzali (January 2010).
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"
BOTH = ["drone", "missile"]


class TestTheBatch(HeldBackRound):
    ROUND = 103
    REPORTS = range(1640, 1648)
    #: The slugs of the batch's events, committed before they were hashed in one lot, with their sides committed
    #: before any report was written.
    EVENTS = {
        "mirali-drone-2009-01": "test",
        "sararogha-drone-2009-05": "test",
        "shulam-drone-2009-06": "dev",
        "makin-drone-2009-06": "test",
        "karwanmanza-drone-2009-07": "dev",
        "ladda-drone-2009-08": "test",
        "saidgi-drone-2009-12": "dev",
        "sanzali-drone-2010-01": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 10
    SIDES = {"test": 4, "dev": 4}


def test_eight_strikes_as_coded() -> None:
    """Officials of the struck side who give the strike to the US are the accusers, `alleged` (1640, 1642, 1643, 1646,
    1647), and an outlet that does so in its own voice is (1644, 1645); intelligence and Taliban officials who agree
    are two sides' word, `suspected` (1641). A roadside bomb told beside the strike on the same day is the report's
    other incident (1640), and a strike of the day before with its own place and toll is a record of its own, given to
    no one and with no weapon named for it (1644). Two sources' figures keep the range, the lowest credible the best
    (1641, 1642, 1645); "at least" and "dozens" keep no high bound, nor does a higher figure that is itself "more than"
    (1643); two strikes sharing one toll are one record (1647)."""
    rows = coded_fields(103, *FIRST_FIELDS, "killed_high", "injured_high", "weapons", "perpetrator", "attributed_by")
    assert rows == {
        "1640": [
            (
                "2009-01-23",
                "day",
                "PK",
                9,
                None,
                STRIKE,
                "alleged",
                None,
                None,
                BOTH,
                "US",
                "Pakistani intelligence officials",
            ),
            (
                "2009-01-23",
                "day",
                "PK",
                3,
                None,
                "Remote explosive/landmine/IED",
                "unattributed",
                3,
                None,
                ["ied"],
                None,
                None,
            ),
        ],
        "1641": [
            (
                "2009-05-09",
                "day",
                "PK",
                5,
                None,
                STRIKE,
                "suspected",
                20,
                None,
                BOTH,
                "US",
                "intelligence and Taliban officials",
            ),
        ],
        "1642": [("2009-06-18", "day", "PK", 7, None, STRIKE, "alleged", 9, None, BOTH, "US", "officials")],
        "1643": [
            ("2009-06-23", "day", "PK", 45, 12, STRIKE, "alleged", None, None, BOTH, "US", "officials in the country")
        ],
        "1644": [
            ("2009-07-08", "day", "PK", 8, None, STRIKE, "alleged", 8, None, BOTH, "US", "The Long War Journal"),
            ("2009-07-07", "day", "PK", 16, None, STRIKE, "unattributed", 16, None, ["unknown"], None, None),
        ],
        "1645": [("2009-08-11", "day", "PK", 8, 5, STRIKE, "alleged", 10, 5, BOTH, "US", "Dawn")],
        "1646": [
            ("2009-12-26", "day", "PK", 13, 3, STRIKE, "alleged", 13, 3, BOTH, "US", "Pakistani security officials")
        ],
        "1647": [("2010-01-06", "day", "PK", 13, None, STRIKE, "alleged", None, None, BOTH, "US", "officials")],
    }
