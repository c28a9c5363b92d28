"""The seventy-second round's held-back batch of real reports (docs/extract-journal.md, *The seventy-second round:
held back (round 72)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 71 did. Five slugs were committed before they were hashed, each first checked
against every coding's whole date span, its places and every report's address. It holds eight reports of five
events, seven of them rewritten in English from Chinese, Russian, Turkmen or Persian: the Tajik border guards' clash
near Sarichashma with armed men crossing from Afghanistan (January 2015, three reports, dev), the Kyrgyz patrol's
exchange of fire with Uzbek hunters at Azhek (January 2015, one report, test), Uzbek border guards' fire on a Kyrgyz
car on the Kadamjay to Kyzyl-Kiya transit road (May 2015, two reports, test), a Baloch fuel carrier shot by Iranian
border guards at Sasuli and the Taliban's clash with them that followed (October 2024, one report, dev) and an
Afghan youth shot by Iranian border guards near Islam Qala (February 2024, one report, dev). These tests check that
the batch is there (its split, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry slugs written down before they were hashed and are new to
the corpus, how its dates, tolls, kinds and attributions were first coded, and that it is scored on its own with
``--round 72``.
"""

from __future__ import annotations

from _extract_helpers import (
    FIRST_FIELDS,
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (36f6123d), with their sides (2abd73a2).
EVENTS = {
    "sarichashma-clash-2015-01": "dev",
    "kok-serek-hunters-2015-01": "test",
    "kaptarkhana-guards-2015-05": "test",
    "sasuli-fuel-carrier-2024-10": "dev",
    "islam-qala-migrant-2024-02": "dev",
}

CLASH = "Armed clash"
ATTACK = "Attack"


def test_the_seventy_second_rounds_reports_are_there() -> None:
    specs = assert_round_holds(72, EVENTS, range(907, 915))
    assert {s["event"]: s["border"] for s in specs} == {
        "sarichashma-clash-2015-01": "AF-TJ",
        "kok-serek-hunters-2015-01": "KG-UZ",
        "kaptarkhana-guards-2015-05": "KG-UZ",
        "sasuli-fuel-carrier-2024-10": "AF-IR",
        "islam-qala-migrant-2024-02": "AF-IR",
    }
    assert sum(len(s["incidents"]) for s in specs) == 9


def test_the_sarichashma_clash_as_first_coded() -> None:
    """CRI's "the 18th" and Azatlyk's "18 January" date the clash; nm.tj tells only the surgery (the week to
    publication). Azatlyk's second guard, lightly wounded, is added to the first; the men said to be crossing from
    Afghanistan are the alleged side where a report says so, and nm.tj, which does not, leaves it unattributed."""
    rows = coded_fields(72, *FIRST_FIELDS)
    assert {rid: rows[rid] for rid in ("907", "908", "909")} == {
        "907": [("2015-01-18", "day", "TJ", None, 1, CLASH, "alleged")],
        "908": [("2015-01-13", "week", "TJ", None, 1, CLASH, "unattributed")],
        "909": [("2015-01-18", "day", "TJ", None, 2, CLASH, "alleged")],
    }


def test_the_kyrgyz_uzbek_shootings_as_first_coded() -> None:
    """Azattyk's 'yesterday, 18 January' at Azhek, where the hunters who crossed fired first; Sputnik tells only the
    border service's statement of 19 May (the week to it), Azernews the day, on the transit road in Uzbekistan."""
    rows = coded_fields(72, *FIRST_FIELDS)
    assert {rid: rows[rid] for rid in ("910", "911", "912")} == {
        "910": [("2015-01-18", "day", "KG", None, 1, CLASH, "alleged")],
        "911": [("2015-05-13", "week", "UZ", None, 2, ATTACK, "alleged")],
        "912": [("2015-05-19", "day", "UZ", None, 2, ATTACK, "alleged")],
    }


def test_the_sasuli_shooting_and_clash_as_first_coded() -> None:
    """Two incidents: the fuel carrier killed by Iranian border guards before the dawn clash (its day not told: the
    two days up to it), and the Taliban's clash with the guards at the zero point, on neither side and with no
    one named as firing first."""
    rows = coded_fields(72, *FIRST_FIELDS)
    assert rows["913"] == [
        ("2024-10-29", "days", "IR", 1, None, ATTACK, "alleged"),
        ("2024-10-30", "day", None, None, None, CLASH, "unattributed"),
    ]


def test_the_islam_qala_shooting_as_first_coded() -> None:
    """'Yesterday afternoon, Tuesday 17 Dalw' (1402) is 6 February 2024; the Bonyad area is on the Afghan side."""
    rows = coded_fields(72, *FIRST_FIELDS)
    assert rows["914"] == [("2024-02-06", "day", "AF", None, 1, ATTACK, "alleged")]


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs as they were committed before hashing."""
    assert_slugs_named_in_docs("The seventy-second round: held back (round 72)", EVENTS)


def test_the_seventy_second_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(72, texts=8, incidents=9, test=3, dev=5)
