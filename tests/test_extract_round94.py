"""The ninety-fourth round's held-back batch of real reports (docs/extract-journal.md, *The ninety-fourth round: held
back (round 94)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search stopped with three
events on test (the journal says why). It holds sixteen reports of sixteen events on the lines other than Pakistan's,
ten of them rewritten in English from Russian and German: Russian and Tajik border guards against Afghan drug couriers
on the Tajik-Afghan line (2001-2023); Uzbek guards shooting a Kyrgyz crosser and Kyrgyz drivers on the Kyrgyz-Uzbek line
(2009, 2014); Uzbek minefields killing and wounding people on both sides of the Tajik-Uzbek line (2001, 2003, 2004); and
an Iranian officer killed by drug traffickers on the Iranian-Afghan line (2024). Three more slugs were hashed (all dev)
and left out when the reports were written, as rounds 90 and 92 had judged such events: a smugglers' paraplane shot down
with no one hit (`paraplane-heroin-2005-08`) and two killings inside border posts by their own men (`arkankergen-
post-2012-05`, `echkilitash-outpost-2012-08`).
"""

from __future__ import annotations

from _extract_helpers import ATTACK, CLASH, FIRST_FIELDS, REMOTE_EXPLOSIVE, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 94
    REPORTS = range(1370, 1386)
    #: The slugs of the batch's events, committed before they were hashed in fourteen lots, with their sides committed
    #: before any report was written (`paraplane-heroin-2005-08`, `arkankergen-post-2012-05` and
    #: `echkilitash-outpost-2012-08`, all dev, have no report: see the journal).
    EVENTS = {
        "shuroobod-smugglers-2007-02": "test",
        "janyturmush-shooting-2009-06": "test",
        "chilgazi-mine-2003-11": "test",
        "kyzylkiya-drivers-2014-11": "dev",
        "tishor-smugglers-2023-04": "dev",
        "shahrituz-couriers-2015-09": "dev",
        "panjob-smugglers-2017-12": "dev",
        "moskovsky-rafts-2003-08": "dev",
        "zigar-smugglers-2009-05": "dev",
        "pyandzh-gunmen-2001-02": "dev",
        "moskovsky-heroin-2002-07": "dev",
        "grenade-smugglers-2001-04": "dev",
        "vadigan-mine-2001-04": "dev",
        "moskovsky-fire-2001-03": "dev",
        "nefteabad-paratroopers-2004-03": "dev",
        "hirmand-officer-2024-04": "dev",
    }
    BORDERS = {slug: "AF-TJ" for slug in EVENTS} | {
        "janyturmush-shooting-2009-06": "KG-UZ",
        "kyzylkiya-drivers-2014-11": "KG-UZ",
        "chilgazi-mine-2003-11": "TJ-UZ",
        "vadigan-mine-2001-04": "TJ-UZ",
        "nefteabad-paratroopers-2004-03": "TJ-UZ",
        "hirmand-officer-2024-04": "AF-IR",
    }
    INCIDENTS = 16
    SIDES = {"test": 3, "dev": 13}


def test_a_clash_a_shooting_and_a_minefield_as_coded() -> None:
    """Smugglers who open fire when the patrol moves to hold them make a clash, `alleged` with their origin, the two
    killed and the one drowned in the river counted together, dated the week to the report with no day of its own
    (1370); a crosser shot by the other country's guards after warning shots is an attack, on the side where he fell,
    his nationality kept (1371); an old minefield's blast is `unattributed`, dated the week to the minister's Thursday
    (1372)."""
    rows = coded_fields(94, *FIRST_FIELDS, "event_date_end", "victim_nationality", "origin_country")
    assert {rid: rows[rid] for rid in ("1370", "1371", "1372")} == {
        "1370": [("2007-02-21", "week", "TJ", 3, None, CLASH, "alleged", "2007-02-27", None, "AF")],
        "1371": [("2009-06-07", "day", "UZ", 1, None, ATTACK, "alleged", None, "KG", None)],
        "1372": [("2003-10-31", "week", "TJ", 2, 3, REMOTE_EXPLOSIVE, "unattributed", "2003-11-06", None, None)],
    }


def test_dates_tolls_and_blame_on_dev_as_coded() -> None:
    """Foreign guards firing on drivers on home ground are an attack with the guards' country as the origin and the
    victims' nationality left empty (1373); 'no casualties' is 0 and 0 (1374); 'several' wounded of whom one was killed
    leave two wounded at best and one at least (1375); a minefield's three dead are dated to the day the boys went out
    (1382); fire from across the river that was not returned and hurt nobody is a clash of no toll with its origin and
    no perpetrator (1383); a paratrooper hurt by a mine is dated the week to the report (1384); an officer killed 'in a
    clash with drug traffickers', with no word of who fired or crossed, is an `unattributed` clash (1385)."""
    rows = coded_fields(94, *FIRST_FIELDS, "event_date_end", "origin_country", "injured_low")
    mine = REMOTE_EXPLOSIVE
    assert rows["1373"] == [("2014-11-05", "week", "KG", None, 1, ATTACK, "alleged", "2014-11-11", "UZ", 1)]
    assert rows["1374"] == [("2023-04-28", "day", "TJ", 0, 0, CLASH, "alleged", None, "AF", 0)]
    assert rows["1375"] == [("2015-09-19", "week", "TJ", 1, 2, CLASH, "alleged", "2015-09-25", "AF", 1)]
    assert rows["1382"] == [("2001-04-24", "day", "UZ", 3, None, mine, "unattributed", None, None, None)]
    assert rows["1383"] == [("2001-03-05", "day", "TJ", 0, 0, CLASH, "unattributed", None, "AF", 0)]
    assert rows["1384"] == [("2004-03-20", "week", "TJ", None, 1, mine, "unattributed", "2004-03-26", None, 1)]
    assert rows["1385"] == [("2024-04-13", "day", "IR", 1, None, CLASH, "unattributed", None, None, None)]
