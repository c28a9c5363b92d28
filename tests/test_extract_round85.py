"""The eighty-fifth round's held-back batch of real reports (docs/extract-journal.md, *The eighty-fifth round: held
back (round 85)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test. It holds sixteen reports of sixteen events on the Pakistani lines where the catalogue is thinnest:
Chitral's Kalash valleys (raids from Nuristan on shepherds and their herds, 2012 and 2016, and a clash at Ustoi), Upper
Dir's Barawal (2025), Qilla Saifullah's Badini (an Afghan raid, 2012), Zhob's Sambaza (four operations, 2023-2024),
Kurram (2024) and the two Waziristans (2023-2024); one is rewritten in English from Urdu.
"""

from __future__ import annotations

from _extract_helpers import ATTACK, CLASH, FIRST_FIELDS, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 85
    REPORTS = range(1104, 1120)
    #: The slugs of the batch's events, committed before they were hashed in four lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "bumboret-shepherds-2016-07": "dev",
        "ustoi-clash-2016-08": "test",
        "khara-checkpost-2025-08": "dev",
        "brun-goats-2012-08": "dev",
        "badini-raid-2012-02": "dev",
        "bahularet-shepherd-2012-08": "dev",
        "sambaza-ibo-2024-01": "dev",
        "sambaza-ibo-2024-12": "test",
        "sambaza-ibo-2023-11": "dev",
        "sambaza-ibo-2024-05": "test",
        "kurram-checkpost-2024-08": "dev",
        "charkhel-fc-2024-10": "dev",
        "kurram-ibo-2024-08": "dev",
        "spinwam-infiltration-2024-09": "dev",
        "asmanmanza-clash-2023-08": "test",
        "southwaziristan-clash-2024-08": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 17
    SIDES = {"test": 4, "dev": 12}


def test_operations_and_attacks_on_posts_as_coded() -> None:
    """An operation the ISPR or the press tells as the security forces' is a clash `confirmed` with the forces as the
    actor, both sides' dead added (1104-1106, 1113, 1114, 1117); a statement that gives no day for it is the week to
    the statement (1104, 1105, 1117), 'last night' in Wednesday's statement the night to Wednesday (1114). A group's
    claim is `claimed` (1107); militants trying to cross, and gunmen said to come from Kunar and Nuristan, are
    `alleged` with the origin Afghanistan (1109, 1118); a post's attackers nobody names, or a fight nobody is said to
    have begun, are `unattributed` (1115, 1116, 1119). The two encounters of one statement are two records (1118)."""
    rows = coded_fields(85, *FIRST_FIELDS, "event_date_end", "origin_country")
    ids = ("1104", "1105", "1106", "1107", "1109", "1113", "1114", "1115", "1116", "1117", "1118", "1119")
    assert {rid: rows[rid] for rid in ids} == {
        "1104": [("2016-07-28", "week", "PK", 5, None, CLASH, "confirmed", "2016-08-03", None)],
        "1105": [("2024-05-08", "week", "PK", 4, None, CLASH, "confirmed", "2024-05-14", None)],
        "1106": [("2024-12-10", "day", "PK", 16, None, CLASH, "confirmed", None, None)],
        "1107": [("2023-08-22", "day", "PK", 10, 2, CLASH, "claimed", None, None)],
        "1109": [("2025-08-29", "day", "PK", None, None, CLASH, "alleged", None, "AF")],
        "1113": [("2024-01-22", "day", "PK", 7, None, CLASH, "confirmed", None, None)],
        "1114": [("2023-10-31", "days", "PK", 6, None, CLASH, "confirmed", "2023-11-01", None)],
        "1115": [("2024-08-25", "day", "PK", 1, 1, CLASH, "unattributed", None, None)],
        "1116": [("2024-10-28", "day", "PK", 2, None, CLASH, "unattributed", None, None)],
        "1117": [("2024-08-09", "week", "PK", 7, 5, CLASH, "confirmed", "2024-08-15", None)],
        "1118": [
            ("2024-09-19", "day", "PK", 7, None, CLASH, "alleged", None, "AF"),
            ("2024-09-19", "days", "PK", 11, None, CLASH, "alleged", "2024-09-20", None),
        ],
        "1119": [("2024-08-12", "days", "PK", 10, None, CLASH, "unattributed", "2024-08-13", None)],
    }


def test_raids_on_shepherds_and_villagers_as_coded() -> None:
    """Gunmen from across the line falling on shepherds, their herds or a tribal elder's house are attacks on people,
    `alleged` with the origin Afghanistan (1108, 1110-1112), even when the shepherds fired back (1108); the men taken
    across the line and shot there are put where they were seized (1111, 1112). Officials' two dead against relatives'
    three is best 2, high 3 (1111); a statement with no day is the week to it (1111); a shepherd taken on one day and
    found dead two days later spans the days (1112); the hurt told over two sentences are added (1110)."""
    rows = coded_fields(85, *FIRST_FIELDS, "event_date_end", "origin_country", "killed_high")
    ids = ("1108", "1110", "1111", "1112")
    assert {rid: rows[rid] for rid in ids} == {
        "1108": [("2016-07-29", "day", "PK", 2, 1, ATTACK, "alleged", None, "AF", 2)],
        "1110": [("2012-08-07", "day", "PK", None, 2, ATTACK, "alleged", None, "AF", None)],
        "1111": [("2012-02-05", "week", "PK", 2, None, ATTACK, "alleged", "2012-02-11", "AF", 3)],
        "1112": [("2012-08-16", "days", "PK", 1, None, ATTACK, "alleged", "2012-08-18", "AF", 1)],
    }
