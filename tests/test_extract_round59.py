"""The fifty-ninth round's held-back batch of real reports (docs/extract-journal.md, *The fifty-ninth round: held back
(round 59)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 58 did. It holds ten reports of three events on borders and kinds the corpus
holds less of than the Afghan-Pakistani line: the five armed Afghan smugglers who crossed into the zone of the
Bahorak frontier post, Shamsiddin Shohin, Tajikistan, three of them killed by the Tajik border guards (January 2026,
dev, reports in Russian and Dari and Persian), the ten-minute shootout between Kyrgyz and Tajik border guards in the
Teskei area of Batken (March 2022, test) and the mortar shells fired from Iran into the Chedgi Gar and Parom area of
Panjgur (October 2017, test, reports in Urdu). These tests check that the batch is there (its split by the eighth
round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed and are new
to the corpus, that its dates follow the house's rules as first coded (no day for the event: the week ending on the
day of the report), how its tolls and attributions were coded (a foiled crossing makes the crossers the perpetrator,
`alleged`; a gunfight with no crossing and no word of who fired first `unattributed`; "no casualties" is 0), and that
it is scored on its own with ``--round 59``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (c8a2c82), with their sides (fixed in 67d1f74).
EVENTS = {
    "bahorak-smugglers-2026-01": "dev",
    "teskei-shootout-2022-03": "test",
    "panjgur-mortars-2017-10": "test",
}


def test_the_fifty_ninth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(59, EVENTS, range(794, 804))
    assert sorted({s["border"] for s in specs}) == ["AF-TJ", "IR-PK", "KG-TJ"]
    assert sum(len(s["incidents"]) for s in specs) == 10
    assert [s["split"] for s in specs].count("dev") == 5
    assert [s["split"] for s in specs].count("test") == 5


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'19.30 on January 29' (24.kg), 'Thursday, 9 Dalw' (Radio Azadi) and 'Thursday of last week' in a report of
    Saturday 31 January (Afghan Irca) are 29 January 2026; Gazeta.ru gives no day (the week ending on its day,
    30 January), and IRIB dates only the Afghan media's report 'today' (the week ending on 31 January). The Teskei
    reports give an hour but no day (the week ending on 10 March 2022, the day of the reports and of Kazakhstan
    Today's dateline). 'Wednesday' in the Panjgur reports is 4 October 2017."""
    dates = coded_fields(59, "date_precision", "event_date", "event_date_end")
    thursday, wednesday = ("day", "2026-01-29", None), ("day", "2017-10-04", None)
    teskei = ("week", "2022-03-04", "2022-03-10")
    assert dates == {
        **{rid: [thursday] for rid in ("794", "796", "798")},
        "795": [("week", "2026-01-24", "2026-01-30")],
        "797": [("week", "2026-01-25", "2026-01-31")],
        **{rid: [teskei] for rid in ("799", "800", "801")},
        **{rid: [wednesday] for rid in ("802", "803")},
    }


def test_the_tolls_as_first_coded() -> None:
    """Three smugglers killed at Bahorak in every report, no one wounded told; at Teskei no figure on either side
    (the Kyrgyz side's 'no one wounded or hurt' says nothing of the dead, and the Tajik side's wounded have no
    number); at Panjgur 'no casualties' is none killed and none wounded."""
    tolls = coded_by_report(
        59, lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_high"])
    )
    three, none_told, nobody = (3, 3, 3, None, None), (None, None, None, None, None), (0, 0, 0, 0, 0)
    assert tolls == {
        **{rid: [three] for rid in ("794", "795", "796", "797", "798")},
        **{rid: [none_told] for rid in ("799", "800", "801")},
        **{rid: [nobody] for rid in ("802", "803")},
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Bahorak an armed clash, `alleged` against the smugglers where the Tajik statement tells their crossing (origin
    `AF`), and in IRIB's account too, which tells no crossing and puts the deaths in Chah Ab district, Afghanistan,
    but tells the smugglers' armed resistance (no origin; the rulings of 2026-12-07, ninth, crossers who fought);
    `unknown` weapons where a report names no arm ("armed resistance", "in a clash": 795, 797, 798); Teskei an armed
    clash with no target, `alleged` against the Tajik border guards by the Kyrgyz Border Service (their advance to a
    new line); Panjgur shelling from Iran, `alleged` with origin `IR`, the deputy commissioner naming no actor, The
    Balochistan Post naming Iranian forces."""
    rows = coded_by_report(
        59, lambda i: (i["sub_event_type"], i["weapons"], i["attribution"], i["perpetrator"], i["origin_country"])
    )
    clash = ("Armed clash", ["firearms"], "alleged")
    shelling = "Shelling/artillery/missile attack"
    assert rows == {
        **{rid: [(*clash, "Afghan smugglers", "AF")] for rid in ("794", "796")},
        "795": [("Armed clash", ["unknown"], "alleged", "Afghan drug smugglers", "AF")],
        "797": [("Armed clash", ["unknown"], "alleged", "Afghan drug smugglers", None)],
        "798": [("Armed clash", ["unknown"], "alleged", "drug smugglers", "AF")],
        **{rid: [(*clash, "Tajik border guards", "TJ")] for rid in ("799", "800", "801")},
        "802": [(shelling, ["mortar"], "alleged", None, "IR")],
        "803": [(shelling, ["mortar", "rocket"], "alleged", "Iranian forces", "IR")],
    }
    places = coded_fields(59, "country", "target_type", "victim_nationality")
    assert places == {
        **{rid: [("TJ", None, "AF")] for rid in ("794", "795", "796", "798")},
        "797": [("AF", None, None)],
        **{rid: [("KG", None, None)] for rid in ("799", "800", "801")},
        **{rid: [("PK", None, None)] for rid in ("802", "803")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fifty-ninth round: held back (round 59)", EVENTS)


def test_the_fifty_ninth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(59, texts=10, incidents=10, test=5, dev=5)
