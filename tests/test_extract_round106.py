"""The hundred-and-sixth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-sixth
round: held back (round 106)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds seven reports of seven events on the Afghan-Pakistani line in
months the corpus held little of: the NATO helicopters' pursuit of insurgents into Pakistan from Khost (24-25 September
2010), and US drone strikes on Haider Khel (1 November 2010), Mandi Khel (1 January 2011), Dande Darpa Khel (13 October
2011), a school in Miranshah (29 April 2012), Wacha Dana near Wana (3 June 2012) and Asukhel near Mir Ali (21 December
2012).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"
BOTH = ["drone", "missile"]


class TestTheBatch(HeldBackRound):
    ROUND = 106
    REPORTS = range(1730, 1737)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "khost-helicopters-2010-09": "dev",
        "haiderkhel-drone-2010-11": "dev",
        "mandikhel-drone-2011-01": "dev",
        "dandedarpakhel-drone-2011-10": "test",
        "miranshah-drone-2012-04": "test",
        "wachadana-drone-2012-06": "test",
        "asukhel-drone-2012-12": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 11
    SIDES = {"test": 3, "dev": 4}


def test_the_seven_reports_as_coded() -> None:
    """The acting force's own word that its helicopters struck is `confirmed` (1730's two strikes, on Friday and
    Saturday, each its own day and toll), and the insurgents' attack on the Afghan outpost that set them off is a
    record of its own, in Afghanistan, on ISAF's word, the fire's origin the Pakistani side the helicopters crossed
    into. The struck side's officials, or the outlet's own voice where no one else names the US, make a drone strike
    `alleged` (1731's ANI, 1736's The News Tribe). Two strikes on one place on one day, the second on those who came to
    recover the dead, are one record whose toll is their sum (1732); the other incident of the day told at the end,
    gunmen firing on NATO tankers in Sindh, is coded (1733); a strike of the day before with its own place and toll is a
    record, given to no one (1735's Wana). Two sources side by side keep the lower figure as the best and "at least 10"
    leaves no high bound (1735); "at least" in the lead governs the wounded too (1731)."""
    rows = coded_fields(106, *FIRST_FIELDS, "killed_high", "injured_high", "weapons", "perpetrator", "origin_country")
    assert rows == {
        "1730": [
            ("2010-09-24", "day", "PK", 49, None, STRIKE, "confirmed", 49, None, ["airstrike"], "Isaf", "AF"),
            ("2010-09-25", "day", "PK", 4, None, STRIKE, "confirmed", 6, None, ["airstrike"], "Isaf", "AF"),
            (
                "2010-09-24",
                "day",
                "AF",
                None,
                None,
                CLASH,
                "alleged",
                None,
                None,
                ["unknown"],
                "a significant number of insurgents",
                "PK",
            ),
        ],
        "1731": [("2010-11-01", "day", "PK", 6, 2, STRIKE, "alleged", None, None, BOTH, "US", None)],
        "1732": [("2011-01-01", "day", "PK", 11, None, STRIKE, "alleged", None, None, BOTH, "US", None)],
        "1733": [
            ("2011-10-13", "day", "PK", 4, None, STRIKE, "alleged", None, None, BOTH, "US", None),
            ("2011-10-13", "day", "PK", None, None, "Attack", "unattributed", None, None, ["firearms"], None, None),
        ],
        "1734": [("2012-04-29", "day", "PK", 4, 3, STRIKE, "alleged", 4, 3, ["drone"], "U.S.", None)],
        "1735": [
            ("2012-06-03", "day", "PK", 5, 3, STRIKE, "alleged", None, 3, BOTH, "US", None),
            ("2012-06-02", "day", "PK", 4, None, STRIKE, "unattributed", 4, None, ["drone"], None, None),
        ],
        "1736": [("2012-12-21", "day", "PK", 3, None, STRIKE, "alleged", None, None, BOTH, "US", None)],
    }
