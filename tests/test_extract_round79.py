"""The seventy-ninth round's held-back batch of real reports (docs/extract-journal.md, *The seventy-ninth round: held
back (round 79)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places and every report's address; the search went on until four events were on test. It holds twenty-six
reports of nineteen events where the corpus is thin: the Taliban's fights for the districts and crossings of the
Turkmen, Uzbek and Tajik borders (2015-2021), the Islam Qala crossing taken in 2021 and migrants shot north of it in
2011 (in Dari), and attacks on the Guards and the police and shootings of migrants in Sistan and Baluchestan (2017-2025,
several in French, Arabic, Dari and Russian).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, TERRITORY_RETAKEN, TERRITORY_TAKEN, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 79
    REPORTS = range(981, 1007)
    #: The slugs of the batch's events, committed before they were hashed in six lots (517fbad6, 4b2dd610, 52b4e3b1,
    #: 2c1ffbb7, 5fd60aa2, 5552f416), with their sides (ec677a95, 072a8c41, b1155cb3, eb0f63fa, 934e81cf, a2284f15).
    EVENTS = {
        "korin-commander-2017-04": "dev",
        "islam-qala-migrants-2011-04": "dev",
        "shirkhan-capture-2021-06": "dev",
        "saravan-carbomb-2018-03": "dev",
        "saravan-migrants-2025-11": "test",
        "saravan-blast-2021-03": "dev",
        "golshan-police-2023-03": "dev",
        "ghormach-capture-2015-10": "test",
        "ghormach-capture-2017-08": "dev",
        "darqad-capture-2015-10": "dev",
        "darqad-capture-2019-09": "dev",
        "qarghan-capture-2019-11": "dev",
        "kaldar-clearance-2021-06": "test",
        "kaldar-recapture-2021-07": "dev",
        "khwajaghar-capture-2016-08": "dev",
        "khwajaghar-checkpoints-2018-05": "dev",
        "balamurghab-checkpoints-2019-04": "dev",
        "islamqala-capture-2021-07": "test",
        "torghundi-capture-2021-07": "dev",
    }
    BORDERS = {
        "korin-commander-2017-04": "IR-PK",
        "islam-qala-migrants-2011-04": "AF-IR",
        "shirkhan-capture-2021-06": "AF-TJ",
        "saravan-carbomb-2018-03": "IR-PK",
        "saravan-migrants-2025-11": "AF-IR",
        "saravan-blast-2021-03": "IR-PK",
        "golshan-police-2023-03": "IR-PK",
        "ghormach-capture-2015-10": "AF-TM",
        "ghormach-capture-2017-08": "AF-TM",
        "darqad-capture-2015-10": "AF-TJ",
        "darqad-capture-2019-09": "AF-TJ",
        "qarghan-capture-2019-11": "AF-TM",
        "kaldar-clearance-2021-06": "AF-UZ",
        "kaldar-recapture-2021-07": "AF-UZ",
        "khwajaghar-capture-2016-08": "AF-TJ",
        "khwajaghar-checkpoints-2018-05": "AF-TJ",
        "balamurghab-checkpoints-2019-04": "AF-TM",
        "islamqala-capture-2021-07": "AF-IR",
        "torghundi-capture-2021-07": "AF-TM",
    }
    INCIDENTS = 33
    #: The rulings on its test reports coded twice (aebc2c15) scored one incident more than the first coding had.
    INCIDENTS_SCORED = 34
    SIDES = {"test": 7, "dev": 19}


def test_attacks_and_shootings_in_sistan_and_baluchestan_as_coded() -> None:
    """Korin: Tuesday 11 April in Press TV, Monday evening in Arabi21, which tells Jaish al-Adl's claim (the commander
    and two attackers dead, two of his men wounded) and the Guards' fire on civilians after it. Saravan, 11 March 2018:
    the Guards' count of dead attackers rising from three to four (four), Press TV's copy with no day (the week to the
    report). Golshan, the Friday prayers of 10 March 2023: 'criminals' name no one. Saravan, 21 March 2021: a blast
    whose nature is not told is a remote explosive."""
    rows = coded_fields(79, *FIRST_FIELDS, "killed_high")
    assert {rid: rows[rid] for rid in ("981", "982", "986", "987", "990", "991", "992")} == {
        "981": [("2017-04-11", "day", "IR", 1, None, CLASH, "unattributed", None)],
        "982": [
            ("2017-04-10", "day", "IR", 3, 2, CLASH, "claimed", 3),
            ("2017-04-05", "week", "IR", None, None, "Attack", "alleged", None),
        ],
        "986": [("2018-03-11", "day", "IR", 4, 2, "Suicide bomb", "unattributed", 4)],
        "987": [("2018-03-06", "week", "IR", 2, 2, "Suicide bomb", "unattributed", 2)],
        "990": [("2021-03-21", "day", "IR", 1, 3, "Remote explosive/landmine/IED", "unattributed", 1)],
        "991": [("2023-03-10", "day", "IR", 2, None, CLASH, "unattributed", 2)],
        "992": [("2023-03-10", "day", "IR", 2, None, CLASH, "unattributed", 2)],
    }


def test_migrants_shot_on_the_afghan_iranian_line_as_coded() -> None:
    """Islam Qala, the night of 12 Hamal 1390 (31 March-1 April 2011): eight Afghans, `alleged` against the Iranian
    border police. Saravan, Friday 14 November 2025: 'at least seven' killed, 'a number of' and 'several' wounded (3),
    `alleged` on Haalvsh's word."""
    rows = coded_fields(79, *FIRST_FIELDS, "event_date_end", "victim_nationality")
    assert {rid: rows[rid] for rid in ("983", "988", "989")} == {
        "983": [("2011-03-31", "days", "IR", 8, None, "Attack", "alleged", "2011-04-01", "AF")],
        "988": [("2025-11-14", "day", "IR", 7, 3, "Attack", "alleged", None, "AF")],
        "989": [("2025-11-14", "day", "IR", 7, 3, "Attack", "alleged", None, "AF")],
    }


