"""The sixty-fourth round's held-back batch of real reports (docs/extract-journal.md, *The sixty-fourth round: held back
(round 64)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 63 did. It holds twelve reports of three events on the Afghan-Pakistani line,
each split by the MD5 of its slug: on test, the U.S. air strike on the Frontier Corps post at Gora Prai, Mohmand (June
2008, four reports); on dev, the raid of U.S.-led troops landed by helicopter at Musa Nika near Angoor Adda (September
2008, four reports) and the NATO helicopters' missiles on the Mandata Kandao post in Kurram (September 2010, four
reports). These tests check that the batch is there (its split by the eighth round's rule, each page once and each
border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its events
carry the slugs written down before they were hashed and are new to the corpus, that its dates follow the house's
rules as first coded (a weekday or "last night" is the day it names; no day told: the week ending on the day of the
report), how its tolls, kinds and attributions were coded (a lone "as many as N" is N to N; a side's own word that it
struck is `confirmed`; a strike the striking side places elsewhere is `disputed`), and that it is scored on its own
with ``--round 64``.
"""

from __future__ import annotations

from _extract_helpers import assert_round_holds, assert_scored_on_its_own, assert_slugs_named_in_docs, coded_fields

#: The slugs of the batch's events, committed before they were hashed (1c5b23d6), with their sides (591a5634).
EVENTS = {
    "gora-prai-airstrike-2008-06": "test",
    "angoor-adda-raid-2008-09": "dev",
    "mandata-kandao-helicopters-2010-09": "dev",
}


def test_the_sixty_fourth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(64, EVENTS, range(838, 850))
    assert {s["border"] for s in specs} == {"AF-PK"}
    assert sum(len(s["incidents"]) for s in specs) == 14
    assert [s["split"] for s in specs].count("dev") == 8
    assert [s["split"] for s in specs].count("test") == 4
    assert all(s["published"] for s in specs)


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'Late on Tuesday', 'last night' and 'Tuesday night' are 10 June 2008; VOA names no day, so the week ending on
    its day; every Angoor Adda report's 'Wednesday' is 3 September 2008; every Kurram strike is Thursday 30 September
    2010, the second strikes told by Dawn and the Tribune included."""
    dates = coded_fields(64, "date_precision", "event_date", "event_date_end")
    gora = ("day", "2008-06-10", None)
    raid = ("day", "2008-09-03", None)
    kurram = ("day", "2010-09-30", None)
    assert dates == {
        **{rid: [gora] for rid in ("838", "839", "840")},
        "841": [("week", "2008-06-05", "2008-06-11")],
        **{rid: [raid] for rid in ("842", "843", "844", "845")},
        "846": [kurram, kurram],
        "847": [kurram],
        "848": [kurram, kurram],
        "849": [kurram],
    }


def test_the_tolls_as_first_coded() -> None:
    """Eleven soldiers at Gora Prai; the Belfast Telegraph's 'at least 11' and PTV's eight civilians have no high
    bound; The News's own 27 with seven to 13 wounded. 'At least 20' has no high bound; CBS's lone 'as many as 15'
    is 15 to 15. Three killed at Mandata Kandao; the rockets that hurt no one are 0 and 0; no toll told for the
    Mata Sangar strike."""
    keys = ("killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high")
    tolls = coded_fields(64, *keys)
    none = (None, None, None)
    assert tolls == {
        "838": [(11, 11, 11, *none)],
        "839": [(19, 19, None, *none)],
        "840": [(27, 27, 27, 7, 7, 13)],
        "841": [(11, 11, 11, *none)],
        "842": [(20, 20, None, *none)],
        "843": [(15, 15, 15, *none)],
        "844": [(15, 15, 15, *none)],
        "845": [(20, 20, None, *none)],
        "846": [(3, 3, 3, *none), (0, 0, 0, 0, 0, 0)],
        "847": [(3, 3, 3, *none)],
        "848": [(3, 3, 3, 3, 3, 3), (*none, *none)],
        "849": [(3, 3, 3, 3, 3, 3)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """The strikes of aircraft and helicopters are `Air/drone strike` from `AF`; the raid is an `Attack`. The
    Pentagon's 'legitimate strike', Washington's 'legitimate', a U.S. official's confirmation and ISAF's own account
    are `confirmed`; Pakistani accounts with no answer are `alleged`; the Mata Sangar strike ISAF places in
    Afghanistan is `disputed`."""
    rows = coded_fields(64, "sub_event_type", "attribution", "origin_country")
    strike = "Air/drone strike"
    assert rows == {
        "838": [(strike, "confirmed", "AF")],
        "839": [(strike, "alleged", "AF")],
        "840": [(strike, "confirmed", "AF")],
        "841": [(strike, "confirmed", "AF")],
        "842": [("Attack", "alleged", "AF")],
        "843": [("Attack", "alleged", None)],
        "844": [("Attack", "confirmed", None)],
        "845": [("Attack", "alleged", "AF")],
        "846": [(strike, "alleged", "AF"), (strike, "alleged", "AF")],
        "847": [(strike, "alleged", None)],
        "848": [(strike, "confirmed", "AF"), (strike, "disputed", "AF")],
        "849": [(strike, "alleged", "AF")],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixty-fourth round: held back (round 64)", EVENTS)


def test_the_sixty_fourth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(64, texts=12, incidents=15, test=4, dev=8)
