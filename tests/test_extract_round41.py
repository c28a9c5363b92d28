"""The forty-first round's held-back batch of real reports (docs/extract-journal.md, *The forty-first round: held back
(round 41)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 40 did. These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before any was hashed, that every
event it tells is new to the corpus, and that it is scored on its own with ``--round 41``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_new_to_the_corpus,
    assert_scored_on_its_own,
    assert_sides_by_slug,
    assert_slugs_named_in_docs,
    round_reports,
)

#: The slugs committed before any was hashed (e00efd1), with their sides.
EVENTS = {
    "zhob-garrison-2023-07": "dev",
    "bajaur-khar-suicide-2023-07": "dev",
    "parachinar-blasts-2017-06": "dev",
    "chabahar-suicide-2018-12": "dev",
}


def test_the_forty_first_rounds_reports_are_there() -> None:
    specs = [s for s, _ in round_reports(41)]
    assert len(specs) == 16
    assert sorted(int(p.name.split("-")[0]) for _, p in round_reports(41)) == list(range(593, 609))
    # Four events, none of them in the corpus before, each told by four outlets: the attack on the Zhob garrison
    # (July 2023), the suicide bombing of the JUI-F convention at Khar, Bajaur (July 2023), the two blasts in
    # Parachinar's Turi market (June 2017) and the suicide car bombing at Chabahar's police headquarters (December
    # 2018).
    assert {s["event"]: s["split"] for s in specs} == EVENTS
    # The sides are the eighth round's rule: test when the MD5 of the slug starts with 0-5; all four fell on dev.
    assert_sides_by_slug(specs)
    assert [sum(s["event"] == e for s in specs) for e in EVENTS] == [4, 4, 4, 4]
    assert {s["event"]: s["border"] for s in specs} == {
        "zhob-garrison-2023-07": "AF-PK",
        "bajaur-khar-suicide-2023-07": "AF-PK",
        "parachinar-blasts-2017-06": "AF-PK",
        "chabahar-suicide-2018-12": "IR-PK",
    }
    kinds = {(s["event"], incident["sub_event_type"]) for s in specs for incident in s["incidents"]}
    assert kinds == {
        ("zhob-garrison-2023-07", "Armed clash"),
        ("bajaur-khar-suicide-2023-07", "Suicide bomb"),
        # Blasts whose nature the report does not give are a remote explosive; the Tribune's planted device and
        # suicide bomber a suicide bombing, with the Quetta car bombing of the same day beside it.
        ("parachinar-blasts-2017-06", "Remote explosive/landmine/IED"),
        ("parachinar-blasts-2017-06", "Suicide bomb"),
        ("chabahar-suicide-2018-12", "Suicide bomb"),
    }
    places = sorted(incident["place"] for s in specs for incident in s["incidents"])
    assert places.count("Quetta") == 1 and len(places) == 17
    assert_new_to_the_corpus(specs, 41)
    assert len({s["url"] for s in specs}) == 16


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names each slug of the round, as it was committed before hashing."""
    assert_slugs_named_in_docs("The forty-first round: held back (round 41)", EVENTS)


def test_the_forty_first_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(41, texts=16, incidents=17, test=0, dev=16)
