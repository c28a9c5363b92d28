"""The forty-fourth round's held-back batch of real reports (docs/extract-journal.md, *The forty-fourth round: held back
(round 44)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 43 did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before any was hashed, that every
event it tells is new to the corpus, that its dates follow the house's week rule as first coded, and that it is
scored on its own with ``--round 44``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    round_reports,
)

#: The slugs committed before any was hashed (e5c777a for the first three, 1ddb27b for the fourth), with their sides.
EVENTS = {
    "parachinar-clothes-2015-12": "dev",
    "parachinar-imambargah-2017-03": "dev",
    "chaman-motorcycle-2020-03": "test",
    "chaman-jui-2019-09": "test",
}


def test_the_forty_fourth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(44, EVENTS, range(641, 657))
    # Four events, none of them in the corpus before, each told by four outlets: the bomb in Parachinar's used-clothes
    # market (December 2015), the car bomb at the women's gate of Parachinar's imambargah (March 2017), the bomb on a
    # motorcycle near Chaman's Levies Lines (March 2020) and the bomb on Chaman's Taj Road that killed the JUI-F's
    # Maulana Mohammad Hanif (September 2019).
    assert [sum(s["event"] == e for s in specs) for e in EVENTS] == [4, 4, 4, 4]
    assert {s["border"] for s in specs} == {"AF-PK"}
    kinds = {(s["event"], incident["sub_event_type"]) for s in specs for incident in s["incidents"]}
    assert kinds == {
        ("parachinar-clothes-2015-12", "Remote explosive/landmine/IED"),
        ("parachinar-imambargah-2017-03", "Remote explosive/landmine/IED"),
        # Only The Nation's local sources say a suicide bomber drove the car.
        ("parachinar-imambargah-2017-03", "Suicide bomb"),
        ("chaman-motorcycle-2020-03", "Remote explosive/landmine/IED"),
        ("chaman-jui-2019-09", "Remote explosive/landmine/IED"),
    }
    assert sum(len(s["incidents"]) for s in specs) == 16


def test_a_report_that_dates_only_its_statement_is_the_week_up_to_it() -> None:
    """The reports that date only a statement, or give the blast no day, were coded as the week from the start."""
    weeks = {
        p.name.split("-")[0]: {
            (i["date_precision"], i.get("event_date"), i.get("event_date_end")) for i in s["incidents"]
        }
        for s, p in round_reports(44)
        if p.name.split("-")[0] in {"649", "651", "654"}
    }
    assert weeks == {
        "649": {("week", "2020-03-01", "2020-03-07")},
        "651": {("week", "2020-03-01", "2020-03-07")},
        "654": {("week", "2019-09-22", "2019-09-28")},
    }
    # The others tell the blast's weekday (or "yesterday", "earlier in the day") and are the day.
    days = [
        i["date_precision"] for s, p in round_reports(44) if p.name.split("-")[0] not in weeks for i in s["incidents"]
    ]
    assert days and set(days) == {"day"}


def test_more_than_n_is_coded_as_n() -> None:
    """The codebook's ruling, applied from the start: "more than 70" wounded is 70, the best figure and low bound."""
    injured = {
        p.name.split("-")[0]: {(i["injured"], i["injured_low"], i["injured_high"]) for i in s["incidents"]}
        for s, p in round_reports(44)
        if p.name.split("-")[0] in {"641", "642", "643", "645", "648"}
    }
    assert injured == {
        "641": {(70, 70, None)},
        "642": {(30, 30, None)},
        "643": {(30, 30, None)},
        "645": {(100, 100, None)},
        "648": {(100, 100, None)},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names each slug of the round, as it was committed before hashing."""
    assert_slugs_named_in_docs("The forty-fourth round: held back (round 44)", EVENTS)


def test_the_forty_fourth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(44, texts=16, incidents=16, test=8, dev=8)
