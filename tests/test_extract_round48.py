"""The forty-eighth round's held-back batch of real reports (docs/extract-journal.md, *The forty-eighth round: held back
(round 48)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 47 did. It holds eleven reports of three events, all attacks from across the
Afghan border on Pakistani forces: the attack on an army patrol in Upper Dir and the soldiers beheaded (June 2012),
the attack on the police and Levies checkpost at Shaltalo, Upper Dir (June 2011), and the attack on the border posts
of Arandu and Drosht, Chitral (August 2011). These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed and are new
to the corpus, that its dates follow the house's rules as first coded, how its tolls ("more than N", "at least N", a
superseded figure, a group's claim beside the army's count, attackers' dead) and attributions were coded, and that it
is scored on its own with ``--round 48``. Only the coding is read here: the test split's reports are never run
through the reader in a test that prints what it drafts.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs, committed before they were hashed (57384e0, d6556d1), with their sides.
EVENTS = {
    "dir-patrol-2012-06": "dev",
    "shaltalo-checkpost-2011-06": "test",
    "chitral-posts-2011-08": "test",
}


def test_the_forty_eighth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(48, EVENTS, range(689, 700))
    assert {s["border"] for s in specs} == {"AF-PK"}
    assert sum(len(s["incidents"]) for s in specs) == 11
    assert [s["split"] for s in specs].count("dev") == 4


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """A fight that went on into the next day is `days`; 'Sunday afternoon' and 'the night before' a Monday
    statement are the Sunday; 'late on Wednesday night' is the Wednesday."""
    dates = coded_fields(48, "date_precision", "event_date", "event_date_end")
    assert dates == {
        "689": [("day", "2012-06-24", None)],
        "690": [("day", "2012-06-24", None)],
        "691": [("day", "2012-06-24", None)],
        "692": [("day", "2012-06-24", None)],
        "693": [("days", "2011-06-01", "2011-06-02")],
        "694": [("days", "2011-06-01", "2011-06-02")],
        "695": [("day", "2011-06-01", None)],
        "696": [("day", "2011-06-01", None)],
        "697": [("day", "2011-08-27", None)],
        "698": [("days", "2011-08-27", "2011-08-28")],
        "699": [("day", "2011-08-27", None)],
    }


def test_the_tolls_as_first_coded() -> None:
    """The attackers' dead are added to the soldiers'; 'more than 40' is 40 and 'at least N' has no high bound; a
    first toll the report says has risen is not a low bound; a group's claim (18, 70) is the high bound beside the
    army's count; a figure the other side calls false (14 militants) leaves the army's own dead as the low bound."""
    tolls = coded_by_report(
        48,
        lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_low"], i["injured_high"]),
    )
    assert tolls == {
        "689": [(13, 13, 18, None, None, None)],
        "690": [(13, 13, 13, None, None, None)],
        "691": [(13, 13, 13, None, None, None)],
        "692": [(27, 13, 27, None, None, None)],
        "693": [(70, 70, None, 3, 3, 3)],
        "694": [(75, 75, None, None, None, None)],
        "695": [(75, 75, None, None, None, None)],
        "696": [(1, 1, 7, None, None, None)],
        "697": [(26, 26, 26, 4, 4, 4)],
        "698": [(32, 32, 70, None, None, None)],
        "699": [(34, 34, None, None, None, None)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Attacks on posts and a patrol from across the border are armed clashes; a group's claim is `claimed`, the
    army's or officials' charge with an origin `alleged`, the generic label as the actor; a denial from the Afghan
    side leaves it `alleged`."""
    rows = coded_fields(48, "sub_event_type", "attribution", "perpetrator", "origin_country")
    assert rows == {
        "689": [("Armed clash", "claimed", "the Swat chapter of the Tehrik-i-Taliban Pakistan", "AF")],
        "690": [("Armed clash", "alleged", "fighters who crossed over from Kunar province in Afghanistan", "AF")],
        "691": [("Armed clash", "alleged", "more than 100 militants", "AF")],
        "692": [("Armed clash", "claimed", "the Pakistani Taliban", "AF")],
        "693": [("Armed clash", "alleged", "militants from Afghanistan", "AF")],
        "694": [("Armed clash", "alleged", "Taliban", "AF")],
        "695": [("Armed clash", "alleged", "around 400 militants", "AF")],
        "696": [("Armed clash", "alleged", "militants", "AF")],
        "697": [("Armed clash", "alleged", "militants", "AF")],
        "698": [("Armed clash", "claimed", "the TTP's Malakand chapter", "AF")],
        "699": [("Armed clash", "alleged", "hundreds of militants from Afghanistan", "AF")],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The forty-eighth round: held back (round 48)", EVENTS)


def test_the_forty_eighth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(48, texts=11, incidents=11, test=7, dev=4)
