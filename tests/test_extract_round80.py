"""The eightieth round's held-back batch of real reports (docs/extract-journal.md, *The eightieth round: held back
(round 80)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places and every report's address; the search went on until four events were on test. It holds twenty-two
reports of fourteen events on the Pakistani-Afghan line away from Torkham and Chaman: shells, rockets and mortars across
it in Nangarhar, Kunar, Kurram and the Waziristans (2007-2014), posts attacked from across it in Khyber and North
Waziristan (2017, 2021), the raids on Nuristan's Kamdesh and Barg-e-Matal from Pakistan (2010-2011) and the Landi Kotal
rockets of 2009, five of them rewritten in English from Urdu, Arabic and Indonesian.
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, SHELLING, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 80
    REPORTS = range(1007, 1029)
    #: The slugs of the batch's events, committed before they were hashed in five lots (f47467ba, 59e0f8b6, 7f7a85e1,
    #: 9d54e422, d412d559), with their sides (ddae6ea6, 82852a90, 68e6a7fb, a580a3aa, de7e0554).
    EVENTS = {
        "goshta-shells-2011-03": "test",
        "dangam-shelling-2012-08": "test",
        "ghulamkhan-mortars-2014-03": "dev",
        "rajgal-lieutenant-2017-09": "dev",
        "rajgal-post-2017-10": "dev",
        "dewagar-post-2021-08": "dev",
        "borki-rockets-2007-04": "test",
        "landikotal-rockets-2009-03": "dev",
        "bangidar-mortars-2013-09": "dev",
        "shingak-missiles-2017-04": "dev",
        "kamdesh-raid-2011-07": "dev",
        "bargematal-fighting-2010-05": "test",
        "bargematal-siege-2010-07": "dev",
        "dangam-shells-2013-12": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 23
    SIDES = {"test": 6, "dev": 16}


def test_fire_across_the_line_as_coded() -> None:
    """Shells, rockets, mortars and missiles: a night written as 'overnight' or 'on Monday night' in the next day's
    report spans both days (1007, 1028); 'no casualties had been reported' and 'no reports of casualties yet' are 0
    and 0 (1010, 1022; the codebook's 'none reported is 0', ruled 2026-12-07), 'no one was killed' is 0 (1021), the
    two sides' 'no one hurt' is 0 and 0 (1008, 1009), where the border posts trade fire (a clash, not shelling). An
    origin named by an official is `alleged`; Borki's villagers
    and officials blame different hands (`disputed`); Landi Kotal's 'militants' name no one, 'suspected Taliban
    militants' are `suspected`."""
    rows = coded_fields(80, *FIRST_FIELDS, "event_date_end", "origin_country")
    ids = ("1007", "1008", "1009", "1010", "1017", "1018", "1019", "1020", "1021", "1022", "1028")
    assert {rid: rows[rid] for rid in ids} == {
        "1007": [("2011-02-28", "days", "AF", None, 1, SHELLING, "alleged", "2011-03-01", "PK")],
        "1008": [("2012-08-14", "day", "AF", 0, 0, CLASH, "alleged", None, "PK")],
        "1009": [("2012-08-14", "day", "AF", 0, 0, CLASH, "alleged", None, "PK")],
        "1010": [("2014-03-29", "day", "PK", 0, 0, SHELLING, "alleged", None, "AF")],
        "1017": [("2007-04-11", "day", "PK", None, 3, SHELLING, "disputed", None, "AF")],
        "1018": [("2009-03-19", "day", "PK", 10, 32, SHELLING, "unattributed", None, None)],
        "1019": [("2009-03-19", "day", "PK", 10, 38, SHELLING, "suspected", None, None)],
        "1020": [("2013-09-24", "day", "PK", 2, 1, SHELLING, "alleged", None, "AF")],
        "1021": [("2017-04-02", "day", "PK", 0, None, SHELLING, "alleged", None, "AF")],
        "1022": [("2017-04-02", "day", "PK", 0, 0, SHELLING, "alleged", None, "AF")],
        "1028": [("2013-12-09", "days", "AF", None, None, SHELLING, "alleged", "2013-12-10", "PK")],
    }


def test_posts_attacked_from_across_the_line_as_coded() -> None:
    """Posts in Khyber and North Waziristan fired on from Afghanistan: a statement with no day for the attack is the
    week to it (1011-1015); the attackers the forces killed are counted with the soldier (1011); Dawn's second incident,
    the Ladha landmine of the same Sunday, is coded (1016)."""
    rows = coded_fields(80, *FIRST_FIELDS, "event_date_end")
    ids = ("1011", "1012", "1013", "1014", "1015", "1016")
    assert {rid: rows[rid] for rid in ids} == {
        "1011": [("2017-09-17", "week", "PK", 4, 2, CLASH, "alleged", "2017-09-23")],
        "1012": [("2017-09-28", "week", "PK", 1, None, CLASH, "alleged", "2017-10-04")],
        "1013": [("2017-09-28", "week", "PK", 1, 1, CLASH, "alleged", "2017-10-04")],
        "1014": [("2021-08-02", "week", "PK", None, 1, CLASH, "alleged", "2021-08-08")],
        "1015": [("2021-08-02", "week", "PK", None, 1, CLASH, "alleged", "2021-08-08")],
        "1016": [
            ("2021-08-08", "day", "PK", None, 1, CLASH, "alleged", None),
            ("2021-08-08", "day", "PK", None, 2, "Remote explosive/landmine/IED", "unattributed", None),
        ],
    }


def test_raids_on_nuristan_from_pakistan_as_coded() -> None:
    """Kamdesh, 5 July 2011: the border police commander's toll (13 dead, 3 wounded), `claimed` on the Taliban
    spokesman's word; the governor's two days and 63 dead two days later. Barg-e-Matal, May 2010: 'this week' in a
    Wednesday report, nine dead; the district centre taken on Saturday 29 May (`Non-state actor overtakes territory`).
    Barg-e-Matal, July 2010: 14-16 July, the first toll (two policemen and 11 attackers)."""
    rows = coded_fields(80, *FIRST_FIELDS, "event_date_end", "target_type")
    assert {rid: rows[rid] for rid in ("1023", "1024", "1025", "1026", "1027")} == {
        "1023": [("2011-07-05", "day", "AF", 13, 3, CLASH, "claimed", None, "border_guards")],
        "1024": [("2011-07-05", "days", "AF", 63, None, CLASH, "alleged", "2011-07-06", "border_guards")],
        "1025": [("2010-05-24", "days", "AF", 9, None, CLASH, "alleged", "2010-05-26", "police")],
        "1026": [
            ("2010-05-29", "day", "AF", None, None, "Non-state actor overtakes territory", "alleged", None, "police")
        ],
        "1027": [("2010-07-14", "days", "AF", 13, 4, CLASH, "alleged", "2010-07-16", "police")],
    }
