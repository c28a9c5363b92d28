"""The ninety-second round's held-back batch of real reports (docs/extract-journal.md, *The ninety-second round: held
back (round 92)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test. It holds eleven reports of eleven events on the lines other than Pakistan's, eight of them
rewritten in English from Dari and Russian: Tajik and Russian border guards against Afghan drug smugglers, crossers and
militants on the Tajik-Afghan line (2001-2025), among them a day-long fight with Taliban fighters on an island of the
Pyandzh (2010) and two clashes in Shuroobod district in one week (2012); and Uzbek guards hurting a Kazakh herder and a
boy on the Kazakh-Uzbek line (2006). Two more slugs were hashed (both dev) and left out when the reports were written:
the Yawan gold miners of June 2024, whose stored copy could not be read again, and Kazakh guards shooting out smugglers'
tyres in March 2011, which round 90 had left out as no violence.
"""

from __future__ import annotations

from _extract_helpers import ATTACK, CLASH, FIRST_FIELDS, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 92
    REPORTS = range(1310, 1321)
    #: The slugs of the batch's events, committed before they were hashed in ten lots, with their sides committed
    #: before any report was written (`yawan-goldminers-2024-06` and `spirit-smugglers-2011-03`, both dev, have no
    #: report: see the journal).
    EVENTS = {
        "takhar-crossers-2015-03": "test",
        "panj-opium-2002-12": "test",
        "kisht-smugglers-2025-07": "test",
        "shuroobod-narcoclashes-2012-06": "test",
        "kuanysh-herder-2006-04": "dev",
        "nawabad-smugglers-2018-02": "dev",
        "moskovsky-boats-2001-06": "dev",
        "shuroobod-smugglers-2015-04": "dev",
        "kevron-militants-2023-09": "dev",
        "pyandzh-island-2010-09": "dev",
        "darvaz-heroin-2002-08": "dev",
    }
    BORDERS = {slug: "AF-TJ" for slug in EVENTS} | {"kuanysh-herder-2006-04": "KZ-UZ"}
    INCIDENTS = 14
    SIDES = {"test": 4, "dev": 7}


def test_crossers_smugglers_and_two_clashes_as_coded() -> None:
    """Guards firing on two men trying to cross, with no word of fire back, are an attack, dated the week to the
    spokesman's 'yesterday' and placed on neither side, the victims' nationality kept (1310); smugglers who meet a
    detention with armed resistance make a clash, the guards' account naming them (1311); smugglers who open fire after
    crossing, told by the security committee with no day of its own, are `alleged` with their origin, dated the week to
    the statement (1312); two fights told in one report, each with its own day, are two records, and with no word of
    who fired and no toll they are `unattributed` with both counts empty (1313)."""
    rows = coded_fields(92, *FIRST_FIELDS, "event_date_end", "victim_nationality", "origin_country")
    assert {rid: rows[rid] for rid in ("1310", "1311", "1312", "1313")} == {
        "1310": [("2015-03-23", "week", None, 1, 1, ATTACK, "alleged", "2015-03-29", "AF", None)],
        "1311": [("2002-12-19", "day", None, 3, None, CLASH, "alleged", None, None, None)],
        "1312": [("2025-06-26", "week", "TJ", 2, None, CLASH, "alleged", "2025-07-02", "AF", "AF")],
        "1313": [
            ("2012-06-10", "day", "TJ", None, None, CLASH, "unattributed", None, None, None),
            ("2012-06-06", "day", "TJ", None, None, CLASH, "unattributed", None, None, None),
        ],
    }


def test_dates_tolls_and_blame_on_dev_as_coded() -> None:
    """'The end of April' is the month's last week, the herder's word against the guards' leaving the country empty
    (1314); guards shooting at smugglers in an Afghan village are an attack with no origin, the text telling where the
    men were hit and not where the guards stood (1315; recode28, the rulings of 2026-12-07: TJ before);
    'none of the border guards was hurt' in a fight of two is no figure (1316); 'at least 20' militants and a border
    ensign are 21 with no high bound, over the two days from Wednesday to early Thursday, on an island the text puts on
    neither side (1319); a crossing under fire told with no day is the week to the report's Wednesday (1320)."""
    rows = coded_fields(92, *FIRST_FIELDS, "event_date_end", "origin_country", "killed_high")
    assert rows["1314"][0] == ("2006-04-24", "week", None, None, 1, ATTACK, "alleged", "2006-04-30", None, None)
    assert rows["1315"] == [("2018-02-06", "day", "AF", 1, 1, ATTACK, "alleged", None, None, 1)]
    assert rows["1316"] == [("2001-06-17", "day", "TJ", None, None, CLASH, "alleged", None, "AF", None)]
    assert rows["1319"] == [("2010-09-08", "days", None, 21, None, CLASH, "alleged", "2010-09-09", "AF", None)]
    assert rows["1320"] == [("2002-08-01", "week", "TJ", None, None, CLASH, "alleged", "2002-08-07", "AF", None)]
