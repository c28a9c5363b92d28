"""The eighty-fourth round's held-back batch of real reports (docs/extract-journal.md, *The eighty-fourth round: held
back (round 84)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test. It holds fourteen reports of fourteen events, most of them where the catalogue is thin: attacks on
posts in the Pakistani border districts (Mohmand, Bajaur, Dir, North Waziristan, Khyber and South Waziristan, 2005-2024,
several of them told beside another incident of the day), an attack on an Uzbek railway company's car on the Hairatan
line (2020) and an Iranian force's shooting of a Baloch elder near Panjgur (2008); three are rewritten in English from
Urdu and Russian.
"""

from __future__ import annotations

from _extract_helpers import ATTACK, CLASH, FIRST_FIELDS, REMOTE_EXPLOSIVE, SHELLING, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 84
    REPORTS = range(1090, 1104)
    #: The slugs of the batch's events, committed before they were hashed in five lots, with their sides committed
    #: before any report was written. ``shatai-checkpost-2010-07`` keeps the month it was hashed with; the attack was on
    #: 13 December 2010 (the journal's correction).
    EVENTS = {
        "angoradda-clash-2005-01": "test",
        "mamadgate-fort-2009-01": "dev",
        "shatai-checkpost-2010-07": "dev",
        "baidmani-posts-2010-12": "dev",
        "mamond-raid-2011-06": "dev",
        "binshahi-mortars-2020-08": "dev",
        "bajaur-post-2020-09": "test",
        "hairatan-railway-2020-08": "dev",
        "kothegan-shooting-2008-10": "dev",
        "mamound-post-2021-05": "dev",
        "dwatoi-checkpost-2021-06": "dev",
        "chartana-checkpost-2017-01": "test",
        "rajgal-posts-2024-08": "dev",
        "nawagai-checkposts-2016-06": "test",
    }
    BORDERS = {"AF-PK", "AF-UZ", "IR-PK"}
    INCIDENTS = 16
    #: The 16 first coded and the journalists' march of 1092, kept by the blind adjudication (a report's other incident
    #: of the day is coded even away from the border: the seventh-round cases).
    INCIDENTS_SCORED = 17
    SIDES = {"test": 4, "dev": 10}


def test_attacks_on_the_pakistani_border_posts_as_coded() -> None:
    """Fire on posts from across the line is a clash, `alleged` with the origin Afghanistan, with no perpetrator when
    none is named (1091, 1098); 'last night' in a statement of Tuesday spans both days (1091); a copy with no day is the
    week to it (1098). Both sides' dead are added (1094, 1096, 1103); 'no casualty was reported in the attack' is 0
    killed (1093). Fire the two sides' accounts give to different actors is `disputed` (1090); a group's claim is
    `claimed` (1096); unnamed sources naming two groups with no claim are one source's word, `alleged` (1103; first
    coded `suspected`, brought to the rulings of 2026-12-07, fourth); 'militants' on a post with no crossing told are
    `unattributed` (1095)."""
    rows = coded_fields(84, *FIRST_FIELDS, "event_date_end", "origin_country")
    ids = ("1090", "1091", "1092", "1093", "1094", "1096", "1098", "1101", "1102", "1103")
    assert {rid: rows[rid] for rid in ids} == {
        "1090": [("2005-01-29", "days", "PK", 1, 1, CLASH, "disputed", "2005-01-30", None)],
        "1091": [("2020-09-21", "days", "PK", 1, None, CLASH, "alleged", "2020-09-22", "AF")],
        "1092": [("2017-01-28", "day", "PK", None, 1, CLASH, "alleged", None, "AF")],
        "1093": [("2016-06-24", "day", "PK", 0, 2, CLASH, "alleged", None, "AF")],
        "1094": [("2009-01-10", "days", "PK", 46, 7, CLASH, "alleged", "2009-01-11", "AF")],
        "1096": [("2010-12-24", "day", "PK", 35, 17, CLASH, "claimed", None, None)],
        "1098": [("2020-07-30", "week", "PK", 1, 2, SHELLING, "alleged", "2020-08-05", "AF")],
        "1101": [("2021-05-07", "day", "PK", None, 1, CLASH, "alleged", None, "AF")],
        "1102": [("2021-06-30", "day", "PK", 2, None, CLASH, "alleged", None, "AF")],
        "1103": [("2024-08-09", "day", "PK", 7, 12, CLASH, "alleged", None, "AF")],
    }


def test_other_incidents_of_the_day_and_attacks_on_people_as_coded() -> None:
    """A report's other incident of the day is coded even away from the border: the Sufi shrine near Peshawar the
    night of the Shatai attack (1095), the Orakzai bomb the day of the Mamond raid (1097). Militants storming a village
    and killing its people, gunmen firing on a railway company's car and an Iranian force shooting an elder are
    attacks on people, the force `alleged` with the origin Iran (1100) and the gunmen nobody names `unattributed`
    (1099)."""
    rows = coded_fields(84, *FIRST_FIELDS, "event_date_end", "origin_country")
    ids = ("1095", "1097", "1099", "1100")
    assert {rid: rows[rid] for rid in ids} == {
        "1095": [
            ("2010-12-13", "day", "PK", 2, 6, CLASH, "unattributed", None, None),
            ("2010-12-13", "days", "PK", 3, None, ATTACK, "unattributed", "2010-12-14", None),
        ],
        "1097": [
            ("2011-06-16", "day", "PK", 5, 3, ATTACK, "alleged", None, "AF"),
            ("2011-06-16", "day", "PK", None, 2, REMOTE_EXPLOSIVE, "unattributed", None, None),
        ],
        "1099": [("2020-08-20", "day", "AF", 1, 1, ATTACK, "unattributed", None, None)],
        "1100": [("2008-10-10", "day", "PK", 1, None, ATTACK, "alleged", None, "IR")],
    }
