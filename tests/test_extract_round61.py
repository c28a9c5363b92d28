"""The sixty-first round's held-back batch of real reports (docs/extract-journal.md, *The sixty-first round: held back
(round 61)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 60 did. It holds eight reports of three events, all put on dev by the MD5 of
their slugs: the young Afghans from Farah shot dead by Iranian border guards while crossing into Iran (December
2025, four reports: two agencies in English, Radio Azadi in Dari, Radio Farda in Persian), the Kyrgyz man shot dead
by Uzbek border guards near Uzak, on the Ala-Buka and Yangikurgan stretch of the Kyrgyz-Uzbek border (November 2014,
two reports in Russian, one from each side's account), and the four Afghans shot dead on the Nimroz border by Iranian
border guards (July 2023, two agencies in English). These tests check that the batch is there (its split by the
eighth round's rule, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed and are new
to the corpus, that its dates follow the house's rules as first coded (each report's own day for the shooting; no
day told: the week ending on the day of the report), how its tolls and attributions were coded ("at least N" is N
with no high bound; the shooter's own statement is `confirmed`, the other side's or an official's account `alleged`;
a copy that breaks off before the toll codes none), and that it is scored on its own with ``--round 61``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (2e1de6d), with their sides (fixed in 35ba22e).
EVENTS = {
    "farah-migrants-2025-12": "dev",
    "kg-uz-uzak-2014-11": "dev",
    "nimroz-migrants-2023-07": "dev",
}


def test_the_sixty_first_rounds_reports_are_there() -> None:
    specs = assert_round_holds(61, EVENTS, range(811, 819))
    assert sorted({s["border"] for s in specs}) == ["AF-IR", "KG-UZ"]
    assert sum(len(s["incidents"]) for s in specs) == 8
    assert [s["split"] for s in specs].count("dev") == 8


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'Late on Monday' and 'last night (Monday)' in the reports of Tuesday 2 December 2025 are 1 December; Radio
    Azadi's statement gives no time for the shooting (the week ending on its report's day, 3 December); Radio Farda's
    'Tuesday night last week, 11 Azar' is 2 December. On the morning of 13 November 2014, and Trend's 'the day before'
    in its report of the 14th, are 13 November. 'Late Saturday night' in the report of Sunday 2 July 2023 is 1 July,
    Sputnik's 'on Sunday' in that of Monday 3 July the 2nd."""
    dates = coded_fields(61, "date_precision", "event_date", "event_date_end")
    monday, uzak = ("day", "2025-12-01", None), ("day", "2014-11-13", None)
    assert dates == {
        **{rid: [monday] for rid in ("811", "812")},
        "813": [("week", "2025-11-27", "2025-12-03")],
        "814": [("day", "2025-12-02", None)],
        **{rid: [uzak] for rid in ("815", "816")},
        "817": [("day", "2023-07-01", None)],
        "818": [("day", "2023-07-02", None)],
    }


def test_the_tolls_as_first_coded() -> None:
    """'At least ten' is ten with no high bound, Radio Azadi's plain ten is ten; the two missing are not counted as
    dead. One Kyrgyz man shot dead at Uzak (Ozodlik); Trend's copy breaks off before its toll, so none is coded. At
    least four, and four, killed in Nimroz, with one wounded; the 'at least' of "At least four Afghans were killed and
    one more was wounded" governs the wounded too, so 817's one has no high bound (the rulings of 2026-12-07 (sixth),
    a; the coding review codenotes32 emptied it), against 818's plain four and one."""
    tolls = coded_by_report(
        61, lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_high"])
    )
    at_least_ten = (10, 10, None, None, None)
    assert tolls == {
        **{rid: [at_least_ten] for rid in ("811", "812", "814")},
        "813": [(10, 10, 10, None, None)],
        "815": [(1, 1, 1, None, None)],
        "816": [(None, None, None, None, None)],
        "817": [(4, 4, None, 1, None)],
        "818": [(4, 4, 4, 1, 1)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Every shooting is an attack on civilians with firearms. The Farah and Nimroz shootings are `alleged` against
    Iran's guards by Afghan officials or sources (817 by the lead's "Iranian border security troops", not the body's
    "Iranian border guards", and 812 by the lead's "Iran's border guards", not its spokesman's "the Iranian border
    guards": the rulings of 2026-12-07 (eleventh), the lead's name for the doer, which the sixteenth restate); Uzak is
    `alleged` against the Uzbek border guards by Kyrgyzstan's border service (Ozodlik) and `confirmed` by the Uzbek
    border committee's own release (Trend)."""
    rows = coded_by_report(
        61, lambda i: (i["sub_event_type"], i["weapons"], i["attribution"], i["perpetrator"], i["target_type"])
    )
    attack = ("Attack", ["firearms"])
    assert rows == {
        **{rid: [(*attack, "alleged", "Iranian border guards", "civilians")] for rid in ("811", "813")},
        "812": [(*attack, "alleged", "Iran's border guards", "civilians")],
        "817": [(*attack, "alleged", "Iranian border security troops", "civilians")],
        "814": [(*attack, "alleged", "Iran's border guard forces", "civilians")],
        "815": [(*attack, "alleged", "Uzbek border guards", "civilians")],
        "816": [(*attack, "confirmed", "the Uzbek border patrol", "civilians")],
        "818": [(*attack, "alleged", "Iranian forces", "civilians")],
    }
    places = coded_fields(61, "country", "place", "victim_nationality")
    assert places == {
        "811": [("IR", "the Sheikh Abu Nasr Farahi border point", "AF")],
        "812": [("IR", "the Mil 78 border point", "AF")],
        "813": [(None, "the Abu Nasr Farahi port", "AF")],
        "814": [(None, "the border areas of Farah province", "AF")],
        "815": [("UZ", "the village of Uzak of the Ala-Buka district of Jalal-Abad region", "KG")],
        "816": [("UZ", "the village of Uzak in the Yangikurgan district of Namangan region", "KG")],
        **{rid: [(None, None, "AF")] for rid in ("817", "818")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixty-first round: held back (round 61)", EVENTS)


def test_the_sixty_first_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(61, texts=8, incidents=8, test=0, dev=8)
