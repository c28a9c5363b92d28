"""The fifty-sixth round's held-back batch of real reports (docs/extract-journal.md, *The fifty-sixth round: held back
(round 56)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 55 did. It holds seven reports of two events of kinds the corpus holds little
of: the suspected U.S. drone's missiles on a house in North Waziristan that killed 13 (April 2009, AF-PK), and the
gunbattle between Afghan police and an Iranian patrol that had entered Pul-e-Abreshum in Nimroz, a teacher killed and
two Iranian officers wounded (April 2008, AF-IR). A third slug, committed and hashed with them
(``datta-khel-drone-2012-09``), was left out: only one stored report of it could be dated. Both events hashed to dev,
so the batch has no test part. These tests check that the batch is there (its split by the eighth round's rule, each
page once and each border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``),
that its events carry the slugs written down before they were hashed and are new to the corpus, that its dates follow
the house's rules as first coded, how its tolls and attributions were coded (the U.S. named by a cited source
`alleged`, named by the outlet alone `suspected`; the Afghan account of an Iranian incursion `alleged` against the
Iranian border guards with origin `IR`), and that it is scored on its own with ``--round 56``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs of the batch's events, committed before any was hashed (33fed14), with their sides (fixed in f934a3a).
EVENTS = {
    "north-waziristan-drone-2009-04": "dev",
    "pul-e-abreshum-clash-2008-04": "dev",
}


def test_the_fifty_sixth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(56, EVENTS, range(764, 771))
    assert {s["event"]: s["border"] for s in specs} == {
        "north-waziristan-drone-2009-04": "AF-PK",
        "pul-e-abreshum-clash-2008-04": "AF-IR",
    }
    assert sum(len(s["incidents"]) for s in specs) == 8
    assert [s["split"] for s in specs].count("dev") == 7


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """The drone strike is Saturday 4 April 2009 where the report says 'Saturday' or '3:00am' on that day, and the
    night of 3 to 4 April where Sky TG24 says only 'last night'. The clash is Saturday 19 April 2008 where the report
    names the Saturday; Asriran dates only the ministry's statement ('today (Sunday)', 20 April), so the week ending
    that day. The New York Sun's Kunar rocket of 'yesterday' is Sunday 20 April."""
    dates = coded_fields(56, "date_precision", "event_date", "event_date_end")
    strike, clash = ("day", "2009-04-04", None), ("day", "2008-04-19", None)
    assert dates == {
        **{rid: [strike] for rid in ("764", "765", "766")},
        "767": [("days", "2009-04-03", "2009-04-04")],
        "768": [clash, ("day", "2008-04-20", None)],
        "769": [clash],
        "770": [("week", "2008-04-14", "2008-04-20")],
    }


def test_the_tolls_as_first_coded() -> None:
    """Each report as it tells it: 13 killed by the drone, 'at least 13' with six hurt in Rediff, no injured count
    elsewhere (AP's 'dead and injured' gives none); one teacher killed and two Iranian officers wounded at
    Pul-e-Abreshum; the boy killed and five children wounded by the Kunar rocket."""
    tolls = coded_by_report(
        56, lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_high"])
    )
    clash = (1, 1, 1, 2, 2)
    assert tolls == {
        **{rid: [(13, 13, 13, None, None)] for rid in ("764", "765", "767")},
        "766": [(13, 13, None, 6, 6)],
        "768": [clash, (1, 1, 1, 5, 5)],
        **{rid: [clash] for rid in ("769", "770")},
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """The drone strike an air or drone strike (`drone`, `missile`) with no target coded (a house of guests and
    militants), `alleged` against the United States where a source is cited for it, and where the outlet alone names it
    in its own voice (767, the outlet as the accuser: rulings of 2026-12-07, fourth); Pul-e-Abreshum an armed clash
    between two states' forces (no target) on Afghan soil, `alleged` against the Iranian forces by the Afghan Interior
    Ministry with origin `IR`, each in its report's words (ruling of 2026-12-07); the Kunar rocket a shelling incident
    on civilians blamed on 'the enemies of Afghanistan' only, so `unattributed`. The two Pul-e-Abreshum reports tell
    only "clashes" and "the fighting", no fire, shot or gun: `unknown` weapons (the rulings of 2026-12-07, ninth)."""
    rows = coded_by_report(
        56, lambda i: (i["sub_event_type"], i["weapons"], i["attribution"], i["perpetrator"], i["target_type"])
    )
    drone = ("Air/drone strike", ["drone", "missile"], "alleged", "United States", None)
    clash = ("Armed clash", ["firearms"], "alleged", "Iranian border guards", None)
    rocket = ("Shelling/artillery/missile attack", ["rocket"], "unattributed", None, "civilians")
    assert rows == {
        "764": [(*drone[:3], "U.S.", None)],
        "765": [(*drone[:3], "US", None)],
        "766": [drone],
        "767": [("Air/drone strike", ["drone", "missile"], "alleged", "US", None)],
        "768": [(*clash[:3], "Iranian forces", None), rocket],
        "769": [("Armed clash", ["unknown"], *clash[2:])],
        "770": [("Armed clash", ["unknown"], "alleged", "Iranian border forces", None)],
    }
    origins = coded_fields(56, "country", "origin_country")
    assert origins == {
        **{rid: [("PK", None)] for rid in ("764", "765", "766", "767")},
        "768": [("AF", "IR"), ("AF", None)],
        **{rid: [("AF", "IR")] for rid in ("769", "770")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fifty-sixth round: held back (round 56)", EVENTS)


def test_the_fifty_sixth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(56, texts=7, incidents=8, test=0, dev=7)
