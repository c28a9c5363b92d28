"""The forty-third round's held-back batch of real reports (docs/extract-journal.md, *The forty-third round: held back
(round 43)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 42 did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before any was hashed, that every
event it tells is new to the corpus, that its dates follow the house's week rule as first coded, and that it is
scored on its own with ``--round 43``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_new_to_the_corpus,
    assert_scored_on_its_own,
    assert_sides_by_slug,
    assert_slugs_named_in_docs,
    round_reports,
)

#: The slugs committed before any was hashed (3e685fa for the first three, c098290 for the fourth), with their sides.
EVENTS = {
    "parachinar-market-2017-01": "dev",
    "bajaur-khar-ied-2025-07": "test",
    "nw-mir-ali-suicide-2025-06": "dev",
    "chaman-taxi-2025-09": "dev",
}


def test_the_forty_third_rounds_reports_are_there() -> None:
    specs = [s for s, _ in round_reports(43)]
    assert len(specs) == 16
    assert sorted(int(p.name.split("-")[0]) for _, p in round_reports(43)) == list(range(625, 641))
    # Four events, none of them in the corpus before, each told by four outlets: the bomb in Parachinar's vegetable
    # market (January 2017), the roadside bomb on the assistant commissioner's vehicle near Khar, Bajaur (July 2025),
    # the suicide car bombing of a military convoy at Mir Ali (June 2025) and the bomb at Chaman's taxi stand
    # (September 2025).
    assert {s["event"]: s["split"] for s in specs} == EVENTS
    # The sides are the eighth round's rule: test when the MD5 of the slug starts with 0-5.
    assert_sides_by_slug(specs)
    assert [sum(s["event"] == e for s in specs) for e in EVENTS] == [4, 4, 4, 4]
    assert {s["border"] for s in specs} == {"AF-PK"}
    kinds = {(s["event"], incident["sub_event_type"]) for s in specs for incident in s["incidents"]}
    assert kinds == {
        ("parachinar-market-2017-01", "Remote explosive/landmine/IED"),
        ("bajaur-khar-ied-2025-07", "Remote explosive/landmine/IED"),
        ("nw-mir-ali-suicide-2025-06", "Suicide bomb"),
        # Daily Times and Devdiscourse also tell the operation after the bombing, in which 14 militants were killed.
        ("nw-mir-ali-suicide-2025-06", "Armed clash"),
        ("chaman-taxi-2025-09", "Remote explosive/landmine/IED"),
        # LatestLY also tells the grenade in Kalat's Mangocher Bazaar the same day.
        ("chaman-taxi-2025-09", "Grenade"),
    }
    assert sum(len(s["incidents"]) for s in specs) == 19
    assert_new_to_the_corpus(specs, 43)
    assert len({s["url"] for s in specs}) == 16


def test_a_report_that_dates_only_its_statement_is_the_week_up_to_it() -> None:
    """The reports that date only a statement, or give the attack no day, were coded as the week from the start."""
    weeks = {
        p.name.split("-")[0]: {
            (i["date_precision"], i.get("event_date"), i.get("event_date_end")) for i in s["incidents"]
        }
        for s, p in round_reports(43)
        if p.name.split("-")[0] in {"625", "629", "634", "636", "639", "640"}
    }
    assert weeks == {
        "625": {("week", "2017-01-15", "2017-01-21")},
        "629": {("week", "2025-06-26", "2025-07-02")},
        "634": {("week", "2025-06-22", "2025-06-28")},
        "636": {("week", "2025-06-22", "2025-06-28")},
        "639": {("week", "2025-09-13", "2025-09-19")},
        "640": {("week", "2025-09-12", "2025-09-18")},
    }
    # The others tell the attack's weekday and are the day.
    days = [
        i["date_precision"] for s, p in round_reports(43) if p.name.split("-")[0] not in weeks for i in s["incidents"]
    ]
    assert days and set(days) == {"day"}


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names each slug of the round, as it was committed before hashing."""
    assert_slugs_named_in_docs("The forty-third round: held back (round 43)", EVENTS)


def test_the_forty_third_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(43, texts=16, incidents=19, test=4, dev=12)
