"""The forty-second round's held-back batch of real reports (docs/extract-journal.md, *The forty-second round: held back
(round 42)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 41 did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before any was hashed, that every
event it tells is new to the corpus, and that it is scored on its own with ``--round 42``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_new_to_the_corpus,
    assert_scored_on_its_own,
    assert_sides_by_slug,
    assert_slugs_named_in_docs,
    round_reports,
)

#: The slugs committed before any was hashed (a51a1cf for the first three, a321205 for the fourth), with their sides.
EVENTS = {
    "gwadar-port-2024-03": "test",
    "turbat-airbase-2024-03": "dev",
    "quetta-station-suicide-2024-11": "dev",
    "daraban-suicide-2023-12": "dev",
}


def test_the_forty_second_rounds_reports_are_there() -> None:
    specs = [s for s, _ in round_reports(42)]
    assert len(specs) == 16
    assert sorted(int(p.name.split("-")[0]) for _, p in round_reports(42)) == list(range(609, 625))
    # Four events, none of them in the corpus before, each told by four outlets: the attack on the Gwadar Port
    # Authority complex (March 2024), the attack on the naval air station PNS Siddique near Turbat (March 2024), the
    # suicide bombing at Quetta's railway station (November 2024) and the suicide car bombing and assault on the
    # security forces' post at Daraban, Dera Ismail Khan (December 2023).
    assert {s["event"]: s["split"] for s in specs} == EVENTS
    # The sides are the eighth round's rule: test when the MD5 of the slug starts with 0-5.
    assert_sides_by_slug(specs)
    assert [sum(s["event"] == e for s in specs) for e in EVENTS] == [4, 4, 4, 4]
    assert {s["event"]: s["border"] for s in specs} == {
        "gwadar-port-2024-03": "IR-PK",
        "turbat-airbase-2024-03": "IR-PK",
        "quetta-station-suicide-2024-11": "AF-PK",
        "daraban-suicide-2023-12": "AF-PK",
    }
    kinds = {(s["event"], incident["sub_event_type"]) for s in specs for incident in s["incidents"]}
    assert kinds == {
        ("gwadar-port-2024-03", "Armed clash"),
        ("turbat-airbase-2024-03", "Armed clash"),
        ("quetta-station-suicide-2024-11", "Suicide bomb"),
        # Dawn's first report tells only an attack with gunshots still heard; Indian Defense News also tells the
        # army's operations in Darazinda and Kulachi of the same statement.
        ("daraban-suicide-2023-12", "Armed clash"),
        ("daraban-suicide-2023-12", "Suicide bomb"),
    }
    places = sorted(incident["place"] for s in specs for incident in s["incidents"])
    assert len(places) == 18
    assert places.count("Darazinda") == 1 and places.count("Kulachi") == 1
    assert_new_to_the_corpus(specs, 42)
    assert len({s["url"] for s in specs}) == 16


def test_a_report_that_dates_only_its_statement_is_the_week_up_to_it() -> None:
    """The four codings brought to the house's date rule after the first score (804e181) stay so coded."""
    weeks = {
        p.name.split("-")[0]: (s["incidents"][0]["date_precision"], s["incidents"][0].get("event_date_end"))
        for s, p in round_reports(42)
        if p.name.split("-")[0] in {"612", "617", "620", "621", "623"}
    }
    assert weeks == {
        "612": ("week", "2024-03-20"),
        "617": ("week", "2024-11-09"),
        "620": ("week", "2024-11-10"),
        "621": ("week", "2023-12-12"),
        "623": ("week", "2023-12-12"),
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names each slug of the round, as it was committed before hashing."""
    assert_slugs_named_in_docs("The forty-second round: held back (round 42)", EVENTS)


def test_the_forty_second_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(42, texts=16, incidents=18, test=4, dev=12)