def test_districts_and_crossings_taken_and_retaken_as_coded() -> None:
    """The Taliban's captures are `Non-state actor overtakes territory`, `claimed` where their spokesman tells them and
    `alleged` where an official names them; the forces' recaptures are `Government regains territory`, `confirmed` on
    their own side's word. A report's other incidents are coded: the Herat air strike beside Shir Khan Bandar, Friday's
    fight at Ghormach, Yangi Qala beside Darqad, Pashtunkot and the Kaldar checkpoint beside Kaldar, the Maimana
    shelling beside its recapture."""
    rows = coded_fields(79, *FIRST_FIELDS)
    ids = ("984", "985", "993", "994", "995", "996", "997", "998", "999")
    ids += ("1000", "1001", "1002", "1003", "1004", "1005", "1006")
    assert {rid: rows[rid] for rid in ids} == {
        "984": [
            ("2021-06-22", "day", "AF", None, None, TERRITORY_TAKEN, "alleged"),
            ("2021-06-16", "week", "AF", 50, None, "Air/drone strike", "confirmed"),
        ],
        "985": [("2021-06-17", "week", "AF", None, None, TERRITORY_TAKEN, "alleged")],
        "993": [
            ("2015-10-18", "day", "AF", None, None, TERRITORY_TAKEN, "claimed"),
            ("2015-10-16", "day", "AF", 18, 20, CLASH, "claimed"),
        ],
        "994": [("2015-10-18", "day", "AF", None, None, TERRITORY_TAKEN, "alleged")],
        "995": [("2017-08-13", "day", "AF", 16, None, TERRITORY_TAKEN, "alleged")],
        "996": [("2015-10-28", "day", "AF", 8, None, TERRITORY_TAKEN, "claimed")],
        "997": [
            ("2019-09-10", "day", "AF", None, None, TERRITORY_TAKEN, "claimed"),
            ("2019-09-09", "day", "AF", None, None, TERRITORY_TAKEN, "claimed"),
        ],
        "998": [("2019-11-22", "days", "AF", 1, 6, TERRITORY_TAKEN, "alleged")],
        "999": [
            ("2021-06-29", "day", "AF", None, None, TERRITORY_RETAKEN, "confirmed"),
            ("2021-06-28", "day", "AF", None, None, TERRITORY_RETAKEN, "confirmed"),
            ("2021-06-27", "day", "AF", None, None, CLASH, "alleged"),
        ],
        "1000": [
            ("2021-07-26", "day", "AF", 20, None, TERRITORY_RETAKEN, "confirmed"),
            ("2021-07-24", "days", "AF", 16, None, "Shelling/artillery/missile attack", "alleged"),
        ],
        "1001": [("2016-08-22", "day", "AF", 0, 0, TERRITORY_TAKEN, "alleged")],  # "no casualties ... so far": 0
        "1002": [("2018-05-27", "days", "AF", 0, 0, TERRITORY_TAKEN, "claimed")],
        "1003": [("2019-03-30", "week", "AF", 13, 20, TERRITORY_TAKEN, "claimed")],
        "1004": [("2021-07-08", "day", "AF", None, None, TERRITORY_TAKEN, "claimed")],
        "1005": [("2021-07-08", "day", "AF", None, None, TERRITORY_TAKEN, "claimed")],
        "1006": [("2021-07-10", "day", "AF", None, None, TERRITORY_TAKEN, "alleged")],
    }
