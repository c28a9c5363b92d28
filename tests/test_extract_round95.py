"""The ninety-fifth round's held-back batch of real reports (docs/extract-journal.md, *The ninety-fifth round: held
back (round 95)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test, and the fourth lot put three there at once, six in all. It holds sixteen reports of sixteen U.S.
drone or missile strikes on the Afghan-Pakistani line's tribal districts, the lead the brief named and round 93 began:
North Waziristan (Miran Shah, Dande Darpa Khel, Mir Ali's Nurang, Datta Khel five times, Ghundi Qila, Chashma, Shawal),
South Waziristan (Dabkot, Sarorogha, Kund Ghar, Sarokai) and Upper Orakzai (Bulandkhel), from 2008 to 2015, four of
them rewritten in English from Urdu.
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 95
    REPORTS = range(1400, 1416)
    #: The slugs of the batch's events, committed before they were hashed in four lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "miranshah-drone-2008-10": "test",
        "dabkot-drone-2008-12": "test",
        "nurang-drone-2011-10": "test",
        "dattakhel-drone-2012-01": "test",
        "bulandkhel-drone-2012-10": "test",
        "shawal-drone-2014-10": "test",
        "dandedarpakhel-drone-2008-09": "dev",
        "sararogha-drone-2009-03": "dev",
        "ghundiqila-drone-2012-10": "dev",
        "degan-drone-2013-03": "dev",
        "chashma-drone-2013-05": "dev",
        "dogamadakhel-drone-2014-07": "dev",
        "lowaramandi-drone-2014-08": "dev",
        "kundghar-drone-2014-10": "dev",
        "kazhamadakhel-drone-2014-12": "dev",
        "sarokai-drone-2015-09": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 16
    SIDES = {"test": 6, "dev": 10}


def test_six_strikes_on_test_as_coded() -> None:
    """Drones only seen over the town before the missiles struck leave the missiles alone as the weapon, and the first
    reports' three dead revised to five are five (1400); an outlet that tells the strike as the US's in its own voice,
    no source named, makes it `suspected`, and "an unknown number" wounded is no figure (1401); a drone strike whose
    report gives it to no one, the CIA's drones told only in the year's count or the programme's background, is
    `unattributed` with no actor (1402, 1403); "at least 17" and "more than 20" keep no high bound (1404); "sources
    said" a US drone fired, in a report from the side struck, is `alleged` (1405)."""
    rows = coded_fields(95, *FIRST_FIELDS, "killed_low", "killed_high", "weapons", "perpetrator")
    both = ["drone", "missile"]
    assert {rid: rows[rid] for rid in ("1400", "1401", "1402", "1403", "1404", "1405")} == {
        "1400": [("2008-10-11", "day", "PK", 5, None, STRIKE, "alleged", 5, 5, ["missile"], "U.S.")],
        "1401": [("2008-12-22", "day", "PK", 8, None, STRIKE, "suspected", 8, 8, both, "US")],
        "1402": [("2011-10-31", "day", "PK", 4, None, STRIKE, "unattributed", 4, 4, ["drone"], None)],
        "1403": [("2012-01-23", "day", "PK", 4, 1, STRIKE, "unattributed", 4, 4, both, None)],
        "1404": [("2012-10-11", "day", "PK", 17, 20, STRIKE, "alleged", 17, None, both, "US")],
        "1405": [("2014-10-11", "day", "PK", 4, None, STRIKE, "alleged", 4, 4, both, "US")],
    }


def test_strikes_on_dev_as_coded() -> None:
    """ "At least nine" beside an intelligence official's twelve keeps nine as the best and twelve as the high bound,
    and a strike "launched by US troops in Afghanistan" has that phrase as its actor and Afghanistan as its origin
    (1406); Urdu pages that give the strike no day are the week to the page (1408, 1411, 1413, 1415), as is a strike
    dated only by the sources' "said on Sunday" (1409) and Dawn.com's Chashma strike, told with no day (1410); an
    "American spy plane" is a drone with no munition (1413); the Urdu outlet's own "American drone" with no source is
    `alleged`, the outlet the accuser (first coded `suspected`; the rulings of 2026-12-07, fourth), its actor the
    report's own spelling elsewhere, "the United States" (1415); Uzbek dead keep their nationality, and a strike the
    report gives to no one is `unattributed` (1412)."""
    rows = coded_fields(95, *FIRST_FIELDS, "event_date_end", "killed_low", "killed_high", "perpetrator")
    assert rows["1406"] == [
        ("2008-09-08", "day", "PK", 9, 15, STRIKE, "alleged", None, 9, 12, "US troops in Afghanistan")
    ]
    assert rows["1408"] == [("2012-10-18", "week", "PK", 3, None, STRIKE, "alleged", "2012-10-24", 3, 3, "US")]
    assert rows["1409"] == [("2013-03-04", "week", "PK", 2, None, STRIKE, "alleged", "2013-03-10", 2, None, "US")]
    assert rows["1410"] == [("2013-05-23", "week", "PK", 7, None, STRIKE, "alleged", "2013-05-29", 7, 7, "US")]
    assert rows["1411"] == [("2014-07-13", "week", "PK", 11, None, STRIKE, "alleged", "2014-07-19", 11, 11, "US")]
    assert rows["1412"] == [("2014-08-06", "day", "PK", 6, 2, STRIKE, "unattributed", None, 6, 6, None)]
    assert rows["1413"] == [("2014-10-01", "week", "PK", 6, 11, STRIKE, "alleged", "2014-10-07", 6, 6, "US")]
    assert rows["1415"] == [
        ("2015-09-12", "week", "PK", 3, None, STRIKE, "alleged", "2015-09-18", 3, 3, "United States")
    ]
    more = coded_fields(95, "weapons", "origin_country", "victim_nationality")
    assert more["1406"] == [(["drone", "missile"], "AF", None)]
    assert more["1410"] == [(["drone"], None, None)]
    assert more["1412"] == [(["drone", "missile"], None, "UZ")]
    assert more["1413"] == [(["drone"], None, None)]
