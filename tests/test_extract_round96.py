"""The ninety-sixth round's held-back batch of real reports (docs/extract-journal.md, *The ninety-sixth round: held
back (round 96)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search stopped with three
events on test (the journal says why). It holds six reports of six events, all on the Iranian-Afghan line, where the
corpus held nothing before 2006 and nothing in 2016-2017: the Taliban's attack on Iranian border posts in Khorasan and
the three-hour fight that followed (1998, from CNN), and Iranian border guards' fights with armed drug smugglers on the
Taybad, Dogharoun, Zabol and South Khorasan stretches of the line (2009, 2017, 2022), five of them rewritten in English
from Persian and Turkish reports.
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 96
    REPORTS = range(1430, 1436)
    #: The slugs of the batch's events, committed before they were hashed in three lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "khorasan-taliban-1998-10": "test",
        "samiabad-smugglers-2017-10": "test",
        "southkhorasan-smugglers-2009-01": "test",
        "dogharoun-smugglers-2017-11": "dev",
        "zabol-smugglers-2017-11": "dev",
        "zabol-couriers-2022-11": "dev",
    }
    BORDERS = {"AF-IR"}
    INCIDENTS = 6
    SIDES = {"test": 3, "dev": 3}


def test_a_militia_s_attack_and_two_smugglers_fights_as_coded() -> None:
    """A state's account that the other side's forces attacked its posts makes a clash `alleged` against them, with
    their country as the origin and 'early Thursday' in a Thursday wire as its day, the casualties it claims with no
    number left empty (1430); armed smugglers who came in across the line and were killed in the chase after they
    ran from an ambush are a clash `alleged` against them, the week to the paper with no day of its own (1431); six
    armed traffickers killed in a clash with no word of who fired or crossed are an `unattributed` clash (1432)."""
    rows = coded_fields(96, *FIRST_FIELDS, "event_date_end", "origin_country", "perpetrator")
    assert {rid: rows[rid] for rid in ("1430", "1431", "1432")} == {
        "1430": [
            (
                "1998-10-08",
                "day",
                "IR",
                None,
                None,
                CLASH,
                "alleged",
                None,
                "AF",
                "Afghanistan's ruling Taliban militia",
            )
        ],
        "1431": [("2017-10-08", "week", "IR", 2, None, CLASH, "alleged", "2017-10-14", None, "the armed smugglers")],
        "1432": [("2009-01-06", "week", "IR", 6, None, CLASH, "unattributed", "2009-01-12", None, None)],
    }


def test_clashes_with_no_toll_on_dev_as_coded() -> None:
    """A clash whose report tells seizures and flight but no dead or wounded leaves both counts empty (1433-1435);
    smugglers who fled back 'into Afghanistan' carry it as their origin (1433), those who only fled the scene none
    (1434, 1435); a fight whose report tells no fire, shot or gun codes `unknown`
    (1434; 1433 since codenotes39 brought it to the ninth rulings' b, restated in the thirteenth)."""
    rows = coded_fields(96, *FIRST_FIELDS, "event_date_end", "origin_country", "weapons")
    assert rows["1433"] == [("2017-11-04", "week", "IR", None, None, CLASH, "alleged", "2017-11-10", "AF", ["unknown"])]
    assert rows["1434"] == [("2017-10-26", "week", "IR", None, None, CLASH, "alleged", "2017-11-01", None, ["unknown"])]
    assert rows["1435"] == [
        ("2022-11-16", "week", "IR", None, None, CLASH, "alleged", "2022-11-22", None, ["firearms"])
    ]
