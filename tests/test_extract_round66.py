"""The sixty-sixth round's held-back batch of real reports (docs/extract-journal.md, *The sixty-sixth round: held back
(round 66)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 65 did. It holds nine reports of four events, one of them on test by the MD5 of
its slug: the blast on the railway bridge between Galaba and Amuzang, on the Uzbek line to southern Tajikistan
(November 2011, four reports), the Iranian forces' fire on an Afghan border post over the Sikhzar canal in Nimroz
(April 2011, two reports), the clash of villagers over a road around the Tajik exclave of Vorukh (April 2013, two
reports) and the exchange of fire between Afghan and Iranian border guards over a canal in Nimroz (October 2011, one
report, on test). These tests check that the batch is there (its split by the eighth round's rule, each page once and
each border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its events
carry the slugs written down before they were hashed and are new to the corpus, how its dates, tolls, kinds and
attributions were first coded, and that it is scored on its own with ``--round 66``.
"""

from __future__ import annotations

from _extract_helpers import assert_round_holds, assert_scored_on_its_own, assert_slugs_named_in_docs, coded_fields

#: The slugs of the batch's events, committed before they were hashed (45d50e32), with their sides (0fe5d35c).
EVENTS = {
    "galaba-rail-blast-2011-11": "dev",
    "sikhzar-canal-shelling-2011-04": "dev",
    "vorukh-road-clash-2013-04": "dev",
    "nimroz-canal-clash-2011-10": "test",
}


def test_the_sixty_sixth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(66, EVENTS, range(860, 869))
    borders = {s["event"]: s["border"] for s in specs}
    assert borders == {
        "galaba-rail-blast-2011-11": "TJ-UZ",
        "sikhzar-canal-shelling-2011-04": "AF-IR",
        "vorukh-road-clash-2013-04": "KG-TJ",
        "nimroz-canal-clash-2011-10": "AF-IR",
    }
    assert sum(len(s["incidents"]) for s in specs) == 9
    assert [s["split"] for s in specs].count("dev") == 8
    assert all(s["published"] for s in specs)


def test_the_galaba_blast_as_first_coded() -> None:
    """A blast of unknown device on a railway bridge is a remote explosive on infrastructure in Uzbekistan; 'a
    terrorist act' with no group or origin is unattributed. The night of 16 to 17 November is a `days` span where a
    report tells the night, the day where it says 'On November 17'; 'no casualties' is 0 and 0, silence no toll."""
    keys = ("event_date", "date_precision", "killed", "injured", "sub_event_type", "target_type", "attribution")
    rows = coded_fields(66, "event_date_end", *keys)
    night = ("2011-11-17", "2011-11-16", "days")
    blast = ("Remote explosive/landmine/IED", "infrastructure", "unattributed")
    assert {rid: rows[rid] for rid in ("860", "861", "862", "863")} == {
        "860": [(*night, None, None, *blast)],
        "861": [(*night, 0, 0, *blast)],
        "862": [(*night, None, None, *blast)],
        "863": [(None, "2011-11-17", "day", 0, 0, *blast)],
    }


def test_the_canal_and_road_clashes_as_first_coded() -> None:
    """Pajhwok's shelling of the post wounds four and Herat Paper's exchange of fire two, both alleged against Iran by
    the border police chief; the Vorukh clash is mob violence with no country (the sides place the road apart),
    disputed by one report and confirmed by the Tajik police's own word in the other; the Nimroz exchange of October
    has one civilian wounded by the police chief against 'no one was hurt' by an officer."""
    keys = ("sub_event_type", "country", "injured", "injured_low", "attribution", "origin_country")
    rows = coded_fields(66, *keys)
    assert {rid: rows[rid] for rid in ("864", "865", "866", "867", "868")} == {
        "864": [("Shelling/artillery/missile attack", "AF", 4, 4, "alleged", "IR")],
        "865": [("Armed clash", "AF", 2, 2, "alleged", "IR")],
        "866": [("Mob violence", None, None, None, "disputed", "TJ")],
        "867": [("Mob violence", None, None, None, "confirmed", None)],
        "868": [("Armed clash", "AF", 1, 0, "alleged", "IR")],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixty-sixth round: held back (round 66)", EVENTS)


def test_the_sixty_sixth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(66, texts=9, incidents=9, test=1, dev=8)
