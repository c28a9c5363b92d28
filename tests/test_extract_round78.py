"""The seventy-eighth round's held-back batch of real reports (docs/extract-journal.md, *The seventy-eighth round: held
back (round 78)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places and every report's address; the search went on until four events were on test. It holds nineteen
reports of fourteen events where the corpus is thin and in the languages it seldom reads: fire across the Iran-Pakistan
line on a village (2013, in English and Urdu), clashes with border guards and police in Sistan and Baluchestan
(2014-2025, several in Arabic, German and Urdu), Uzbek frontier guards' shots on the Kyrgyz side (2003), an attack from
Afghanistan on Bajaur's posts (2014), a Turkmen fight with smugglers told from Radio Azatlyk (2018, in Russian) and
migrants shot near the Pakistan-Iran border (2012, in Urdu).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 78
    REPORTS = range(962, 981)
    #: The slugs of the batch's events, committed before they were hashed in seven lots (132ab6c7, 756b70aa, 32f2d681,
    #: 8d2d9361, d512152c, 4f74baa8, 3b7cfec2), with their sides (4dc769e4, de6c8af0, 4f0bba6d, 2b54b2a6, 1ad0b520,
    #: e74b2b7b, dfa2321e).
    EVENTS = {
        "tump-rocket-2013-11": "dev",
        "jaleq-guard-2018-07": "dev",
        "alabuka-guards-2003-05": "dev",
        "manozangal-posts-2014-06": "dev",
        "tagtabazar-smugglers-2018-06": "test",
        "iranshahr-police-2025-08": "dev",
        "qasreqand-police-2025-10": "dev",
        "damen-police-2025-08": "dev",
        "iranshahr-narcotics-2014-02": "test",
        "korin-security-2018-07": "dev",
        "khash-clash-2016-06": "dev",
        "khash-lieutenant-2024-03": "dev",
        "pothan-migrants-2012-12": "test",
        "zahedan-railway-2024-02": "test",
    }
    BORDERS = {
        "tump-rocket-2013-11": "IR-PK",
        "jaleq-guard-2018-07": "IR-PK",
        "alabuka-guards-2003-05": "KG-UZ",
        "manozangal-posts-2014-06": "AF-PK",
        "tagtabazar-smugglers-2018-06": "AF-TM",
        "iranshahr-police-2025-08": "IR-PK",
        "qasreqand-police-2025-10": "IR-PK",
        "damen-police-2025-08": "IR-PK",
        "iranshahr-narcotics-2014-02": "IR-PK",
        "korin-security-2018-07": "IR-PK",
        "khash-clash-2016-06": "IR-PK",
        "khash-lieutenant-2024-03": "IR-PK",
        "pothan-migrants-2012-12": "IR-PK",
        "zahedan-railway-2024-02": "IR-PK",
    }
    INCIDENTS = 20
    SIDES = {"test": 4, "dev": 15}


def test_fire_from_across_the_border_as_coded() -> None:
    """Tump, Monday 25 November 2013: a rocket from the Iranian side killed a girl and hurt six, `alleged` with origin
    IR in Dawn (the Iranian border forces in its own voice) and in Nawa-i-Waqt (the Levies' sources, no force named).
    Manozangal and Makha Top, Wednesday 4 June 2014: Dawn's 'at least four' killed, the intelligence sources' suspicion
    of Fazlullah's men; The News's four against the Foreign Office's two, the lowest as best."""
    rows = coded_fields(78, *FIRST_FIELDS, "killed_high", "origin_country")
    assert {rid: rows[rid] for rid in ("962", "963", "966", "967")} == {
        "962": [("2013-11-25", "day", "PK", 1, 6, "Shelling/artillery/missile attack", "alleged", 1, "IR")],
        "963": [("2013-11-25", "day", "PK", 1, 6, "Shelling/artillery/missile attack", "alleged", 1, "IR")],
        "966": [("2014-06-04", "day", "PK", 4, 4, CLASH, "suspected", None, "AF")],
        "967": [("2014-06-04", "day", "PK", 2, 3, CLASH, "alleged", 4, "AF")],
    }


def test_guards_and_smugglers_on_the_central_asian_lines_as_coded() -> None:
    """Ala-Buka, the night to 14 May 2003: an Uzbek guard's shots at the farmer and the militiamen, no one hurt (0
    and 0). Serhetabat-Tagtabazar, 'almost three weeks' before Radio Azatlyk's report: June 2018, about 25 Turkmen
    soldiers killed ('dozens' wounded, no count), `alleged` against smugglers from Afghanistan."""
    rows = coded_fields(78, *FIRST_FIELDS, "event_date_end", "origin_country")
    assert {rid: rows[rid] for rid in ("965", "968")} == {
        "965": [("2003-05-13", "days", "KG", 0, 0, "Attack", "alleged", "2003-05-14", "UZ")],
        "968": [("2018-06-01", "month", "TM", 25, None, CLASH, "alleged", "2018-06-30", "AF")],
    }


def test_attacks_on_police_and_guards_in_sistan_and_baluchestan_as_coded() -> None:
    """Jaleq, Tuesday evening 3 July 2018 (state television's 'night to Wednesday', the lead's Wednesday the day it
    was told); Iranshahr, Friday evening 15 August 2025; Qasr-e Qand, Thursday evening 2 October 2025; Damen, told by
    both reports with no day (the week to the report); Korin, 'yesterday' in News Front and no day in Tasnim; Khash,
    Monday 13 June 2016, the spokesman's one policeman and five attackers against a local agency's three of the
    forces; Khash, Tuesday 26 March 2024, with the Nowruz car of the same report. Gunmen, bandits and terrorists name
    no one (`unattributed`); Jaish al-Adl named for the clash itself is `alleged`."""
    rows = coded_fields(78, *FIRST_FIELDS, "killed_high")
    assert {rid: rows[rid] for rid in ("964", "969", "970", "971", "972", "973", "974", "975", "976", "977")} == {
        "964": [("2018-07-03", "day", "IR", 1, None, CLASH, "unattributed", 1)],
        "969": [("2025-08-15", "day", "IR", 1, None, CLASH, "unattributed", 1)],
        "970": [("2025-10-02", "day", "IR", 1, 1, CLASH, "unattributed", 1)],
        "971": [("2025-08-16", "week", "IR", 5, None, CLASH, "unattributed", None)],
        "972": [("2025-08-16", "week", "IR", 5, None, CLASH, "unattributed", 5)],
        "973": [("2018-07-14", "week", "IR", 2, None, CLASH, "unattributed", 2)],
        "974": [("2018-07-19", "day", "IR", 2, None, CLASH, "unattributed", 2)],
        "975": [("2016-06-08", "week", "IR", 6, None, CLASH, "alleged", 6)],
        "976": [("2016-06-13", "day", "IR", 6, None, CLASH, "alleged", 8)],
        "977": [
            ("2024-03-26", "day", "IR", 1, None, CLASH, "alleged", 1),
            ("2024-03-20", "week", "IR", 1, 2, "Attack", "alleged", 1),
        ],
    }


def test_the_test_reports_as_coded() -> None:
    """Iranshahr, Wednesday 26 February 2014: the anti-narcotics police chief and two 'armed bandits' (3). Pothan,
    Friday 21 December 2012: eleven migrants shot as they tried to cross, the side of the line not told (country
    unscored). The Zahedan-Bam railway, Sunday 11 February 2024: two Basij guards, no claim."""
    rows = coded_fields(78, *FIRST_FIELDS, "target_type")
    assert {rid: rows[rid] for rid in ("978", "979", "980")} == {
        "978": [("2014-02-26", "day", "IR", 3, None, CLASH, "unattributed", "police")],
        "979": [("2012-12-21", "day", None, 11, None, "Attack", "unattributed", "civilians")],
        "980": [("2024-02-11", "day", "IR", 2, None, CLASH, "unattributed", "military")],
    }
