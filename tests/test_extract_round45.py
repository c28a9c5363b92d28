"""The forty-fifth round's held-back batch of real reports (docs/extract-journal.md, *The forty-fifth round: held back
(round 45)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 44 did. It holds thirteen reports of five events; the searches found few
events new to the corpus. These tests check that the batch is there (its split by the eighth round's rule, each page
once and each border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that
its events carry the slugs written down before any was hashed, that every event it tells is new to the corpus, that
its dates follow the house's week rule as first coded, how its tolls, vague words and the Chitral and Kunar fire
were coded, and that it is scored on its own with ``--round 45``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    round_reports,
)

#: The slugs, each committed before it was hashed (0d9d5d7, 8f91e5f, 05bb5f9, fbda878, 225e16c), with their sides.
EVENTS = {
    "gwadar-migrants-2018-04": "dev",
    "ir-pk-gujranwala-migrants-2018-04": "dev",
    "khyber-camps-2017-02": "dev",
    "chitral-shelling-2022-04": "dev",
    "kunar-shelling-2017-02": "dev",
}


def test_the_forty_fifth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(45, EVENTS, range(657, 670))
    # Two events, none of them in the corpus before: Iranian border forces' fire on two men from Bannu crossing into
    # Iran near Gwadar (April 2018, two reports), on two migrants from Gujranwala (April 2018, one report), the
    # Pakistani army's shelling of militants' camps across the border from Khyber and Mohmand (February 2017, three),
    # Afghan forces' artillery fire on Pakistani posts in Chitral (April 2022, four), and the shelling of Kunar that
    # Kabul protested on 27 February 2017, four children dead (three).
    # The sides are the eighth round's rule (checked above); all five hashed to dev.
    assert [sum(s["event"] == e for s in specs) for e in EVENTS] == [2, 1, 3, 4, 3]
    assert {s["border"] for s in specs} == {"IR-PK", "AF-PK"}
    kinds = {
        (s["event"], i["event_type"], i["sub_event_type"], i["attribution"]) for s in specs for i in s["incidents"]
    }
    # Guards' fire on crossers is an attack on civilians, the guards alleged by the Pakistani side that tells it.
    assert kinds == {
        ("gwadar-migrants-2018-04", "Violence against civilians", "Attack", "alleged"),
        ("ir-pk-gujranwala-migrants-2018-04", "Violence against civilians", "Attack", "alleged"),
        # A state's shelling across the border, told by its army or by both sides, is confirmed.
        ("khyber-camps-2017-02", "Explosions/Remote violence", "Shelling/artillery/missile attack", "confirmed"),
        # Two states' forces exchanging fire, or one side's shelling where no answer is told; alleged by Pakistan.
        ("chitral-shelling-2022-04", "Battles", "Armed clash", "alleged"),
        ("chitral-shelling-2022-04", "Explosions/Remote violence", "Shelling/artillery/missile attack", "alleged"),
        # ARY News also tells the Isham ambush of the same day, by "terrorists" with no origin.
        ("chitral-shelling-2022-04", "Battles", "Armed clash", "unattributed"),
        # Kabul's protest names Pakistan as origin: shelling, or a helicopters' bombardment as Europa Press tells it.
        ("kunar-shelling-2017-02", "Explosions/Remote violence", "Shelling/artillery/missile attack", "alleged"),
        ("kunar-shelling-2017-02", "Explosions/Remote violence", "Air/drone strike", "alleged"),
    }
    assert sum(len(s["incidents"]) for s in specs) == 14


def test_a_report_that_dates_only_its_statement_is_the_week_up_to_it() -> None:
    """The reports that give the shooting no day, or date only a statement, were coded as the week from the start."""
    dates = {
        p.name.split("-")[0]: {
            (i["date_precision"], i.get("event_date"), i.get("event_date_end")) for i in s["incidents"]
        }
        for s, p in round_reports(45)
    }
    assert dates == {
        # Iranian officials put the shooting on April 12.
        "657": {("day", "2018-04-12", None)},
        # No day for the shooting in a report of 17 April.
        "658": {("week", "2018-04-11", "2018-04-17")},
        # Only the families' statement of Tuesday 10 April is dated; March 13 is the day the men left home.
        "659": {("week", "2018-04-04", "2018-04-10")},
        # Two days of shelling, Friday and Saturday, told with the two days' toll.
        "660": {("days", "2017-02-17", "2017-02-18")},
        "661": {("days", "2017-02-17", "2017-02-18")},
        # Kabul's protest at the rockets fired late on Friday.
        "662": {("day", "2017-02-17", None)},
        # The April 14 every report names, not the Friday of the summons.
        "663": {("day", "2022-04-14", None)},
        "664": {("day", "2022-04-14", None)},
        "665": {("day", "2022-04-14", None)},
        "666": {("day", "2022-04-14", None)},
        # No report dates the children's deaths: the week up to the summons "this afternoon", the day of each report.
        "667": {("week", "2017-02-21", "2017-02-27")},
        "668": {("week", "2017-02-22", "2017-02-28")},
        "669": {("week", "2017-02-21", "2017-02-27")},
    }


def test_the_tolls_are_the_exact_figures_and_the_country_is_left_open() -> None:
    """'Two' killed is best, low and high 2; the reports put the shooting on neither side, so no country is coded."""
    rows = [i for s, _ in round_reports(45) if s["event"].endswith("migrants-2018-04") for i in s["incidents"]]
    assert len(rows) == 3
    assert {(i["killed"], i["killed_low"], i["killed_high"]) for i in rows} == {(2, 2, 2)}
    assert {i["injured"] for i in rows} == {None}
    assert {i["country"] for i in rows} == {None}
    assert {(i["target_type"], i["victim_nationality"], i["origin_country"]) for i in rows} == {
        ("civilians", "PK", "IR")
    }


def test_vague_words_follow_the_codebook_and_the_shelling_fell_in_afghanistan() -> None:
    """'Many others wounded' is the codebook's vague word, 3; the shelling's tolls are the two days' as first coded."""
    shelling = {
        p.name.split("-")[0]: {
            (i["country"], i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["origin_country"])
            for i in s["incidents"]
        }
        for s, p in round_reports(45)
        if s["event"] == "khyber-camps-2017-02"
    }
    assert shelling == {
        # "rose to 37" over the two days; "many others" wounded.
        "660": {("AF", 37, 37, None, 3, "PK")},
        # "between fifteen and twenty", as first coded (docs/extract.md flags it for a coder's review); "many more".
        "661": {("AF", 15, 15, 20, 3, "PK")},
        # Kabul's protest gives no toll.
        "662": {("AF", None, None, None, None, "PK")},
    }


def test_the_chitral_fire_is_coded_by_what_each_report_tells() -> None:
    """An exchange where the Pakistani answer is told, a one-sided shelling where it is not; no one hurt in Chitral."""
    chitral = {
        p.name.split("-")[0]: [
            (i["sub_event_type"], i["target_type"], i["country"], i["killed"], i["perpetrator"], i["origin_country"])
            for i in s["incidents"]
        ]
        for s, p in round_reports(45)
        if s["event"] == "chitral-shelling-2022-04"
    }
    assert chitral == {
        "663": [("Armed clash", None, "PK", None, "Afghan border forces", "AF")],
        "664": [
            ("Shelling/artillery/missile attack", "military", "PK", None, "Afghan border security forces", "AF"),
            # Seven soldiers and four attackers.
            ("Armed clash", "military", "PK", 11, None, None),
        ],
        "665": [("Shelling/artillery/missile attack", None, "PK", None, None, "AF")],
        "666": [("Armed clash", None, "PK", None, "the Afghan side", "AF")],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names each slug of the round, as it was committed before hashing."""
    assert_slugs_named_in_docs("The forty-fifth round: held back (round 45)", EVENTS)


def test_the_forty_fifth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(45, texts=13, incidents=14, test=0, dev=13)
