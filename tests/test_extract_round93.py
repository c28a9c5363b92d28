"""The ninety-third round's held-back batch of real reports (docs/extract-journal.md, *The ninety-third round: held
back (round 93)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test, and the fourth lot put three there at once. It holds eleven reports of eleven events on the
Pakistani lines: Iranian border police killing a drug smuggler in a 36-hour operation at Jakigour on the Iranian-
Pakistani line (2012), the corpus's first event there found since round 89; and ten U.S. drone or missile strikes from
Afghanistan on the tribal areas and Balochistan (2008-2018), the kind rounds 54 and 57 took on the Afghan-Pakistani
line, of which the corpus held three as events of their own: Azam Warsak and Tapargai (2008), Datta Khel, Shane Warsak
and the strike that killed Maulvi Nazir at Angoor Adda (2012-2013), two in Shawal (2015), Shaheedano Dhand in Kurram
and the strike near Ahmad Wal said to have killed the Afghan Taliban's leader (2016), and Badshah Kot (2018).
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

CLASH = "Armed clash"
STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 93
    REPORTS = range(1340, 1351)
    #: The slugs of the batch's events, committed before they were hashed in four lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "jakigour-haul-2012-12": "test",
        "angooradda-drone-2013-01": "test",
        "shahidanodhand-drone-2016-02": "test",
        "shawalvalley-drone-2015-05": "test",
        "shawal-drone-2015-01": "test",
        "dattakhel-drone-2012-05": "dev",
        "shanewarsak-drone-2012-11": "dev",
        "ahmadwal-drone-2016-05": "dev",
        "azamwarsak-drone-2008-07": "dev",
        "tapargai-drone-2008-10": "dev",
        "badshahkot-drone-2018-01": "dev",
    }
    BORDERS = {slug: "AF-PK" for slug in EVENTS} | {"jakigour-haul-2012-12": "IR-PK"}
    INCIDENTS = 11
    SIDES = {"test": 5, "dev": 6}


def test_a_haul_and_four_strikes_on_test_as_coded() -> None:
    """Border police who say they killed a smuggler in a 36-hour operation are a clash they own, `confirmed`, dated the
    week to the media's Sunday, "a number of others" wounded 3 with no high bound (1340); "a commander, his deputy and
    eight others" are 10, on the Wednesday night of a Thursday report (1341); tribal sources' five dead and four hurt
    against officials' one hurt in empty houses keep the officials' figures as the low bounds (1342); a toll "expected
    to go up" has no high bound, and unnamed sources with no side make the strike `suspected` (1343); "at least six"
    beside a second official's three foreigners and four locals has 7 as the high bound (1344)."""
    rows = coded_fields(93, *FIRST_FIELDS, "event_date_end", "killed_low", "killed_high", "injured_low", "weapons")
    assert {rid: rows[rid] for rid in ("1340", "1341", "1342", "1343", "1344")} == {
        "1340": [("2012-12-03", "week", "IR", 1, 3, CLASH, "confirmed", "2012-12-09", 1, 1, 3, ["unknown"])],
        "1341": [("2013-01-02", "day", "PK", 10, None, STRIKE, "alleged", None, 10, 10, None, ["drone", "missile"])],
        "1342": [("2016-02-22", "day", "PK", 5, 4, STRIKE, "alleged", None, 0, 5, 1, ["drone", "missile"])],
        "1343": [("2015-05-16", "day", "PK", 6, 2, STRIKE, "suspected", None, 6, None, 2, ["drone", "missile"])],
        "1344": [("2015-01-28", "day", "PK", 6, 2, STRIKE, "alleged", None, 6, 7, 2, ["drone", "missile"])],
    }


def test_strikes_on_dev_as_coded() -> None:
    """A strike whose platform the report only guesses at ("residents heard a drone's engine", "pilotless planes in the
    sky") is its missile alone and, named by one side's unnamed officials or residents, `alleged` even when told as
    "suspected" (1348, 1349; the ruling of codenotes29, dev 16 of 18 such strikes `alleged`); a strike told only by
    the Urdu media's Wednesday report is the week to it, with no dead told (1350); "U.S. drones struck" with no
    munition named is `drone` alone (1347); "several others were wounded" is 3 (1345)."""
    rows = coded_fields(93, *FIRST_FIELDS, "event_date_end", "weapons", "perpetrator")
    assert rows["1345"] == [("2012-05-23", "day", "PK", 5, 3, STRIKE, "alleged", None, ["drone", "missile"], "U.S.")]
    assert rows["1347"] == [("2016-05-21", "day", "PK", 2, None, STRIKE, "alleged", None, ["drone"], "U.S.")]
    assert rows["1348"] == [("2008-07-28", "day", "PK", 6, 3, STRIKE, "alleged", None, ["missile"], "US")]
    assert rows["1349"] == [("2008-10-16", "day", "PK", 1, 1, STRIKE, "alleged", None, ["missile"], "U.S.")]
    assert rows["1350"] == [
        ("2018-01-11", "week", "PK", None, 1, STRIKE, "alleged", "2018-01-17", ["drone", "missile"], "U.S.")
    ]
