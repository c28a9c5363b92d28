"""The sixty-fifth round's held-back batch of real reports (docs/extract-journal.md, *The sixty-fifth round: held back
(round 65)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 64 did. It holds ten reports of three events, all three on dev by the MD5 of
their slugs: the Uzbek police's landing on the disputed Ungar-Too mountain and their detention of four Kyrgyz
relay-station workers (August 2016, four reports), the detentions of Kyrgyz border officers near Pulgon and Ala-Buka
and their exchange for Uzbek officers (August and September 2010, three reports), and the police fire on ethnic
Turkmen protesters at Qarqeen, Jowzjan, over an island Turkmenistan holds in the Amu Darya (March 2015, three
reports). These tests check that the batch is there (its split by the eighth round's rule, each page once and each
border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its events carry
the slugs written down before they were hashed and are new to the corpus, that a detention by a state's police or
border guards codes nothing (arrests are not incidents here) while the protest one report tells beside it is coded,
how its dates, tolls, kinds and attributions were first coded, and that it is scored on its own with ``--round 65``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (29062124), with their sides (0c306679).
EVENTS = {
    "ungar-too-detention-2016-08": "dev",
    "pulgon-detention-2010-08": "dev",
    "qarqeen-protest-2015-03": "dev",
}


def test_the_sixty_fifth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(65, EVENTS, range(850, 860))
    borders = {s["event"]: s["border"] for s in specs}
    assert borders == {
        "ungar-too-detention-2016-08": "KG-UZ",
        "pulgon-detention-2010-08": "KG-UZ",
        "qarqeen-protest-2015-03": "AF-TM",
    }
    assert sum(len(s["incidents"]) for s in specs) == 4
    assert [s["split"] for s in specs].count("dev") == 10
    assert all(s["published"] for s in specs)


def test_a_detention_by_a_states_forces_codes_nothing() -> None:
    """The Uzbek police's detention of the relay-station workers, the Uzbek border guards' of the Kyrgyz officers, the
    Kyrgyz guards' of the Uzbek officers and the exchange that freed them are arrests, not incidents: six reports
    code no incident. The Kyrgyz protest of 23 August 2016 that one of them tells is an incident of its own."""
    counts = {rid: len(rows) for rid, rows in coded_by_report(65, lambda i: i["event_date"]).items()}
    assert [rid for rid, n in counts.items() if n == 0] == ["850", "852", "853", "854", "855", "856"]
    assert coded_fields(65, "event_date", "sub_event_type", "country")["851"] == [
        ("2016-08-23", "Peaceful protest", "KG")
    ]


def test_the_qarqeen_shooting_as_first_coded() -> None:
    """Every Qarqeen report dates the shooting 16 March 2015 by its written date; RFE/RL's first 'at least four' killed
    and 'at least seven' wounded have no high bound; Gandhara's five killed and 'some 12' wounded; Azatlyk's toll
    'risen to five', with no wounded counted. The police's fire on the crowd is `Excessive force against protesters`,
    named by a village head, residents or a councillor and `alleged`; no origin across the border."""
    keys = ("event_date", "killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high")
    tolls = coded_fields(65, *keys)
    day = "2015-03-16"
    assert {rid: tolls[rid] for rid in ("857", "858", "859")} == {
        "857": [(day, 4, 4, None, 7, 7, None)],
        "858": [(day, 5, 5, 5, 12, 12, 12)],
        "859": [(day, 5, 5, 5, None, None, None)],
    }
    rows = coded_fields(65, "sub_event_type", "attribution", "origin_country", "country")
    shooting = ("Excessive force against protesters", "alleged", None, "AF")
    assert {rid: rows[rid] for rid in ("857", "858", "859")} == {rid: [shooting] for rid in ("857", "858", "859")}


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The sixty-fifth round: held back (round 65)", EVENTS)


def test_the_sixty_fifth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(65, texts=10, incidents=4, test=0, dev=10)
