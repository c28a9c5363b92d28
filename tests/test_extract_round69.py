"""The sixty-ninth round's held-back batch of real reports (docs/extract-journal.md, *The sixty-ninth round: held back
(round 69)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 68 did. It holds eight reports of five events, three of them on test by the MD5
of their slugs: the raid from Afghanistan on Nusrat Dara and its neighbours in Upper Dir (July 2011, three reports),
the assault on the Kharkai posts in Lower Dir (April 2011, two reports), and, on test, the stones thrown at Kyrgyz
border guards at Zhany-Zher (August 2019), the attack on the Malathar check-post in Upper Dir (June 2012) and the
night attack on a check-post at Miskini Darra in Lower Dir (August 2012), one report each. These tests check that the
batch is there (its split by the eighth round's rule, each page once and each border's day on one side are checked
for the whole corpus in ``tests/test_extract_corpus.py``), that its events carry the slugs written down before they
were hashed and are new to the corpus, how its dates, tolls, kinds and attributions were first coded, and that it is
scored on its own with ``--round 69``.
"""

from __future__ import annotations

from _extract_helpers import assert_round_holds, assert_scored_on_its_own, assert_slugs_named_in_docs, coded_fields

#: The slugs of the batch's events, committed before they were hashed (72fa9d8c), with their sides (9e759dda).
EVENTS = {
    "nusrat-dara-raid-2011-07": "dev",
    "kharkai-raid-2011-04": "dev",
    "zhany-zher-fence-2019-08": "test",
    "malathar-checkpost-2012-06": "test",
    "miskini-darra-checkpost-2012-08": "test",
}


def test_the_sixty_ninth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(69, EVENTS, range(886, 894))
    borders = {s["event"]: s["border"] for s in specs}
    assert borders == {
        "nusrat-dara-raid-2011-07": "AF-PK",
        "kharkai-raid-2011-04": "AF-PK",
        "zhany-zher-fence-2019-08": "KG-TJ",
        "malathar-checkpost-2012-06": "AF-PK",
        "miskini-darra-checkpost-2012-08": "AF-PK",
    }
    assert sum(len(s["incidents"]) for s in specs) == 9
    assert [s["split"] for s in specs].count("dev") == 5
    assert all(s["published"] for s in specs)


def test_the_nusrat_dara_raid_as_first_coded() -> None:
    """Each outlet's own toll of the raid of Wednesday 6 July 2011: Pakistan Today's 'about 20' militants (20, no
    bounds) and four wounded militiamen; Pakistan Link's three attackers and two militiamen (5) with two wounded beside
    another official's four, and its separate North Waziristan firefight as a record of its own; the second Pakistan
    Today report's eight killed over the two days of clashes."""
    keys = ("event_date", "date_precision", "killed", "killed_low", "injured", "injured_high", "attribution")
    rows = coded_fields(69, *keys)
    assert {rid: rows[rid] for rid in ("886", "887", "888")} == {
        "886": [("2011-07-06", "day", 20, None, 4, 4, "alleged")],
        "887": [
            ("2011-07-06", "day", 5, 5, 2, 4, "alleged"),
            ("2011-07-06", "day", 3, 3, 10, 10, "alleged"),
        ],
        "888": [("2011-07-06", "days", 8, 8, None, None, "alleged")],
    }


def test_the_kharkai_raid_and_the_single_reports_as_first_coded() -> None:
    """Kharkai's tolls differ: 13 killed to AFP's 16, claimed by the Malakand Taliban's spokesman; two confirmed dead to
    50 feared, with the blame disputed between militants and NATO and Afghan forces. The stones at Zhany-Zher are mob
    violence with no toll told; Malathar's 'at least eight' is 8 and 'several' wounded 3; Miskini Darra's 'last
    night' in a report of 24 August is 23 August."""
    keys = ("event_date", "killed", "killed_low", "killed_high", "injured", "sub_event_type", "attribution")
    rows = coded_fields(69, *keys)
    clash = "Armed clash"
    assert {rid: rows[rid] for rid in ("889", "890", "891", "892", "893")} == {
        "889": [("2011-04-21", 13, 13, 16, 7, clash, "claimed")],
        "890": [("2011-04-21", 2, 2, 50, 7, clash, "disputed")],
        "891": [("2019-08-24", None, None, None, None, "Mob violence", "alleged")],
        "892": [("2012-06-27", 8, 8, None, 3, clash, "alleged")],
        "893": [("2012-08-23", 5, 5, 5, None, clash, "alleged")],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixty-ninth round: held back (round 69)", EVENTS)


def test_the_sixty_ninth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(69, texts=8, incidents=10, test=3, dev=5)
