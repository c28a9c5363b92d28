"""The fifty-third round's held-back batch of real reports (docs/extract-journal.md, *The fifty-third round: held back
(round 53)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 52 did. It holds nine reports of three events of the kinds the corpus holds
least of, all on the Afghan-Pakistani border: the roadside bomb that killed three paramilitary soldiers in South
Waziristan (February 2017), the bomb hidden in a pushcart at the Torkham crossing (June 2015), and the two roadside
bombs in the Mamund tehsil of Bajaur (October 2021). The first two slugs hashed to dev, the third to test. These tests
check that the batch is there (its split by the eighth round's rule, each page once and each border's day on one side
are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its events carry the slugs written down
before they were hashed and are new to the corpus, that its dates follow the house's rules as first coded, how its
tolls and attributions were coded (each report's toll as it tells it; the TTP's own claim `claimed`, with its higher
figure as the high bound; bombs blamed on nobody `unattributed`), and that it is scored on its own with
``--round 53``.
"""

from __future__ import annotations

from _extract_helpers import assert_round_holds, assert_scored_on_its_own, assert_slugs_named_in_docs, coded_fields

#: The slugs, committed before any was hashed (the first two in 359215d, the third in 6900961), with their sides.
EVENTS = {
    "south-waziristan-ied-2017-02": "dev",
    "torkham-ied-2015-06": "dev",
    "bajaur-mamund-ied-2021-10": "test",
}


def test_the_fifty_third_rounds_reports_are_there() -> None:
    specs = assert_round_holds(53, EVENTS, range(738, 747))
    assert {s["border"] for s in specs} == {"AF-PK"}
    assert sum(len(s["incidents"]) for s in specs) == 11
    assert [s["split"] for s in specs].count("dev") == 6
    assert [s["split"] for s in specs].count("test") == 3


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """AP's 'late Sunday night' in the Monday report is Sunday 12 February 2017, Pukhtunkhwa Times's 'on Monday' the
    13th (each report as it tells it); 'Friday' in reports of that Friday is 12 June 2015 at Torkham, and
    'Wednesday' in the Thursday reports 20 October 2021 in Bajaur, for both of its blasts."""
    dates = coded_fields(53, "date_precision", "event_date")
    sw, torkham, bajaur = ("day", "2017-02-12"), ("day", "2015-06-12"), ("day", "2021-10-20")
    assert dates == {
        "738": [sw],
        "739": [sw],
        "740": [("day", "2017-02-13")],
        **{rid: [torkham] for rid in ("744", "745", "746")},
        "741": [bajaur, bajaur],
        "742": [bajaur],
        "743": [bajaur, bajaur],
    }


def test_the_tolls_as_first_coded() -> None:
    """Each report as it tells it: AP's three dead with the TTP's claimed five as the high bound, and no injured
    (the wounded are the dead); at Torkham AFP's first 'at least one' and six wounded, its later 'at least two' and
    five, with no high bound; in Bajaur the contractor's two wounded with no killed, the search team's four dead."""
    tolls = coded_fields(53, "killed", "killed_low", "killed_high", "injured")
    first, second = (None, None, None, 2), (4, 4, 4, None)
    assert tolls == {
        "738": [(3, 3, 5, None)],
        "739": [(3, 3, 5, None)],
        "740": [(3, 3, 3, None)],
        "744": [(1, 1, None, 6)],
        "745": [(2, 2, None, 5)],
        "746": [(2, 2, None, 5)],
        "741": [first, second],
        "742": [second],
        "743": [first, second],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Every incident a roadside or hidden bomb (`ied`); the TTP spokesman's claim `claimed` (738, 739); Pukhtunkhwa
    Times, which tells no claim, and every other bomb, blamed on nobody, `unattributed`. Targets: the soldiers
    `military`, the crossing's travellers `civilians` (Afghans where AFP's later story says so), the contractor's
    vehicle `business`."""
    rows = coded_fields(53, "sub_event_type", "weapons", "attribution", "perpetrator")
    none = ("Remote explosive/landmine/IED", ["ied"], "unattributed", None)
    claimed = ("Remote explosive/landmine/IED", ["ied"], "claimed", "Tehrik-e-Taliban Pakistan")
    assert rows == {
        "738": [claimed],
        "739": [claimed],
        **{rid: [none] for rid in ("740", "742", "744", "745", "746")},
        **{rid: [none, none] for rid in ("741", "743")},
    }
    targets = coded_fields(53, "target_type", "victim_nationality")
    soldiers, contractor = ("military", None), ("business", None)
    assert targets == {
        **{rid: [soldiers] for rid in ("738", "739", "740", "742")},
        "744": [("civilians", None)],
        **{rid: [("civilians", "AF")] for rid in ("745", "746")},
        **{rid: [contractor, soldiers] for rid in ("741", "743")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fifty-third round: held back (round 53)", EVENTS)


def test_the_fifty_third_round_is_scored_on_its_own() -> None:
    """15 incidents scored: 11 as first coded, and the six more a second coder had drafted that the blind
    adjudication kept (docs/extract-journal.md, *Two coders*: other attacks of the same day told with their own
    tolls, the Karachi media van, the Chapri Waziran check post, the earlier blast on a contractor's vehicle), less
    the two the coding review codenotes32 dropped: 741's and 743's second copy of the contractor's-vehicle blast,
    which each report's first coding already held (one event, one record: the rulings of 2026-12-07 (sixth), d)."""
    assert_scored_on_its_own(53, texts=9, incidents=15, test=3, dev=6)
