"""The sixty-eighth round's held-back batch of real reports (docs/extract-journal.md, *The sixty-eighth round: held back
(round 68)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 67 did. It holds eight reports of four events, one of them on test by the MD5 of
its slug: the raid from Afghanistan on Kitkot in Bajaur's Mamund area (July 2012, three reports, on test), the
incursion into Batwar in Bajaur's Salarzai and the weeks of fighting after it (August 2012, three reports), the raid
on Nusrat Keley in Upper Dir (June 2011, one report) and the stones thrown at Kyrgyz border guards at Tash-Tumshuk
(August 2019, one report). These tests check that the batch is there (its split by the eighth round's rule, each page
once and each border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its
events carry the slugs written down before they were hashed and are new to the corpus, how its dates, tolls, kinds
and attributions were first coded, and that it is scored on its own with ``--round 68``.
"""

from __future__ import annotations

from _extract_helpers import assert_round_holds, assert_scored_on_its_own, assert_slugs_named_in_docs, coded_fields

#: The slugs of the batch's events, committed before they were hashed (0eb2b694), with their sides (42887855).
EVENTS = {
    "kitkot-raid-2012-07": "test",
    "batwar-incursion-2012-08": "dev",
    "nusrat-keley-raid-2011-06": "dev",
    "tash-tumshuk-road-2019-08": "dev",
}


def test_the_sixty_eighth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(68, EVENTS, range(878, 886))
    borders = {s["event"]: s["border"] for s in specs}
    assert borders == {
        "kitkot-raid-2012-07": "AF-PK",
        "batwar-incursion-2012-08": "AF-PK",
        "nusrat-keley-raid-2011-06": "AF-PK",
        "tash-tumshuk-road-2019-08": "KG-TJ",
    }
    assert sum(len(s["incidents"]) for s in specs) == 9
    assert [s["split"] for s in specs].count("dev") == 5
    assert all(s["published"] for s in specs)


def test_the_batwar_incursion_as_first_coded() -> None:
    """Each report's own running toll of the Batwar fighting: Defence.pk's 37 over four days after the crossing of 23
    August, The Express Tribune's fifth day (14 killed, 9 wounded and the woman independent sources add), RFE/RL's
    'more than 100' (100) over 'more than two weeks', from 1 August to 9 September, a span of `days` (first coded
    `month`; no calendar month, so `days` by the rulings of 2026-12-07 (sixth), f, as docs/record.md stores it: the
    coding review codenotes32); each claimed by the TTP's own spokesman."""
    keys = ("event_date", "date_precision", "killed", "killed_low", "injured", "injured_high", "attribution")
    rows = coded_fields(68, *keys)
    assert {rid: rows[rid] for rid in ("878", "879", "880")} == {
        "878": [("2012-08-23", "days", 37, 37, None, None, "claimed")],
        "879": [("2012-08-28", "days", 14, 14, 9, 10, "claimed")],
        "880": [("2012-08-01", "days", 100, 100, None, None, "claimed")],
    }


def test_the_raids_and_the_stones_as_first_coded() -> None:
    """A raid from across the line fought by troops is an armed clash alleged against militants from Afghanistan:
    Nusrat Keley's 'no casualties' is 0 and 0; Kitkot's tolls differ (Reuters' 8 so far, The Express Tribune's 21 and
    one more 'reportedly', Defence.pk's 22 in a week ending on its day, with its gunships' bombing of hideouts as an
    air strike of its own). The stones thrown at Kyrgyz border guards are mob violence with no toll told."""
    keys = ("event_date", "killed", "killed_low", "killed_high", "injured", "sub_event_type", "attribution")
    rows = coded_fields(68, *keys)
    clash = "Armed clash"
    assert {rid: rows[rid] for rid in ("881", "882", "883", "884", "885")} == {
        "881": [("2011-06-03", 0, 0, 0, 0, clash, "alleged")],
        "882": [("2019-08-31", None, None, None, None, "Mob violence", "alleged")],
        "883": [("2012-07-12", 8, 8, None, 2, clash, "alleged")],
        "884": [("2012-07-12", 21, 21, 22, None, clash, "alleged")],
        "885": [
            ("2012-07-07", 22, 22, None, 3, clash, "alleged"),
            ("2012-07-07", None, None, None, None, "Air/drone strike", "alleged"),
        ],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixty-eighth round: held back (round 68)", EVENTS)


def test_the_sixty_eighth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(68, texts=8, incidents=10, test=3, dev=5)
