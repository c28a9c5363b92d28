"""The seventy-first round's held-back batch of real reports (docs/extract-journal.md, *The seventy-first round:
held back (round 71)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 70 did. Three slugs were committed before they were hashed, each first checked
against every coding's whole date span, its places and every report's address. It holds six reports of three events:
the Mirjaveh commandos' clash with drug smugglers near the Pakistani border (June 2018, three reports, dev), the
Pakistani trawler fired on by Iranian forces off Jiwani (December 2011, one report, test) and Afghans killed by
Iranian forces near Nimroz on a Monday of May 2008 (two reports, dev). These tests check that the batch is there (its
split, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry slugs written down before they were hashed and are new to
the corpus, how its dates, tolls, kinds and attributions were first coded, and that it is scored on its own with
``--round 71``.
"""

from __future__ import annotations

from _extract_helpers import (
    FIRST_FIELDS,
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (04711942), with their sides (558c2315).
EVENTS = {
    "mirjaveh-smugglers-2018-06": "dev",
    "pasaband-fishermen-2011-12": "test",
    "nimroz-migrants-2008-05": "dev",
}

CLASH = "Armed clash"
ATTACK = "Attack"


def test_the_seventy_first_rounds_reports_are_there() -> None:
    specs = assert_round_holds(71, EVENTS, range(901, 907))
    assert {s["event"]: s["border"] for s in specs} == {
        "mirjaveh-smugglers-2018-06": "IR-PK",
        "pasaband-fishermen-2011-12": "IR-PK",
        "nimroz-migrants-2008-05": "AF-IR",
    }
    assert sum(len(s["incidents"]) for s in specs) == 6


def test_the_mirjaveh_clash_as_first_coded() -> None:
    """Trend and Iran Daily tell the police's and the commander's word of 12 June, not the clash's day (the week to
    publication); IUVM Press tells 'Monday night', 11 June. Iran Daily's 'several' smugglers killed are 3 beside the
    officer; where nobody is cited the clash is unattributed."""
    rows = coded_fields(71, *FIRST_FIELDS)
    week = ("2018-06-06", "week", "IR")
    assert {rid: rows[rid] for rid in ("901", "902", "903")} == {
        "901": [(*week, 1, None, CLASH, "alleged")],
        "902": [(*week, 4, None, CLASH, "alleged")],
        "903": [("2018-06-11", "day", "IR", 1, None, CLASH, "unattributed")],
    }


def test_the_pasaband_trawler_as_first_coded() -> None:
    """The Express Tribune does not say on which day the trawler was fired on (the week to publication); 'at least
    three' fishermen killed and two wounded, in Iranian waters, on the word of Gwadar's police officer."""
    rows = coded_fields(71, *FIRST_FIELDS)
    assert rows["904"] == [("2011-12-01", "week", "IR", 3, 2, ATTACK, "alleged")]


def test_the_nimroz_killings_as_first_coded() -> None:
    """A Monday of May 2008 whose date the copies do not give, 1 to 26 May (the report's day), on Iranian soil, with
    no toll told; the April killings the reports recall are background. First coded `month`, the span is `days`: it is
    no calendar month (the rulings of 2026-12-07 (sixth), f, as docs/record.md stores it; the coding review
    codenotes32)."""
    rows = coded_fields(71, *FIRST_FIELDS)
    may = ("2008-05-01", "days", "IR", None, None, ATTACK, "alleged")
    assert {rid: rows[rid] for rid in ("905", "906")} == {"905": [may], "906": [may]}


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs as they were committed before hashing."""
    assert_slugs_named_in_docs("The seventy-first round: held back (round 71)", EVENTS)


def test_the_seventy_first_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(71, texts=6, incidents=6, test=1, dev=5)
