"""The sixtieth round's held-back batch of real reports (docs/extract-journal.md, *The sixtieth round: held back
(round 60)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 59 did. It holds seven reports of three events on borders the corpus holds
little of: the clash of Kyrgyz and Uzbek border patrols near Chek, in the zone of the Mombekovo frontier post, where a
Kyrgyz guard was shot and carried across (January 2010, dev, reports in Russian), the Uzbek border guard beaten and
held by Kyrgyz villagers at Jany-Jer, Kadamjay, near Toshtepa, Fergana, as the Uzbek side tells it (September 2015,
dev, reports in Russian), and the Taliban attack on border police post No. 5 at Murichaq, Bala Murghab, near the
Turkmen border (April 2015, test, reports in Dari). These tests check that the batch is there (its split by the
eighth round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed and are new
to the corpus, that its dates follow the house's rules as first coded (no day for the event: the week ending on the
day of the report), how its tolls and attributions were coded (each side blaming the other is `disputed`; a side
named by the other's statement `alleged`; only the injured told leaves the killed empty), and that it is scored on
its own with ``--round 60``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (3c58f52), with their sides (fixed in 6058517).
EVENTS = {
    "kg-uz-chek-2010-01": "dev",
    "kg-uz-jany-jer-2015-09": "dev",
    "badghis-murichaq-2015-04": "test",
}


def test_the_sixtieth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(60, EVENTS, range(804, 811))
    assert sorted({s["border"] for s in specs}) == ["AF-TM", "KG-UZ"]
    assert sum(len(s["incidents"]) for s in specs) == 7
    assert [s["split"] for s in specs].count("dev") == 5
    assert [s["split"] for s in specs].count("test") == 2


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'Sunday' and 'the day before' in a report of Monday 18 January 2010 and Kommersant's '13.20 on 17 January' are
    17 January 2010; ITAR-TASS's report under the dateline of 18 January gives the incident no day (the week ending on
    18 January). 'Monday, 28 September' and 'the incident of 28 September' are 28 September 2015. At Murichaq,
    'yesterday (Tuesday)' in the report of 22 April 2015 is 21 April, 'yesterday (Wednesday)' in that of 23 April
    the 22nd."""
    dates = coded_fields(60, "date_precision", "event_date", "event_date_end")
    sunday, monday = ("day", "2010-01-17", None), ("day", "2015-09-28", None)
    assert dates == {
        **{rid: [sunday] for rid in ("804", "805")},
        "806": [("week", "2010-01-12", "2010-01-18")],
        **{rid: [monday] for rid in ("807", "808")},
        "809": [("day", "2015-04-21", None)],
        "810": [("day", "2015-04-22", None)],
    }


def test_the_tolls_as_first_coded() -> None:
    """One Kyrgyz guard wounded at Chek and no dead told (killed left empty); at Jany-Jer the Uzbek guard wounded
    (the Uzbek account) and three lightly hurt (the Kyrgyz account: two villagers and the guard); at Murichaq both
    sides' dead and wounded added up: four Taliban and two border police killed, three and three wounded, then seven
    border officers and four Taliban commanders killed and eight Taliban wounded."""
    tolls = coded_by_report(
        60, lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_high"])
    )
    one_hurt = (None, None, None, 1, 1)
    assert tolls == {
        **{rid: [one_hurt] for rid in ("804", "805", "806", "807")},
        "808": [(None, None, None, 3, 3)],
        "809": [(6, 6, 6, 6, 6)],
        "810": [(11, 11, 11, 8, 8)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Chek an armed clash between two states' patrols: `unattributed` where the stored copy breaks off before the
    shooting (804), `disputed` where each side blames the other (805), `alleged` against the Uzbek border guards by
    the Kyrgyz border service, origin `UZ` (their presence on Kyrgyz soil, 806). Jany-Jer mob violence: `alleged`
    against the six people from the Kyrgyz side who beat and dragged off the guard (807), `unattributed` in the
    Kyrgyz account's scuffle (808). Murichaq an armed clash, `alleged` against the Taliban by the governor's
    spokesman."""
    rows = coded_by_report(
        60, lambda i: (i["sub_event_type"], i["weapons"], i["attribution"], i["perpetrator"], i["origin_country"])
    )
    clash, mob = ("Armed clash", ["firearms"]), ("Mob violence", ["melee"])
    taliban = ("Armed clash", ["unknown"], "alleged", "Taliban", None)
    assert rows == {
        "804": [(*clash, "unattributed", None, None)],
        "805": [(*clash, "disputed", None, None)],
        "806": [(*clash, "alleged", "Uzbek border guards", "UZ")],
        "807": [(*mob, "alleged", "six people from the Kyrgyz side", "KG")],
        "808": [(*mob, "unattributed", None, None)],
        **{rid: [taliban] for rid in ("809", "810")},
    }
    places = coded_fields(60, "country", "place", "target_type", "victim_nationality")
    assert places == {
        "804": [("KG", "Chek", "border_guards", None)],
        "805": [("KG", "Chek", None, None)],
        "806": [("KG", "Chek", "border_guards", None)],
        "807": [("UZ", "the settlement of Toshtepa in the Fergana district of Fergana region", "border_guards", None)],
        "808": [("KG", "Jany-Jer", None, None)],
        **{rid: [("AF", "Murichaq", "border_guards", None)] for rid in ("809", "810")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixtieth round: held back (round 60)", EVENTS)


def test_the_sixtieth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(60, texts=7, incidents=7, test=2, dev=5)
