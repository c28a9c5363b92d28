"""The seventy-fifth round's held-back batch of real reports (docs/extract-journal.md, *The seventy-fifth round:
held back (round 75)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 74 did. Five slugs were committed before they were hashed, each first checked
against every coding's whole date span, its places and every report's address; the MD5 of every one of them put
its event on dev. It holds nine reports of five events where the corpus is thin: old years (2002 to 2010), the
allies' clashes on the Afghan-Pakistani line, Jundallah's bombings in Sistan-Baluchistan and Russian frontier guards
on the Tajik-Afghan line, one report rewritten in English from Arabic. They are the Pakistani border scout's fire on
a US patrol near Shkin and the bomb that answered it (December 2002, three reports), the Pakistani post's fire on US
helicopters over Tanai in Khost and the exchange with the patrol below (September 2008, two reports), the suicide
bombing among Ashura mourners in Chabahar (December 2010, two reports), the two suicide bombings outside Zahedan's
main mosque (July 2010, one report) and the armed trafficker shot by Russian frontier guards on the Kalai-Khum
section (November 2002, one report). These tests check that the batch is there (its split, each page once and each
border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its events carry
slugs written down before they were hashed and are new to the corpus, how its dates, tolls, kinds and attributions
were coded, and that it is scored on its own with ``--round 75``.
"""

from __future__ import annotations

from _extract_helpers import (
    FIRST_FIELDS,
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (a3fee0b4), with their sides (7723ebb0).
EVENTS = {
    "shkin-clash-2002-12": "dev",
    "tanai-helicopters-2008-09": "dev",
    "chabahar-suicide-2010-12": "dev",
    "zahedan-mosque-2010-07": "dev",
    "kalaikhumb-smuggler-2002-11": "dev",
}

CLASH = "Armed clash"
SUICIDE = "Suicide bomb"


def test_the_seventy_fifth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(75, EVENTS, range(934, 943))
    assert {s["event"]: s["border"] for s in specs} == {
        "shkin-clash-2002-12": "AF-PK",
        "tanai-helicopters-2008-09": "AF-PK",
        "chabahar-suicide-2010-12": "IR-PK",
        "zahedan-mosque-2010-07": "IR-PK",
        "kalaikhumb-smuggler-2002-11": "AF-TJ",
    }
    assert sum(len(s["incidents"]) for s in specs) == 9


def test_the_allies_clashes_on_the_afghan_pakistani_line_as_coded() -> None:
    """Shkin, Sunday 29 December 2002: a Pakistani border scout's fire on a US patrol and the bomb dropped on the
    building he ran into are one clash (the answer at the place the fire came from), `alleged` against the scout on
    the US military's word, origin PK; Reuters puts the bomb on a Pakistani town and the US inside Afghanistan, so
    its country is unscored. Tanai, Thursday 25 September 2008: each side blames the other (the post's fire, the
    helicopters' crossing), `disputed`, and the country is unscored; "no casualties" is 0 killed and 0 wounded."""
    rows = coded_fields(75, *FIRST_FIELDS, "origin_country")
    assert {rid: rows[rid] for rid in ("934", "935", "936", "937", "938")} == {
        "934": [("2002-12-29", "day", None, None, 3, CLASH, "alleged", "PK")],
        "935": [("2002-12-29", "day", "AF", None, 1, CLASH, "alleged", "PK")],
        "936": [("2002-12-29", "day", "AF", 2, 1, CLASH, "alleged", "PK")],
        "937": [("2008-09-25", "day", None, None, None, CLASH, "disputed", "PK")],
        "938": [("2008-09-25", "day", None, 0, 0, CLASH, "disputed", "PK")],
    }


def test_jundallahs_bombings_in_sistan_baluchistan_as_coded() -> None:
    """Chabahar, Wednesday 15 December 2010: at least 39 killed and "many more" wounded (3, the codebook's vague
    word) in the BBC's report, at least 36 killed and fifty wounded in AFP's; Zahedan, at least 20 killed (21 by the
    prosecutor) and more than 100 wounded, no day told (the week to the report). Each claimed by the group."""
    rows = coded_fields(75, *FIRST_FIELDS, "killed_high")
    assert {rid: rows[rid] for rid in ("939", "940", "941")} == {
        "939": [("2010-12-15", "day", "IR", 39, 3, SUICIDE, "claimed", None)],
        "940": [("2010-12-15", "day", "IR", 36, 50, SUICIDE, "claimed", None)],
        "941": [("2010-07-09", "week", "IR", 20, 100, SUICIDE, "claimed", 21)],
    }


def test_the_trafficker_shot_by_russian_frontier_guards_as_coded() -> None:
    """An armed trafficker who did not fire, shot by the guards on the night of Sunday 3 November 2002: an `Attack`
    the guards' own press service tells (`confirmed`), as 331 codes the Moskovsky smuggler; the ten months' running
    totals in the same report are background."""
    rows = coded_fields(75, *FIRST_FIELDS, "perpetrator")
    assert rows["942"] == [("2002-11-03", "day", "TJ", 1, None, "Attack", "confirmed", "Russian border guards")]


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs as they were committed before hashing."""
    assert_slugs_named_in_docs("The seventy-fifth round: held back (round 75)", EVENTS)


def test_the_seventy_fifth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(75, texts=9, incidents=9, test=0, dev=9)
