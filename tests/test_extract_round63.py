"""The sixty-third round's held-back batch of real reports (docs/extract-journal.md, *The sixty-third round: held back
(round 63)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 62 did. It holds eight reports of two events on the Pakistani-Iranian line,
each split by the MD5 of its slug: on test, the ambush of some thirty gunmen on a Frontier Corps convoy in Kech
district (December 2018, four reports, over which Pakistan summoned Iran's ambassador); on dev, the attack on a
checkpoint at Singwan, Kech (June 2023, four reports, three in Urdu). These tests check that the batch is there (its
split by the eighth round's rule, each page once and each border's day on one side are checked for the whole corpus
in ``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed and are
new to the corpus, that its dates follow the house's rules as first coded (a weekday or "last night" is the day it
names; no day told: the week ending on the day of the report), how its tolls and attributions were coded (the
attackers killed count; the Foreign Office's call on Iran to act "on its side of the border" is `alleged` with
origin `IR`; nobody named is `unattributed`), and that it is scored on its own with ``--round 63``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (d7b94e24), with their sides (fdb53ebe).
EVENTS = {
    "kech-convoy-2018-12": "test",
    "singwan-checkpost-2023-06": "dev",
}


def test_the_sixty_third_rounds_reports_are_there() -> None:
    specs = assert_round_holds(63, EVENTS, range(830, 838))
    assert {s["border"] for s in specs} == {"IR-PK"}
    assert sum(len(s["incidents"]) for s in specs) == 8
    assert [s["split"] for s in specs].count("dev") == 4
    assert [s["split"] for s in specs].count("test") == 4
    assert all(s["published"] for s in specs)


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'Friday' and 'last night' in the reports of Saturday and Sunday are Friday 14 December 2018; Dawn's
    'Thursday' is 1 June 2023; the Urdu reports that name no day are the week ending on their day of publication."""
    dates = coded_fields(63, "date_precision", "event_date", "event_date_end")
    kech = ("day", "2018-12-14", None)
    app = ("week", "2023-05-26", "2023-06-01")
    assert dates == {
        **{rid: [kech] for rid in ("830", "831", "832", "833")},
        "834": [("day", "2023-06-01", None)],
        "835": [app],
        "836": [app],
        "837": [("week", "2023-05-27", "2023-06-02")],
    }


def test_the_tolls_as_first_coded() -> None:
    """The Tribune and The News count the four attackers killed beside the six soldiers (10); AP and PTI tell only
    the six; fourteen wounded in all four. Two soldiers at Singwan, no wounded told."""
    tolls = coded_fields(63, "killed", "killed_low", "killed_high", "injured")
    assert tolls == {
        "830": [(10, 10, 10, 14)],
        "831": [(10, 10, 10, 14)],
        "832": [(6, 6, 6, 14)],
        "833": [(6, 6, 6, 14)],
        **{rid: [(2, 2, 2, None)] for rid in ("834", "835", "836", "837")},
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Every incident an `Armed clash` on soldiers (`military`); firearms where an exchange of fire is told, else
    unknown; the Foreign Office's demand that Iran act against the group on its side of the border `alleged`
    with origin `IR` (830, 831); AP's 'neither country has identified those responsible', PTI and every Singwan
    report `unattributed`."""
    rows = coded_by_report(
        63, lambda i: (i["sub_event_type"], i["weapons"], i["target_type"], i["attribution"], i["origin_country"])
    )
    alleged = ("Armed clash", ["firearms"], "military", "alleged", "IR")
    ambush = ("Armed clash", ["unknown"], "military", "unattributed", None)
    post = ("Armed clash", ["firearms"], "military", "unattributed", None)
    assert rows == {
        "830": [alleged],
        "831": [alleged],
        "832": [ambush],
        "833": [ambush],
        **{rid: [post] for rid in ("834", "835", "836", "837")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixty-third round: held back (round 63)", EVENTS)


def test_the_sixty_third_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(63, texts=8, incidents=8, test=4, dev=4)
