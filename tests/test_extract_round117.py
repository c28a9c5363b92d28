"""The hundred-and-seventeenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-seventeenth round: held back (round 117)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds six reports of six US drone strikes on the Afghan-Pakistani line in
2014-2016, two in North Waziristan in June 2014 and four across the line in Nangarhar in 2015-2016, months the corpus
held bare or thin.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

#: ACLED's sub-event type for a strike from the air, as a coding writes it.
AIR_STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 117
    REPORTS = range(2060, 2066)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "dargahmandi-drone-2014-06": "dev",
        "torkhel-drone-2014-06": "dev",
        "lalpur-drone-2015-07": "test",
        "nazyan-drone-2015-10": "dev",
        "achin-drone-2016-02": "test",
        "achin-drone-2016-09": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 8
    SIDES = {"test": 2, "dev": 4}


def test_the_six_reports_as_coded() -> None:
    """A strike whose own sentences name no owner is `unattributed`, though a later strike of the report or the
    background is given to the US (2060's first, 2061); one the outlet gives to the US in its own voice is `alleged`
    to the outlet (2062), and one the US military's spokesman owns is `confirmed` to him (2064, 2065). The clash of the
    same night in another district is a record of its own, its overnight span two days (2064); "at least" leaves no
    high bound, and a plain count keeps one (2060, 2063, 2064)."""
    rows = coded_fields(117, *FIRST_FIELDS, "event_date_end", "killed_high", "weapons", "perpetrator", "attributed_by")
    drone = ["drone", "missile"]
    assert rows == {
        "2060": [
            ("2014-06-11", "day", "PK", 6, None, AIR_STRIKE, "unattributed", None, None, drone, None, None),
            (
                "2014-06-12",
                "day",
                "PK",
                10,
                4,
                AIR_STRIKE,
                "alleged",
                None,
                None,
                drone,
                "US",
                "a local security official",
            ),
        ],
        "2061": [("2014-06-18", "day", "PK", 6, None, AIR_STRIKE, "unattributed", None, None, drone, None, None)],
        "2062": [
            ("2015-07-26", "day", "AF", 5, None, AIR_STRIKE, "alleged", None, None, drone, "United States", "Dawn")
        ],
        "2063": [
            (
                "2015-10-23",
                "day",
                "AF",
                6,
                3,
                AIR_STRIKE,
                "alleged",
                None,
                6,
                ["drone"],
                "US",
                "an intelligence official",
            )
        ],
        "2064": [
            (
                "2016-02-05",
                "day",
                "AF",
                16,
                None,
                AIR_STRIKE,
                "confirmed",
                None,
                16,
                ["drone"],
                "U.S.",
                "U.S. military spokesman Col. Michael Lawhorn",
            ),
            (
                "2016-02-05",
                "days",
                "AF",
                14,
                None,
                "Armed clash",
                "confirmed",
                "2016-02-06",
                None,
                ["firearms"],
                "Afghan security forces",
                "provincial officials",
            ),
        ],
        "2065": [
            (
                "2016-09-28",
                "day",
                "AF",
                21,
                12,
                AIR_STRIKE,
                "confirmed",
                None,
                None,
                ["drone"],
                "US",
                "Brigadier General Charles Cleveland",
            )
        ],
    }
