"""The forty-ninth round's held-back batch of real reports (docs/extract-journal.md, *The forty-ninth round: held back
(round 49)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 48 did. It holds eleven reports of three events away from the Afghan-Pakistani
border: the bomb under the vehicle of the Revolutionary Guards' engineers near Saravan (December 2013), the rockets
the Islamic State said it fired from Takhar into Tajikistan (May 2022), and the ambush of a Revolutionary Guards
vehicle near Saravan (December 2014). These tests check that the batch is there (its split by the eighth round's
rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed and are new
to the corpus, that its dates follow the house's rules as first coded, how its tolls and attributions were coded (a
claim the state concerned denies codes nothing; a generic label with no origin is `unattributed`), and that it is
scored on its own with ``--round 49``. Only the coding is read here: the test split's reports are never run through
the reader in a test that prints what it drafts.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs, committed before they were hashed (27f491c, b24d0bc), with their sides.
EVENTS = {
    "saravan-engineers-2013-12": "test",
    "takhar-rockets-2022-05": "test",
    "saravan-ambush-2014-12": "dev",
}


def test_the_forty_ninth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(49, EVENTS, range(700, 711))
    assert {s["border"] for s in specs} == {"IR-PK", "AF-TJ"}
    assert sum(len(s["incidents"]) for s in specs) == 10
    assert [s["split"] for s in specs].count("dev") == 4


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'On Wednesday' and 'this morning' in a Wednesday report are that day; 'late on Sunday' and 'Sunday evening'
    in Monday's statements are the Sunday; a report that gives the attack no day (705) or dates only the Guards'
    statement (710) is the week up to that date."""
    dates = coded_fields(49, "date_precision", "event_date", "event_date_end")
    assert dates == {
        "700": [("day", "2013-12-18", None)],
        "701": [("day", "2013-12-18", None)],
        "702": [("day", "2013-12-18", None)],
        "703": [],
        "704": [("day", "2022-05-07", None)],
        "705": [("week", "2022-05-02", "2022-05-08")],
        "706": [("day", "2022-05-07", None)],
        "707": [("day", "2014-12-28", None)],
        "708": [("day", "2014-12-28", None)],
        "709": [("day", "2014-12-28", None)],
        "710": [("week", "2014-12-23", "2014-12-29")],
    }


def test_the_tolls_as_first_coded() -> None:
    """Three dead in every report of the two Saravan events, none wounded told (injured null, not 0); the rockets
    killed nobody the reports name, so killed stays null, and the attackers wounded by the guards' fire (705) are
    the injured."""
    tolls = coded_by_report(
        49,
        lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_low"], i["injured_high"]),
    )
    three = [(3, 3, 3, None, None, None)]
    none = [(None, None, None, None, None, None)]
    assert tolls == {
        "700": three,
        "701": three,
        "702": three,
        "703": [],
        "704": none,
        "705": [(None, None, None, 3, 3, 3)],
        "706": none,
        "707": three,
        "708": three,
        "709": three,
        "710": three,
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """A bomb under a vehicle is a remote explosive; Jaish al-Adl's statement (701) and the Islamic State's
    (704-706) are `claimed`; 'bandits and drug traffickers', 'terrorist elements' who fled into Pakistan and 'the
    opposition' are generic labels with no origin, so `unattributed` with no actor; a claim the state concerned
    denies ('bullets, not rockets', 703) codes nothing, as 105 did for Termez."""
    rows = coded_fields(49, "sub_event_type", "attribution", "perpetrator", "origin_country")
    ied = [("Remote explosive/landmine/IED", "unattributed", None, None)]
    ambush = [("Armed clash", "unattributed", None, None)]
    rockets = "Shelling/artillery/missile attack"
    assert rows == {
        "700": ied,
        "701": [("Remote explosive/landmine/IED", "claimed", "Jaish al-Adl", None)],
        "702": ied,
        "703": [],
        "704": [(rockets, "claimed", "the Islamic State Khurasan Province (ISKP)", "AF")],
        "705": [(rockets, "claimed", "Islamic State militants", "AF")],
        "706": [(rockets, "claimed", "ISIS", "AF")],
        "707": ambush,
        "708": ambush,
        "709": ambush,
        "710": ambush,
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The forty-ninth round: held back (round 49)", EVENTS)


def test_the_forty_ninth_round_is_scored_on_its_own() -> None:
    # 10 incidents as first coded; the blind adjudication (docs/extract-journal.md, *Two coders*) kept one more a second
    # coder had drafted.
    assert_scored_on_its_own(49, texts=11, incidents=11, test=7, dev=4)
