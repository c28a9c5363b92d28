"""The seventy-fourth round's held-back batch of real reports (docs/extract-journal.md, *The seventy-fourth round:
held back (round 74)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 73 did. Eight slugs were committed before they were hashed, each first checked
against every coding's whole date span, its places and every report's address. It holds nine reports of eight
events where the corpus is thin: old years (2002 to 2009), mines on the Tajik-Uzbek border, Iranian police fighting
drug smugglers on the Afghan and Pakistani borders, and three reports rewritten in English from Russian and
Portuguese. They are the mine under four villagers on the Sohibnazar post's stretch (April 2002, one report, test),
the mines that killed two firewood gatherers near Isfara (December 2003, one report, dev; December 2009, one report,
test), the Iranian police's fight with drug runners crossing at Tayyebat (March 2006, two reports, test), the
shootouts near Taibad (October 2007, one report, dev), the smugglers' fire on Russian frontier guards of the Moscow
detachment (April 2004, one report, dev), the gunbattle near Taftan (September 2015, one report, dev) and the
traffickers' fire across the line on Pakistani police in Baluchistan (December 2002, one report, test). These tests
check that the batch is there (its split, each page once and each border's day on one side are checked for the
whole corpus in ``tests/test_extract_corpus.py``), that its events carry slugs written down before they were hashed
and are new to the corpus, how its dates, tolls, kinds and attributions were first coded, and that it is scored on
its own with ``--round 74``.
"""

from __future__ import annotations

from _extract_helpers import (
    FIRST_FIELDS,
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (5d110ca4), with their sides (5f757bae).
EVENTS = {
    "sohibnazar-mine-2002-04": "test",
    "isfara-mine-2003-12": "dev",
    "isfara-mine-2009-12": "test",
    "tayyebat-smugglers-2006-03": "test",
    "taybad-smugglers-2007-10": "dev",
    "moskovsky-smuggler-2004-04": "dev",
    "taftan-smugglers-2015-09": "dev",
    "baluchistan-traffickers-2002-12": "test",
}

CLASH = "Armed clash"
MINE = "Remote explosive/landmine/IED"


def test_the_seventy_fourth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(74, EVENTS, range(925, 934))
    assert {s["event"]: s["border"] for s in specs} == {
        "sohibnazar-mine-2002-04": "TJ-UZ",
        "isfara-mine-2003-12": "TJ-UZ",
        "isfara-mine-2009-12": "TJ-UZ",
        "tayyebat-smugglers-2006-03": "AF-IR",
        "taybad-smugglers-2007-10": "AF-IR",
        "moskovsky-smuggler-2004-04": "AF-TJ",
        "taftan-smugglers-2015-09": "IR-PK",
        "baluchistan-traffickers-2002-12": "AF-PK",
    }
    assert sum(len(s["incidents"]) for s in specs) == 9


def test_the_tajik_uzbek_mines_as_first_coded() -> None:
    """Mines the Uzbek authorities laid years before, going off under villagers in Tajikistan: `unattributed` with no
    perpetrator, as the corpus codes a mine laid long before (355, the Chongkara mine). Two killed and two wounded on 8
    April 2002; two killed on the night of Wednesday 24 December 2003 and on 25 December 2009."""
    rows = coded_fields(74, *FIRST_FIELDS, "perpetrator")
    assert {rid: rows[rid] for rid in ("925", "926", "927")} == {
        "925": [("2002-04-08", "day", "TJ", 2, 2, MINE, "unattributed", None)],
        "926": [("2003-12-24", "day", "TJ", 2, None, MINE, "unattributed", None)],
        "927": [("2009-12-25", "day", "TJ", 2, None, MINE, "unattributed", None)],
    }


def test_the_iranian_polices_fights_with_smugglers_as_first_coded() -> None:
    """Tayyebat, Saturday 18 March 2006: ten killed and nobody said to have fired first in Reuters' report
    (`unattributed`), at least eleven killed trying to enter from Afghanistan in AP's (`alleged`, origin AF); Taibad,
    three killed, no day told (the week to the report, 6 October 2007), `alleged` against the smugglers, a police
    officer among the dead (the rulings of 2026-12-07, ninth: a guard they killed); Taftan, nine killed, told on Monday
    7 September 2015 with no day (the week to it)."""
    rows = coded_fields(74, *FIRST_FIELDS, "origin_country")
    assert {rid: rows[rid] for rid in ("928", "929", "930", "932")} == {
        "928": [("2006-03-18", "day", "IR", 10, None, CLASH, "unattributed", None)],
        "929": [("2006-03-18", "day", "IR", 11, None, CLASH, "alleged", "AF")],
        "930": [("2007-09-30", "week", "IR", 3, None, CLASH, "alleged", None)],
        "932": [("2015-09-01", "week", "IR", 9, None, CLASH, "unattributed", None)],
    }


def test_smugglers_firing_from_afghanistan_as_first_coded() -> None:
    """The smugglers who opened fire on Russian frontier guards 'yesterday', 6 April 2004, one of them killed, and the
    traffickers on the Afghan side who fired on Pakistani police over the weekend of 21 and 22 December 2002, no one
    hurt: each `alleged`, with its origin, on the account of the side fired on."""
    rows = coded_fields(74, *FIRST_FIELDS, "origin_country")
    assert rows["931"] == [("2004-04-06", "day", "TJ", 1, None, CLASH, "alleged", "AF")]
    assert rows["933"] == [("2002-12-21", "days", "PK", 0, 0, CLASH, "alleged", "AF")]


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs as they were committed before hashing."""
    assert_slugs_named_in_docs("The seventy-fourth round: held back (round 74)", EVENTS)


def test_the_seventy_fourth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(74, texts=9, incidents=9, test=5, dev=4)
