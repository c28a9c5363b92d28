"""The hundred-and-fifth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-fifth
round: held back (round 105)*).

The round's slugs were committed before they were hashed, in two lots, each candidate first checked against every
coding's whole date span, its places, every report's address and the claims file shared by the rounds. It holds ten
reports of seven events on the Afghan-Pakistani line in 2002-2004, years the corpus held little of: the insurgents'
seizure of Barmal's police headquarters and the raid on Turwa's district office in August 2003, three gunbattles near
the Shkin fire base (April, August and September 2003), and rockets fired at the U.S. base by Khost's airport in
September 2002 and January 2004.
"""

from __future__ import annotations

from _extract_helpers import (
    CLASH,
    REMOTE_EXPLOSIVE,
    SHELLING,
    TERRITORY_TAKEN,
    HeldBackRound,
    coded_fields,
)


class TestTheBatch(HeldBackRound):
    ROUND = 105
    REPORTS = range(1700, 1710)
    #: The slugs of the batch's events, committed with their sides before any report of theirs was written: the first
    #: lot of four, then a second lot of three, checked, claimed and hashed after the first lot's reports were coded.
    EVENTS = {
        "barmal-attack-2003-08": "dev",
        "turwa-attack-2003-08": "dev",
        "shkin-firefight-2003-08": "dev",
        "shkin-gunbattle-2003-09": "dev",
        "shkin-ambush-2003-04": "test",
        "khost-rockets-2004-01": "test",
        "khost-rockets-2002-09": "test",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 11
    SIDES = {"test": 3, "dev": 7}


FIELDS = (
    "event_date",
    "date_precision",
    "killed",
    "killed_high",
    "injured",
    "sub_event_type",
    "target_type",
    "attribution",
    "perpetrator",
    "origin_country",
)


def test_the_ten_reports_as_coded() -> None:
    """A district's police headquarters overrun and held until dawn is a taking of territory, the police its target
    (1700); the district office one outlet tells taken is a taking, the same raid told only as burned an armed clash
    (1701, 1702). A gunbattle no one is said to have begun is given to no one (1703, 1705, 1706); fighters said to have
    opened fire are the accuser's (1704, 1707). Both sides' dead are summed, the higher count of the enemy's dead the
    high bound (1703, 1704: four or up to 40 enemy dead with two soldiers); "at least three" leaves no high bound
    (1707). A report with no day for its fight codes the week up to its date (1707); rockets that hurt no one are 0 and
    0 (1708, 1709), and a mine blast told "Elsewhere" in the same report is its own incident (1709)."""
    rows = coded_fields(105, *FIELDS)
    assert rows == {
        "1700": [
            ("2003-08-16", "days", 22, 27, None, TERRITORY_TAKEN, "police", "alleged", "some 400 guerrillas", "PK")
        ],
        "1701": [("2003-08-17", "day", 3, 3, None, CLASH, "military", "alleged", "About 200 Taliban fighters", "PK")],
        "1702": [
            ("2003-08-17", "day", 3, 3, 0, TERRITORY_TAKEN, "military", "alleged", "some tens of local Taliban", None)
        ],
        "1703": [("2003-08-31", "day", 6, 42, 1, CLASH, "military", "unattributed", None, None)],
        "1704": [("2003-08-31", "day", 6, 42, 1, CLASH, "military", "alleged", "former Taliban fighters", None)],
        "1705": [("2003-09-29", "day", 3, 3, 2, CLASH, "military", "unattributed", None, None)],
        "1706": [("2003-09-29", "day", 3, 3, 2, CLASH, "military", "unattributed", None, None)],
        "1707": [
            (
                "2003-04-20",
                "week",
                5,
                None,
                None,
                CLASH,
                "military",
                "alleged",
                "about 20 suspected Taleban fighters",
                None,
            )
        ],
        "1708": [("2004-01-14", "day", 0, 0, 0, SHELLING, "military", "unattributed", None, None)],
        "1709": [
            ("2002-09-16", "day", 0, 0, 0, SHELLING, "military", "unattributed", None, None),
            ("2002-09-15", "day", None, None, 2, REMOTE_EXPLOSIVE, "military", "unattributed", None, None),
        ],
    }
