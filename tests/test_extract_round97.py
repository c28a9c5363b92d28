"""The ninety-seventh round's held-back batch of real reports (docs/extract-journal.md, *The ninety-seventh round: held
back (round 97)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search stopped with four
events on test, after three lots. It holds eleven reports of eleven U.S. drone strikes on the Afghan-Pakistani line's
tribal districts from 2008 to 2013, aimed at the years and districts the corpus held fewest of: Kurram (the first
strike told there, February 2009), Bajaur (Damadola, October 2009), North Waziristan (Miramshah twice, Datta Khel, Mir
Ali's Khushali, Dargah Mandi and an unnamed hideout) and South Waziristan (Tora Taka near Angoor Adda, Azam Warsak,
Mandao), one of them rewritten in English from Arabic.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 97
    REPORTS = range(1460, 1471)
    #: The slugs of the batch's events, committed before they were hashed in three lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "miramshah-drone-2008-12": "test",
        "baggan-drone-2009-02": "test",
        "miramshah-drone-2010-02": "test",
        "azamwarsak-drone-2011-09": "test",
        "damadola-drone-2009-10": "dev",
        "northwaziristan-drone-2010-08": "dev",
        "toratoka-drone-2011-04": "dev",
        "dattakhel-drone-2011-05": "dev",
        "khushali-drone-2011-09": "dev",
        "mandao-drone-2012-03": "dev",
        "dargahmandi-drone-2013-09": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 11
    SIDES = {"test": 4, "dev": 7}


def test_four_strikes_on_test_as_coded() -> None:
    """An outlet that tells the strike as the US's in its own voice, no source named for it, makes it `alleged` with the
    outlet as the accuser (the fourth rulings' *outlet's own voice*), and "tonight" in the day's brief is its day
    (1460-1462); drones that struck with no munition named are `drone` alone and "at least 31" keeps no high bound
    (1461); a toll that "may go on growing" has none either (1462); a strike the militants fled, "no one killed or
    hurt", is a strike with both counts 0, the day "on Tuesday" in a Wednesday paper, given to the US by the security
    officials who told it (1463)."""
    rows = coded_fields(97, *FIRST_FIELDS, "killed_low", "killed_high", "weapons", "perpetrator", "attributed_by")
    both = ["drone", "missile"]
    assert {rid: rows[rid] for rid in ("1460", "1461", "1462", "1463")} == {
        "1460": [("2008-12-15", "day", "PK", 2, 3, STRIKE, "alleged", 2, 2, both, "US", "Antiwar.com")],
        "1461": [("2009-02-16", "day", "PK", 31, None, STRIKE, "alleged", 31, None, ["drone"], "US", "Antiwar.com")],
        "1462": [("2010-02-24", "day", "PK", 9, None, STRIKE, "alleged", 9, None, both, "US", "Antiwar.com")],
        "1463": [("2011-09-27", "day", "PK", 0, 0, STRIKE, "alleged", 0, 0, both, "US", "security officials")],
    }


def test_seven_strikes_on_dev_as_coded() -> None:
    """A toll of "several others hurt" is the codebook's three with no high bound (1464); "13 people and seven
    civilians" are the twenty the intelligence official counts (1465); the CIA named in the outlet's own lead is the
    actor (1466); a wire copy that gives the strike no day is the week to it, the intelligence reports' "as many as
    eight" its high bound (1467; 1469 too is a week, and its "killing at least 13 people and wounding three" leaves the
    three wounded no high bound, the "at least" governing both figures: the rulings of 2026-12-07 (sixth), a, the
    coding review codenotes32); "many are feared to have been hurt" is no figure (1468);
    residents who tell a "suspected" US drone are the accusers, and a strike told in one village and a commander's
    compound near another town is coded to the agency that holds both (1470)."""
    rows = coded_fields(97, *FIRST_FIELDS, "killed_high", "injured_high", "event_date_end", "perpetrator", "place")
    assert {rid: rows[rid] for rid in ("1464", "1465", "1466", "1467", "1468", "1469", "1470")} == {
        "1464": [
            (
                "2009-10-24",
                "day",
                "PK",
                25,
                3,
                STRIKE,
                "alleged",
                None,
                None,
                None,
                "US",
                "the house in the Damadola area",
            )
        ],
        "1465": [
            (
                "2010-08-23",
                "day",
                "PK",
                20,
                None,
                STRIKE,
                "alleged",
                20,
                None,
                None,
                "US",
                "the North Waziristan region",
            )
        ],
        "1466": [
            (
                "2011-04-13",
                "day",
                "PK",
                6,
                6,
                STRIKE,
                "alleged",
                6,
                6,
                None,
                "CIA",
                "a house in Tora Taka, a remote mountain village near Angoor Adda",
            )
        ],
        "1467": [
            (
                "2011-05-06",
                "week",
                "PK",
                7,
                None,
                STRIKE,
                "alleged",
                8,
                None,
                "2011-05-12",
                "US",
                "the Datta Khel area of North Waziristan",
            )
        ],
        "1468": [
            ("2011-09-23", "day", "PK", 5, None, STRIKE, "alleged", 5, None, None, "US", "the Khushali area of Mir Ali")
        ],
        "1469": [
            (
                "2012-03-03",
                "week",
                "PK",
                13,
                3,
                STRIKE,
                "alleged",
                None,
                None,
                "2012-03-09",
                "US",
                "the Mandao district of Pakistan's South Waziristan Agency",
            )
        ],
        "1470": [("2013-09-06", "day", "PK", 7, None, STRIKE, "alleged", None, None, None, "US", "North Waziristan")],
    }
