"""The hundred-and-first round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-first
round: held back (round 101)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search stopped after the
ninth lot, which put the fourth event on test. It holds thirteen reports of thirteen events on the Afghan lines other
than Pakistan's, the vein round 98 opened: the Taliban taking or attacking Afghan districts, bases, posts and a port
on the Tajik line (Raghistan, Ay-Khanoom, Imam Sahib twice, Dasht-e Archi, Darqad twice), the Turkmen line (Ghormach,
Bala Murghab, Rubat-e-Sangi) and the Iranian line (Ghorian), and two retakings by Afghan forces (Darqad in January
2016, Imam Sahib in June 2017).
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

CLASH = "Armed clash"
TAKEN = "Non-state actor overtakes territory"
RETAKEN = "Government regains territory"


class TestTheBatch(HeldBackRound):
    ROUND = 101
    REPORTS = range(1580, 1593)
    #: The slugs of the batch's events, committed before they were hashed in nine lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "raghistan-capture-2015-09": "test",
        "ghormach-base-2018-08": "test",
        "imamsahib-recapture-2017-06": "test",
        "balamurghab-base-2019-03": "test",
        "darqad-recapture-2016-01": "dev",
        "aykhanoom-port-2019-04": "dev",
        "imamsahib-base-2018-06": "dev",
        "dashtearchi-post-2018-07": "dev",
        "ghorian-uprising-2021-04": "dev",
        "bakhmalkucha-checkpoint-2020-03": "dev",
        "darqad-ambush-2019-08": "dev",
        "rubatesangi-checkpoints-2019-08": "dev",
        "darqad-checkpoint-2019-12": "dev",
    }
    BORDERS = {
        "raghistan-capture-2015-09": "AF-TJ",
        "ghormach-base-2018-08": "AF-TM",
        "imamsahib-recapture-2017-06": "AF-TJ",
        "balamurghab-base-2019-03": "AF-TM",
        "darqad-recapture-2016-01": "AF-TJ",
        "aykhanoom-port-2019-04": "AF-TJ",
        "imamsahib-base-2018-06": "AF-TJ",
        "dashtearchi-post-2018-07": "AF-TJ",
        "ghorian-uprising-2021-04": "AF-IR",
        "bakhmalkucha-checkpoint-2020-03": "AF-TJ",
        "darqad-ambush-2019-08": "AF-TJ",
        "rubatesangi-checkpoints-2019-08": "AF-TM",
        "darqad-checkpoint-2019-12": "AF-TJ",
    }
    INCIDENTS = 15
    SIDES = {"test": 4, "dev": 9}


def test_four_events_on_test_as_coded() -> None:
    """A district whose headquarters the Taliban entered, the forces pulling back, is taken with no toll for "heavy
    losses" and `arson` for the offices set on fire (1580); a retaking told by the police is `confirmed` to them, with
    "some 100" dead no range and "more than 120" wounded no high bound (1581); a base attacked on "Saturday night"
    that the army still holds is a clash on that day, "at least" keeping no high bound (1582); a base and two outposts
    whose soldiers were all killed or captured are taken, the provincial council's head the accuser over the
    newspaper the outlet cites (1583)."""
    rows = coded_fields(101, *FIRST_FIELDS, "killed_low", "killed_high", "injured_high", "weapons", "target_type")
    assert {rid: rows[rid] for rid in ("1580", "1581", "1582", "1583")} == {
        "1580": [("2015-09-11", "day", "AF", None, None, TAKEN, "alleged", None, None, None, ["arson"], "military")],
        "1581": [("2017-06-10", "day", "AF", 100, 120, RETAKEN, "confirmed", None, None, None, ["unknown"], None)],
        "1582": [("2018-08-11", "day", "AF", 11, 20, CLASH, "alleged", 11, None, None, ["unknown"], "military")],
        "1583": [("2019-03-11", "day", "AF", 16, None, TAKEN, "alleged", 16, 16, None, ["unknown"], "military")],
    }


def test_nine_events_on_dev_as_coded() -> None:
    """An operation from a Friday night to a Sunday morning is `days`, its wounded the militants' 20 and the forces'
    "as many as four" (1584); a port left "without any further clashes" is a non-violent transfer `claimed` by the
    Taliban's statement (1585); a page dated only by its last update gives the week to it (1586); a report of two
    provinces' attacks codes both, the attackers' "at least six" dead added to the soldiers' 15 with no high bound,
    and the shelling and the blown-up bridge as weapons (1587); a car bomb is `explosives` and "several" wounded three
    (1588); an ambush the army tells is `confirmed` to the security forces with no target (1590); two counts of the
    dead keep the police's lower as the best and the agency's as the high bound (1591)."""
    rows = coded_fields(101, *FIRST_FIELDS, "killed_high", "injured_low", "event_date_end", "weapons", "target_type")
    assert {rid: rows[rid] for rid in ("1584", "1585", "1586", "1587", "1588", "1589", "1590", "1591", "1592")} == {
        "1584": [("2016-01-08", "days", "AF", 25, 24, RETAKEN, "confirmed", 25, None, "2016-01-10", ["unknown"], None)],
        "1585": [
            (
                "2019-04-24",
                "day",
                "AF",
                None,
                None,
                "Non-violent transfer of territory",
                "claimed",
                None,
                None,
                None,
                ["unknown"],
                "military",
            )
        ],
        "1586": [("2018-06-16", "week", "AF", 4, 4, TAKEN, "alleged", None, 4, "2018-06-22", ["unknown"], "military")],
        "1587": [
            (
                "2018-07-12",
                "day",
                "AF",
                21,
                13,
                CLASH,
                "alleged",
                None,
                13,
                None,
                ["artillery", "explosives"],
                "military",
            ),
            ("2018-07-12", "day", "AF", 4, None, CLASH, "alleged", 4, None, None, ["unknown"], "police"),
        ],
        "1588": [("2021-04-20", "day", "AF", 2, 3, CLASH, "alleged", None, 3, None, ["explosives"], "military")],
        "1589": [("2020-03-05", "day", "AF", 4, 2, CLASH, "alleged", 4, 2, None, ["unknown"], "police")],
        "1590": [("2019-08-20", "day", "AF", 4, 2, CLASH, "confirmed", 4, 2, None, ["unknown"], None)],
        "1591": [("2019-08-28", "day", "AF", 9, 3, CLASH, "alleged", 14, 3, None, ["unknown"], "military")],
        "1592": [
            ("2019-12-31", "day", "AF", 8, None, CLASH, "alleged", None, None, None, ["unknown"], "police"),
            ("2019-12-31", "day", "AF", 2, 2, CLASH, "alleged", 2, 2, None, ["unknown"], "military"),
        ],
    }
