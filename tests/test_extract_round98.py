"""The ninety-eighth round's held-back batch of real reports (docs/extract-journal.md, *The ninety-eighth round: held
back (round 98)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search stopped with three
events on test (the journal says why). It holds fourteen reports of fourteen events on every line but the Pakistani
ones: Afghan drug couriers killed by Uzbekistan's security service in Surkhandarya (2009) and the guerrilla incursion
into Surkhandarya from Tajikistan (2000), the Afghan-Uzbek line's and the Tajik-Uzbek line's first events of those
years; and twelve Taliban attacks on, and captures of, the Afghan districts on the Tajik, Uzbek, Turkmen and Iranian
lines (2015-2021), Zaranj on the Iranian border among them; four rewritten in English from Russian and Persian.
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, TERRITORY_TAKEN, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 98
    REPORTS = range(1490, 1504)
    #: The slugs of the batch's events, committed before they were hashed in seven lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "surkhandarya-couriers-2009-10": "test",
        "surkhandarya-incursion-2000-08": "test",
        "zaranj-capture-2021-08": "test",
        "chahab-borderpost-2019-08": "dev",
        "chahab-offensive-2019-08": "dev",
        "badakhshan-districts-2021-07": "dev",
        "qalaezal-capture-2017-05": "dev",
        "shortepa-police-2019-10": "dev",
        "imamsahib-offensive-2017-06": "dev",
        "maymay-capture-2020-11": "dev",
        "ghorian-policechief-2021-01": "dev",
        "khamab-collapse-2017-08": "dev",
        "dashtearchi-capture-2015-06": "dev",
        "lashwajuwayn-capture-2021-06": "dev",
    }
    BORDERS = {
        "surkhandarya-couriers-2009-10": "AF-UZ",
        "surkhandarya-incursion-2000-08": "TJ-UZ",
        "zaranj-capture-2021-08": "AF-IR",
        "chahab-borderpost-2019-08": "AF-TJ",
        "chahab-offensive-2019-08": "AF-TJ",
        "badakhshan-districts-2021-07": "AF-TJ",
        "qalaezal-capture-2017-05": "AF-TJ",
        "shortepa-police-2019-10": "AF-UZ",
        "imamsahib-offensive-2017-06": "AF-TJ",
        "maymay-capture-2020-11": "AF-TJ",
        "ghorian-policechief-2021-01": "AF-IR",
        "khamab-collapse-2017-08": "AF-TM",
        "dashtearchi-capture-2015-06": "AF-TJ",
        "lashwajuwayn-capture-2021-06": "AF-IR",
    }
    INCIDENTS = 20
    SIDES = {"test": 3, "dev": 11}


def test_couriers_an_incursion_and_a_capital_taken_as_coded() -> None:
    """Couriers from Afghanistan who resisted with fire and were all killed are a clash `alleged` against them, the
    outlet's own voice the accuser, the week to a report that dates nothing (1490); a guerrilla campaign told from its
    first day to the report is a `month` span whose toll adds the soldiers to the guerrillas the same officials count,
    and a night's failed break-out near a border village is a record of its own, the guerrillas a generic label with
    no origin, `unattributed` (1491); a capital taken "with little resistance", told by officials "on Friday", is
    territory taken in the week to the statement (1492)."""
    rows = coded_fields(98, *FIRST_FIELDS, "event_date_end", "origin_country", "perpetrator")
    assert {rid: rows[rid] for rid in ("1490", "1491", "1492")} == {
        "1490": [
            (
                "2009-10-15",
                "week",
                "UZ",
                3,
                None,
                CLASH,
                "alleged",
                "2009-10-21",
                "AF",
                "three armed drug couriers from Afghanistan",
            )
        ],
        "1491": [
            ("2000-08-05", "month", "UZ", 37, 10, CLASH, "unattributed", "2000-08-18", None, None),
            ("2000-08-11", "days", "UZ", None, None, CLASH, "unattributed", "2000-08-12", None, None),
        ],
        "1492": [
            ("2021-07-31", "week", "AF", None, None, TERRITORY_TAKEN, "alleged", "2021-08-06", None, "The Taliban")
        ],
    }


def test_attacks_on_the_border_districts_on_dev_as_coded() -> None:
    """A report's other attacks of the same days are coded where they fell, a hedged one ("is said to have")
    `suspected` (1493); a Friday dawn attack in a Friday wire is that day, the burnt headquarters `arson` (1494); a
    claim of the attack by the Taliban is `claimed`, and dead and wounded told as one figure leave both counts empty
    (1497); districts left "without any fighting" are a non-violent transfer (1501); two accounts of the dead, five
    and four, keep the lower as the best and the higher as the bound (1500)."""
    rows = coded_fields(98, "event_date", "date_precision", "killed", "injured", "sub_event_type", "attribution")
    assert rows["1493"] == [
        ("2019-07-31", "week", 3, None, CLASH, "alleged"),
        ("2019-07-31", "week", None, 8, CLASH, "unattributed"),
        ("2019-07-31", "week", None, None, CLASH, "suspected"),
    ]
    assert rows["1494"][0] == ("2019-08-30", "day", 10, None, CLASH, "alleged")
    assert rows["1497"] == [("2019-09-30", "days", None, None, CLASH, "claimed")]
    assert rows["1501"] == [("2017-08-15", "week", None, None, "Non-violent transfer of territory", "alleged")]
    assert coded_fields(98, "killed", "killed_low", "killed_high")["1500"] == [(4, 4, 5)]
    assert coded_fields(98, "weapons")["1494"] == [(["arson"],), (["unknown"],)]
