"""The eighty-third round's held-back batch of real reports (docs/extract-journal.md, *The eighty-third round: held back
(round 83)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims of the round working the western lines at the same time;
the search went on until four events were on test. It holds seventeen reports of ten events on the lines round 80 and 81
left: the Pakistani-Afghan line away from round 80's places (North Waziristan's fencing parties and posts, Tirah's Tor
Darra, Lower Dir's Maidan, 2014-2024), the Tajik-Afghan line (villagers taken by Afghan drug smugglers in Shuroobod and
Hamadoni, 2011) and the Ferghana valley (Khushjar's villagers of the Sokh enclave against their Kyrgyz neighbours,
2005); two are rewritten in English from Urdu and Italian.
"""

from __future__ import annotations

from _extract_helpers import ABDUCTION, CLASH, FIRST_FIELDS, MOB, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 83
    REPORTS = range(1070, 1087)
    #: The slugs of the batch's events, committed before they were hashed in four lots (8e73422c, 40df1558, 617b0197,
    #: 7c8730b4), with their sides (f1c48627, a0bcd85b, aa4cdd2e, 2093db4d).
    EVENTS = {
        "northwaziristan-post-2021-05": "dev",
        "alwara-fencing-2019-05": "test",
        "northwaziristan-fencing-2018-06": "test",
        "khushjar-raid-2005-05": "dev",
        "tordarra-camp-2023-04": "dev",
        "maidan-infiltration-2024-06": "dev",
        "shuroobod-abduction-2011-05": "test",
        "angrubogh-abduction-2011-06": "dev",
        "qavoq-abduction-2011-08": "dev",
        "dandikuch-post-2014-09": "test",
    }
    BORDERS = {"AF-PK", "AF-TJ", "KG-UZ"}
    INCIDENTS = 19
    #: The 19 first coded and the Khyber air strikes of 1076 and 1077, kept by the blind adjudication (a report's other
    #: incident of the day is coded even away from the border: the seventh-round cases).
    INCIDENTS_SCORED = 21
    SIDES = {"test": 9, "dev": 8}


def test_attacks_from_across_the_pakistani_afghan_line_as_coded() -> None:
    """Fire from across the line on posts and fencing parties is a clash, `alleged` with the origin Afghanistan. A
    copy with no day for the attack is the week to it (1070, 1073, 1080); the Foreign Office's 'last night' in its
    statement of Wednesday spans both days (1071). Both sides' dead are added when both are counted (1076-1078, 1082);
    the attackers' 'scores' and casualties only feared are no number (1070, 1071, 1083, 1084)."""
    rows = coded_fields(83, *FIRST_FIELDS, "event_date_end", "origin_country")
    ids = ("1070", "1071", "1072", "1073", "1076", "1077", "1078", "1079", "1080", "1082", "1083", "1084")
    assert {rid: rows[rid] for rid in ids} == {
        "1070": [("2019-04-25", "week", "PK", 3, 7, CLASH, "alleged", "2019-05-01", "AF")],
        "1071": [("2019-04-30", "days", "PK", 3, 7, CLASH, "alleged", "2019-05-01", "AF")],
        "1072": [("2018-06-24", "day", "PK", 1, 1, CLASH, "alleged", None, "AF")],
        "1073": [("2018-06-18", "week", "PK", 1, None, CLASH, "alleged", "2018-06-24", "AF")],
        "1076": [("2014-09-16", "day", "PK", 14, None, CLASH, "alleged", None, "AF")],
        "1077": [("2014-09-16", "day", "PK", 14, None, CLASH, "alleged", None, "AF")],
        "1078": [("2014-09-16", "day", "PK", 14, None, CLASH, "alleged", None, "AF")],
        "1079": [("2021-05-22", "day", "PK", 1, None, CLASH, "alleged", None, "AF")],
        "1080": [("2021-05-16", "week", "PK", 1, None, CLASH, "alleged", "2021-05-22", "AF")],
        "1082": [("2023-04-25", "day", "PK", 4, 4, CLASH, "alleged", None, "AF")],
        "1083": [("2024-06-22", "day", "PK", None, None, CLASH, "alleged", None, "AF")],
        "1084": [("2024-06-22", "days", "PK", None, None, CLASH, "alleged", "2024-06-23", "AF")],
    }


def test_abductions_and_the_enclave_fight_as_coded() -> None:
    """Villagers taken by Afghan drug smugglers are abductions, `alleged`, from Afghanistan: 'two weeks earlier' than
    30 May is the week around 16 May, and the herder seized with the cattle on 29 May a second incident (1074, 1075);
    a report with no day is the week to it (1086). Khushjar's villagers coming onto Kyrgyz land and trading blows is
    mob violence from the Uzbek enclave, its 'several' wounded no number (1081)."""
    rows = coded_fields(83, *FIRST_FIELDS, "event_date_end", "origin_country")
    ids = ("1074", "1075", "1081", "1085", "1086")
    assert {rid: rows[rid] for rid in ids} == {
        "1074": [
            ("2011-05-13", "week", "TJ", None, None, ABDUCTION, "alleged", "2011-05-19", "AF"),
            ("2011-05-29", "day", "TJ", None, None, ABDUCTION, "alleged", None, "AF"),
        ],
        "1075": [
            ("2011-05-13", "week", "TJ", None, None, ABDUCTION, "alleged", "2011-05-19", "AF"),
            ("2011-05-29", "day", "TJ", None, None, ABDUCTION, "alleged", None, "AF"),
        ],
        "1081": [("2005-05-05", "week", "KG", None, None, MOB, "alleged", "2005-05-11", "UZ")],
        "1085": [("2011-06-01", "day", "TJ", None, None, ABDUCTION, "alleged", None, "AF")],
        "1086": [("2011-08-03", "week", "TJ", None, None, ABDUCTION, "alleged", "2011-08-09", "AF")],
    }
