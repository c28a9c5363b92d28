"""The eighty-second round's held-back batch of real reports (docs/extract-journal.md, *The eighty-second round: held
back (round 82)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places and every report's address; the search went on until four events were on test. It holds nine
reports of nine events on the western lines: Iranian border guards and anti-narcotics police fighting armed smugglers at
Mirjaveh, Saravan, Jaleq, Esfandak and Mok Sukhteh (2017-2022), a landmine under a vehicle that had crossed the border
near Rajhay in Chaghi (2018), and an Afghan woman shot by Iranian guards while crossing in Kang district of Nimroz
(2010).
"""

from __future__ import annotations

from _extract_helpers import ATTACK, CLASH, FIRST_FIELDS, REMOTE_EXPLOSIVE, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 82
    REPORTS = range(1044, 1053)
    #: The slugs of the batch's events, committed before they were hashed in two lots (acfcd28c, a36b07d0), with their
    #: sides (52844b44, d31d097c).
    EVENTS = {
        "moksukhteh-guard-2017-12": "dev",
        "esfandak-smugglers-2021-04": "dev",
        "mirjaveh-smugglers-2020-07": "test",
        "rajhay-landmine-2018-03": "dev",
        "kang-woman-2010-10": "test",
        "jaleq-smugglers-2022-09": "dev",
        "saravan-smugglers-2019-05": "test",
        "saravan-smugglers-2020-03": "test",
        "mirjaveh-smugglers-2020-11": "test",
    }
    BORDERS = {"AF-IR", "IR-PK"}
    INCIDENTS = 10
    SIDES = {"test": 5, "dev": 4}


def test_clashes_with_smugglers_as_coded() -> None:
    """A clash told by the guards' or the police's commander with no day is the week to the report, the smugglers
    named by him `alleged`; no casualty told is no toll (1044, 1046-1048, 1050, 1052). A day told is the day, and
    the toll counts both sides' dead (1049). Two clashes in one report are two incidents (1048)."""
    rows = coded_fields(82, *FIRST_FIELDS, "event_date_end")
    week_2020_11 = ("2020-10-27", "week", "IR", None, None, CLASH, "alleged", "2020-11-02")
    assert {rid: rows[rid] for rid in ("1044", "1046", "1047", "1048", "1049", "1050", "1052")} == {
        "1044": [("2020-07-24", "week", "IR", None, None, CLASH, "alleged", "2020-07-30")],
        "1046": [("2019-05-06", "week", "IR", None, None, CLASH, "alleged", "2019-05-12")],
        "1047": [("2020-02-29", "week", "IR", None, None, CLASH, "alleged", "2020-03-06")],
        "1048": [week_2020_11, week_2020_11],
        "1049": [("2017-12-25", "day", "IR", 3, None, CLASH, "alleged", None)],
        "1050": [("2021-04-12", "week", "IR", None, None, CLASH, "alleged", "2021-04-18")],
        "1052": [("2022-09-04", "week", "IR", None, None, CLASH, "alleged", "2022-09-10")],
    }


def test_a_migrant_shot_and_a_landmine_as_coded() -> None:
    """Afghan officials naming Iran's guards are `alleged` (1045); a mine laid by 'unknown persons' is
    `unattributed`, 'at least three' keeps no high bound, and the child hurt is the one injured (1051)."""
    rows = coded_fields(82, *FIRST_FIELDS, "killed_high", "perpetrator")
    assert {rid: rows[rid] for rid in ("1045", "1051")} == {
        "1045": [("2010-10-26", "day", "AF", 1, None, ATTACK, "alleged", 1, "Iranian border guards")],
        "1051": [("2018-03-21", "day", "PK", 3, 1, REMOTE_EXPLOSIVE, "unattributed", None, None)],
    }
