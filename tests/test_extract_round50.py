"""The fiftieth round's held-back batch of real reports (docs/extract-journal.md, *The fiftieth round: held back (round
50)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 49 did. It holds six reports of two events in Sistan and Baluchestan, away from
the Afghan-Pakistani border: the gunmen who fired on two vehicles of the Revolutionary Guards' Basij near Nikshahr
(September 2020), and the attacks of 1 October 2024 (four shot dead by a school in Bent, Nikshahr county, border
guards of the Jakigur regiment attacked near Rask, police ambushed in Khash). Both slugs hashed to dev, so the round
has no test part. These tests check that the batch is there (its split by the eighth round's rule, each page once and
each border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its events
carry the slugs written down before they were hashed and are new to the corpus, that its dates follow the house's
rules as first coded, how its tolls and attributions were coded (the attackers' dead add to the toll; a generic label
with no origin is `unattributed`; a group named only for earlier attacks is no attribution), and that it is scored on
its own with ``--round 50``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs, committed before they were hashed (2e68d9c, 56f57ec), with their sides.
EVENTS = {
    "nikshahr-irgc-2020-09": "dev",
    "bent-attacks-2024-10": "dev",
}


def test_the_fiftieth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(50, EVENTS, range(711, 717))
    assert {s["border"] for s in specs} == {"IR-PK"}
    assert sum(len(s["incidents"]) for s in specs) == 11
    assert [s["split"] for s in specs].count("dev") == 6


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'On Tuesday' in reports of that Tuesday is the day (711, 713, 714); SinarPost, which gives the attack only
    an hour (712), and Tehran Times's Khash ambush, told with no day of its own (714), are the week up to the report;
    Sad Online's 'Tuesday, 10 Mehr 1403' is 1 October 2024, and Einiat's 'today' that day (716)."""
    dates = coded_fields(50, "date_precision", "event_date", "event_date_end")
    day_2020 = ("day", "2020-09-29", None)
    day_2024 = ("day", "2024-10-01", None)
    assert dates == {
        "711": [day_2020],
        "712": [("week", "2020-09-26", "2020-10-02")],
        "713": [day_2020],
        "714": [day_2024, ("week", "2024-09-25", "2024-10-01")],
        "715": [day_2024, day_2024, day_2024],
        "716": [day_2024, day_2024, day_2024],
    }


def test_the_tolls_as_first_coded() -> None:
    """The two attackers killed add to the three Guards (711, 712: 5), not where a report tells only the Guards
    (713: 3, one wounded); SinarPost's 'several others wounded' is 3 (the codebook's vague word); Einiat's three dead
    and one wounded by the school stand beside the other reports' four; the shooting on the Jakigur-Rask road told
    only its two wounded, so killed stays null there (the conscript Sad Online names 'among the martyrs of this
    incident' is of the regiment whose two dead the report has just counted)."""
    tolls = coded_by_report(
        50,
        lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_low"], i["injured_high"]),
    )
    two_dead = (2, 2, 2, None, None, None)
    two_hurt = (None, None, None, 2, 2, 2)
    assert tolls == {
        "711": [(5, 5, 5, None, None, None)],
        "712": [(5, 5, 5, 3, 3, 3)],
        "713": [(3, 3, 3, 1, 1, 1)],
        "714": [(4, 4, 4, None, None, None), two_dead],
        "715": [(4, 4, 4, None, None, None), two_dead, two_hurt],
        "716": [(3, 3, 3, 1, 1, 1), two_dead, two_hurt],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Every incident is an armed group's shooting at armed Iranian forces, `Armed clash` as the corpus codes
    attacks on them; 'gunmen nobody has named', 'unknown gunmen' and 'terrorists' are generic labels with no origin,
    so `unattributed` with no actor; Jeish al-Adl, named only for earlier attacks in the province (711, 713, 714), is
    no attribution."""
    rows = coded_fields(50, "sub_event_type", "attribution", "perpetrator", "origin_country")
    clash = ("Armed clash", "unattributed", None, None)
    assert rows == {
        "711": [clash],
        "712": [clash],
        "713": [clash],
        "714": [clash, clash],
        "715": [clash, clash, clash],
        "716": [clash, clash, clash],
    }
    targets = coded_by_report(50, lambda i: i["target_type"])
    assert targets == {
        "711": ["military"],
        "712": ["military"],
        "713": ["military"],
        "714": ["military", "police"],
        "715": ["military", "border_guards", "border_guards"],
        "716": ["military", "border_guards", "unknown"],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fiftieth round: held back (round 50)", EVENTS)


def test_the_fiftieth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(50, texts=6, incidents=11, test=0, dev=6)
