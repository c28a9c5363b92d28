"""The forty-sixth round's held-back batch of real reports (docs/extract-journal.md, *The forty-sixth round: held back
(round 46)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 45 did. It holds four reports of one event, the attack from across the Afghan
border on three Pakistani posts at Gora Pari, Mohmand, in March 2017. These tests check that the batch is there (its
split by the eighth round's rule, each page once and each border's day on one side are checked for the whole corpus
in ``tests/test_extract_corpus.py``), that its event carries the slug written down before it was hashed and is new to
the corpus, that its dates follow the house's rules as first coded, how its tolls ("more than ten", "at least")
and claims were coded, and that it is scored on its own with ``--round 46``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    round_reports,
)

#: The slug, committed before it was hashed (31c4fee), with its side.
EVENTS = {"mohmand-posts-2017-03": "dev"}


def test_the_forty_sixth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(46, EVENTS, range(670, 674))
    # The sides are the eighth round's rule (checked above); this one hashed to dev.
    assert {s["border"] for s in specs} == {"AF-PK"}
    assert sum(len(s["incidents"]) for s in specs) == 5


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """Dawn's 'early hours of Monday' is Monday; 'Sunday night', 'overnight' and 'last night' said Monday are Sunday;
    the Khyber death, given no day, is the week up to the report."""
    dates = {
        p.name.split("-")[0]: [
            (i["date_precision"], i.get("event_date"), i.get("event_date_end")) for i in s["incidents"]
        ]
        for s, p in round_reports(46)
    }
    assert dates == {
        "670": [("day", "2017-03-06", None)],
        "671": [("day", "2017-03-05", None), ("week", "2017-02-28", "2017-03-06")],
        "672": [("day", "2017-03-05", None)],
        "673": [("day", "2017-03-05", None)],
    }


def test_the_tolls_add_the_attackers_and_read_more_than_n_as_n() -> None:
    """Five soldiers plus the attackers: 'more than ten' and 'at least 10' are 10 (no high), 'at least 15' is 15."""
    tolls = {
        p.name.split("-")[0]: [(i["killed"], i["killed_low"], i["killed_high"], i["injured"]) for i in s["incidents"]]
        for s, p in round_reports(46)
    }
    assert tolls == {
        "670": [(20, 20, None, None)],
        "671": [(15, 15, None, None), (1, 1, 1, None)],
        # "10 of the attackers were believed to have been killed": an exact figure.
        "672": [(15, 15, 15, None)],
        "673": [(15, 15, None, None)],
    }


def test_a_told_claim_is_claimed_and_the_armys_word_alone_is_alleged() -> None:
    rows = {
        p.name.split("-")[0]: [
            (
                i["sub_event_type"],
                i["country"],
                i["target_type"],
                i["attribution"],
                i["perpetrator"],
                i["origin_country"],
            )
            for i in s["incidents"]
        ]
        for s, p in round_reports(46)
    }
    assert rows == {
        "670": [("Armed clash", "PK", "military", "claimed", "Jamaatul Ahrar", "AF")],
        "671": [
            ("Armed clash", "PK", "military", "alleged", "terrorists from across the border", "AF"),
            ("Armed clash", "PK", "military", "alleged", "terrorists firing from Afghan territory", "AF"),
        ],
        "672": [("Armed clash", "PK", "military", "claimed", "Jamaat-ul-Ahrar", "AF")],
        # UPI names "the Afghan Taliban" as the claimant; the coding keeps what the report says.
        "673": [("Armed clash", "PK", "military", "claimed", "the Afghan Taliban", "AF")],
    }


def test_the_slug_is_the_one_written_down_first() -> None:
    """docs/extract-journal.md names the round's slug, as it was committed before hashing."""
    assert_slugs_named_in_docs("The forty-sixth round: held back (round 46)", EVENTS)


def test_the_forty_sixth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(46, texts=4, incidents=5, test=0, dev=4)
