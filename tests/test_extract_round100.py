"""The hundredth round's held-back batch of real reports (docs/extract-journal.md, *The hundredth round: held back
(round 100)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search stopped after the
sixth lot, which took the test side from two events to four. It holds fourteen reports of fourteen drone strikes on
the Afghan-Pakistani line, aimed at the years the corpus held fewest of: six of 2010 (Shaktoi, Mir Ali, Boya,
Torkhel, Essori, Khaddi), three of 2011 (a vehicle in Datta Khel, the Datta Khel jirga, Azam Warsak), two of 2013
(Hakimullah Mehsud's compound in Dande Darpa Khel, the Tal seminary in Hangu), and one each of 2014 (Datta Khel),
2015 (Alwara Mandi) and 2017 (Speen Tal in Hangu, a strike its report gives to no one).
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"
BOTH = ["drone", "missile"]


class TestTheBatch(HeldBackRound):
    ROUND = 100
    REPORTS = range(1550, 1564)
    #: The slugs of the batch's events, committed before they were hashed in six lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "torkhel-drone-2010-04": "test",
        "alwaramandi-drone-2015-01": "test",
        "speental-drone-2017-06": "test",
        "tal-drone-2013-11": "test",
        "dattakhel-drone-2011-03": "dev",
        "dattakhel-drone-2011-01": "dev",
        "mirali-drone-2010-02": "dev",
        "essori-drone-2010-08": "dev",
        "khaddi-drone-2010-11": "dev",
        "boya-drone-2010-04": "dev",
        "dattakhel-drone-2014-09": "dev",
        "shaktoi-drone-2010-01": "dev",
        "dandedarpakhel-drone-2013-11": "dev",
        "azamwarsak-drone-2011-08": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 14
    SIDES = {"test": 4, "dev": 10}


def test_four_strikes_on_test_as_coded() -> None:
    """An outlet that gives the strike to the US in its own voice, its locals and police quoted only for the missiles
    and the dead, is the accuser (1550, 1551); an official quoted for the US drone is the accuser over the lead's
    officials (1552); a strike whose report names no one behind the drone is `unattributed`, with no actor (1553);
    "at least" keeps no high bound and the narrower place, the seminary by its village, stands over the area (1551)."""
    rows = coded_fields(100, *FIRST_FIELDS, "killed_high", "injured_high", "weapons", "perpetrator", "attributed_by")
    assert {rid: rows[rid] for rid in ("1550", "1551", "1552", "1553")} == {
        "1550": [("2010-04-16", "day", "PK", 6, 4, STRIKE, "alleged", 6, 4, BOTH, "US", "The Express Tribune")],
        "1551": [("2013-11-21", "day", "PK", 6, 1, STRIKE, "alleged", None, 1, BOTH, "US", "Dawn")],
        "1552": [
            (
                "2015-01-04",
                "day",
                "PK",
                6,
                None,
                STRIKE,
                "alleged",
                None,
                None,
                BOTH,
                "US",
                "a senior security official",
            )
        ],
        "1553": [("2017-06-12", "day", "PK", 2, None, STRIKE, "unattributed", 2, None, BOTH, None, None)],
    }


def test_ten_strikes_on_dev_as_coded() -> None:
    """Intelligence officials quoted for a suspected US strike are its accusers, and "more than a dozen" hurt is a
    dozen with no high bound (1554); "several others hurt" is the codebook's three (1555); "late on Monday" under a
    Tuesday dateline is Monday (1556); a brief that gives its strike no day is the week to it (1560); local news
    reports' four dead are four, with both bounds (1562); the outlet's own voice accuses where no one else names the US
    (1555, 1560, 1562)."""
    rows = coded_fields(
        100, *FIRST_FIELDS, "killed_low", "killed_high", "injured_low", "event_date_end", "attributed_by"
    )
    assert {rid: rows[rid] for rid in (f"{n}" for n in range(1554, 1564))} == {
        "1554": [("2010-01-14", "day", "PK", 10, 12, STRIKE, "alleged", 10, None, 12, None, "intelligence officials")],
        "1555": [("2010-02-14", "day", "PK", 7, 3, STRIKE, "alleged", 7, None, 3, None, "Antiwar.com")],
        "1556": [("2010-04-12", "day", "PK", 5, 2, STRIKE, "alleged", 5, None, 2, None, "security officials")],
        "1557": [
            (
                "2010-08-14",
                "day",
                "PK",
                12,
                None,
                STRIKE,
                "alleged",
                12,
                None,
                None,
                None,
                "a senior Pakistani security official",
            )
        ],
        "1558": [("2010-11-21", "day", "PK", 6, None, STRIKE, "alleged", 6, None, None, None, "security officials")],
        "1559": [("2011-01-23", "day", "PK", 4, None, STRIKE, "alleged", 4, None, None, None, "local sources")],
        "1560": [
            ("2011-03-11", "week", "PK", 41, None, STRIKE, "alleged", 41, None, None, "2011-03-17", "Antiwar.com")
        ],
        "1561": [
            ("2011-08-01", "day", "PK", 4, None, STRIKE, "alleged", 4, None, None, None, "local security officials")
        ],
        "1562": [("2013-11-01", "day", "PK", 4, 2, STRIKE, "alleged", 4, 4, 2, None, "the Pittsburgh Tribune-Review")],
        "1563": [
            (
                "2014-09-24",
                "day",
                "PK",
                10,
                None,
                STRIKE,
                "alleged",
                10,
                10,
                None,
                None,
                "two Pakistani intelligence officials",
            )
        ],
    }
