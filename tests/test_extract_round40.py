"""The fortieth round's held-back batch of real reports (docs/extract-journal.md, *The fortieth round: held back (round
40)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 39 did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before any was hashed, that every
event it tells is new to the corpus, and that it is scored on its own with ``--round 40``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_new_to_the_corpus,
    assert_scored_on_its_own,
    assert_sides_by_slug,
    assert_slugs_named_in_docs,
    round_reports,
)

#: The slugs committed before any was hashed (c95870d for the first two, 1aeacae for the third), with their sides.
EVENTS = {
    "ormara-convoy-2020-10": "test",
    "kech-checkpost-2022-01": "test",
    "panjgur-noshki-camps-2022-02": "dev",
}


def test_the_fortieth_rounds_reports_are_there() -> None:
    specs = [s for s, _ in round_reports(40)]
    assert len(specs) == 12
    # Three events, none of them in the corpus before, each told by four outlets, in Pakistani Balochistan: the
    # attack on an OGDCL convoy near Ormara (October 2020), the night raid on a checkpost in Kech (January 2022) and
    # the attacks on the camps in Panjgur and Noshki (February 2022).
    assert {s["event"]: s["split"] for s in specs} == EVENTS
    # The sides are the eighth round's rule: test when the MD5 of the slug starts with 0-5.
    assert_sides_by_slug(specs)
    assert [sum(s["event"] == e for s in specs) for e in EVENTS] == [4, 4, 4]
    assert {s["border"] for s in specs} == {"IR-PK"}
    kinds = {(s["event"], incident["sub_event_type"]) for s in specs for incident in s["incidents"]}
    assert kinds == {
        ("ormara-convoy-2020-10", "Armed clash"),
        # The Razmak IED of the same day, told by two of the Ormara reports.
        ("ormara-convoy-2020-10", "Remote explosive/landmine/IED"),
        ("kech-checkpost-2022-01", "Armed clash"),
        ("panjgur-noshki-camps-2022-02", "Armed clash"),
    }
    # Panjgur and Noshki are a record each where a report gives each its own toll, one where the lead's covers both.
    panjgur = sorted(len(s["incidents"]) for s in specs if s["event"] == "panjgur-noshki-camps-2022-02")
    assert panjgur == [1, 2, 2, 2]
    assert_new_to_the_corpus(specs, 40)
    assert len({s["url"] for s in specs}) == 12


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names each slug of the round, as it was committed before hashing."""
    assert_slugs_named_in_docs("The fortieth round: held back (round 40)", EVENTS)


def test_the_fortieth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(40, texts=12, incidents=17, test=8, dev=4)
