"""The seventieth round's held-back batch of real reports (docs/extract-journal.md, *The seventieth round: held back
(round 70)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 69 did. Four slugs were committed and hashed; two of them named events the corpus
already held and were dropped with no report written, and none was picked in their place. It holds seven reports of
two events, both on dev by the MD5 of their slugs: the rockets fired from Pakistan at bases in Khost that killed three
children in Kundai, with the artillery returned on the launch sites (June 2008, three reports), and the exchange of
fire at Goshta in Nangarhar over a rebuilt gate (May 2013, four reports). These tests check that the batch is there
(its split, each page once and each border's day on one side are checked for the whole corpus in
``tests/test_extract_corpus.py``), that its events carry slugs written down before they were hashed and are new to
the corpus, how its dates, tolls, kinds and attributions were first coded, and that it is scored on its own with
``--round 70``.
"""

from __future__ import annotations

from _extract_helpers import (
    FIRST_FIELDS,
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_fields,
)

#: The slugs of the batch's kept events, committed before they were hashed (81e81674), with their sides (896fda82).
EVENTS = {
    "kundai-rockets-2008-06": "dev",
    "goshta-gate-clash-2013-05": "dev",
}
#: The two slugs committed with them and dropped after hashing as events the corpus held (1351088c).
DROPPED = ("saravan-crossing-clash-2018-09", "saravan-hideout-clash-2020-08")

SHELLING = "Shelling/artillery/missile attack"
CLASH = "Armed clash"


def test_the_seventieth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(70, EVENTS, range(894, 901))
    assert {s["event"]: s["border"] for s in specs} == dict.fromkeys(EVENTS, "AF-PK")
    assert sum(len(s["incidents"]) for s in specs) == 16
    assert all(s["split"] == "dev" for s in specs)


def test_the_kundai_rockets_as_first_coded() -> None:
    """Each report tells the rockets and the artillery answered across the line as records of their own: AP's night
    of 21 to 22 June with three children killed and a man wounded, and Saturday's rounds on Paktika that hurt nobody;
    ISAF's release tells both attacks as 'today', the first launched inside Afghanistan and nobody named; the
    newspaper's report joins the dead as four, and the shells whose origin the Pakistan Army denies are disputed,
    with no date of their own (the week to publication)."""
    rows = coded_fields(70, *FIRST_FIELDS)
    night = ("2008-06-21", "days")
    assert {rid: rows[rid] for rid in ("894", "895", "896")} == {
        "894": [
            (*night, "AF", 3, 1, SHELLING, "alleged"),
            (*night, "PK", None, None, SHELLING, "confirmed"),
            ("2008-06-21", "day", "AF", 0, 0, SHELLING, "alleged"),
            ("2008-06-21", "day", "PK", None, None, SHELLING, "confirmed"),
        ],
        "895": [
            ("2008-06-22", "day", "AF", 1, None, SHELLING, "unattributed"),
            ("2008-06-22", "day", "AF", None, None, SHELLING, "confirmed"),
            ("2008-06-22", "day", "AF", 3, 1, SHELLING, "alleged"),
            ("2008-06-22", "day", "PK", None, None, SHELLING, "confirmed"),
        ],
        "896": [
            ("2008-06-22", "day", "AF", 4, None, SHELLING, "alleged"),
            ("2008-06-22", "day", "PK", None, None, SHELLING, "confirmed"),
            ("2008-06-22", "day", "AF", None, None, SHELLING, "confirmed"),
            ("2008-06-17", "week", "AF", None, None, SHELLING, "disputed"),
        ],
    }


def test_the_goshta_clash_as_first_coded() -> None:
    """Monday 6 May 2013 in every report; no toll where one side's is not known (no Afghan casualties, the Pakistani
    side unknown; 'at least 30 killed or wounded' not split), 0 where the report tells none at all ('no casualties
    were reported at first', 898; ruling of 2026-12-07), three Afghan policemen lightly wounded in Pajhwok's; the
    blame disputed only where each side's word is told (RFE/RL)."""
    rows = coded_fields(70, *FIRST_FIELDS)
    monday = ("2013-05-06", "day", "AF")
    assert {rid: rows[rid] for rid in ("897", "898", "899", "900")} == {
        "897": [(*monday, None, None, CLASH, "unattributed")],
        "898": [(*monday, 0, 0, CLASH, "disputed")],
        "899": [(*monday, None, None, CLASH, "unattributed")],
        "900": [(*monday, None, 3, CLASH, "unattributed")],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, the dropped ones too, as they were committed before hashing."""
    assert_slugs_named_in_docs("The seventieth round: held back (round 70)", [*EVENTS, *DROPPED])


def test_the_seventieth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(70, texts=7, incidents=16, test=0, dev=7)
