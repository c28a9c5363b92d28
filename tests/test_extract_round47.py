"""The forty-seventh round's held-back batch of real reports (docs/extract-journal.md, *The forty-seventh round: held
back (round 47)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 46 did. It holds fifteen reports of four events: the Sokh residents' clash with
Kyrgyz border guards and the hostages they held (January 2013), the Vorukh and Ak-Sai villagers' clashes over the
Ak-Sai-Tamdyk road (March 2019), the NATO helicopters' fire on the Pakistani posts at Salala (November 2011) and the
Kyrgyz and Tajik guards' exchange of fire at Kum-Mazar (July 2021). These tests check that the batch is there (its
split by the eighth round's rule, each page once and each border's day on one side are checked for the whole corpus
in ``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed and are
new to the corpus, that its dates follow the house's rules as first coded, how its tolls ("several", "dozens", "at
least", a revised figure, "nobody hurt") and attributions were coded, and that it is scored on its own with
``--round 47``. Only the coding is read here: the test split's reports are never run through the reader in a test
that prints what it drafts.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs, committed before they were hashed (c3d34fa, c135318, 7ec3171), with their sides.
EVENTS = {
    "sokh-hostages-2013-01": "dev",
    "vorukh-road-2019-03": "dev",
    "salala-helicopters-2011-11": "test",
    "kum-mazar-shootout-2021-07": "test",
}


def test_the_forty_seventh_rounds_reports_are_there() -> None:
    specs = assert_round_holds(47, EVENTS, range(674, 689))
    assert {s["event"]: s["border"] for s in specs} == {
        "sokh-hostages-2013-01": "KG-UZ",
        "vorukh-road-2019-03": "KG-TJ",
        "salala-helicopters-2011-11": "AF-PK",
        "kum-mazar-shootout-2021-07": "KG-TJ",
    }
    assert sum(len(s["incidents"]) for s in specs) == 16
    assert [s["split"] for s in specs].count("dev") == 7


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """A clash told over two days is `days`; a report giving the incident no day is the week up to it; TCA's two days
    are two records; "early Saturday" is the Saturday and "late Friday night" the Friday."""
    dates = coded_fields(47, "date_precision", "event_date", "event_date_end")
    assert dates == {
        "674": [("day", "2013-01-06", None)],
        "675": [("day", "2013-01-06", None)],
        "676": [("day", "2013-01-06", None)],
        "677": [("days", "2013-01-05", "2013-01-06")],
        "678": [("day", "2019-03-13", None)],
        "679": [("day", "2019-03-14", None), ("day", "2019-03-13", None)],
        "680": [("days", "2019-03-13", "2019-03-14")],
        "681": [("day", "2011-11-26", None)],
        "682": [("day", "2011-11-25", None)],
        "683": [("week", "2011-11-20", "2011-11-26")],
        "684": [("day", "2011-11-26", None)],
        "685": [("day", "2021-07-24", None)],
        "686": [("day", "2021-07-24", None)],
        "687": [("week", "2021-07-18", "2021-07-24")],
        "688": [("day", "2021-07-24", None)],
    }


def test_the_tolls_read_vague_words_by_the_codebook() -> None:
    """'Several' is 3; 'dozens' beside eleven in hospital is the high bound 12; 'at least N' has no high bound; AP's
    toll revised from 15 to 25 is 25; 'nobody reported hurt' is 0 and 0; a crowd's size is no toll."""
    tolls = coded_by_report(
        47,
        lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_low"], i["injured_high"]),
    )
    assert tolls == {
        "674": [(None, None, None, 6, 1, 6)],
        "675": [(None, None, None, 11, 11, None)],
        "676": [(None, None, None, None, None, None)],
        "677": [(None, None, None, 3, 3, None)],
        "678": [(1, 1, 1, 11, 11, 12)],
        "679": [(1, 1, 1, 3, 3, 3), (1, 1, 1, 11, 11, 11)],
        "680": [(2, 2, None, 11, 11, None)],
        "681": [(24, 24, None, 12, 12, 12)],
        "682": [(25, 25, 25, 7, 7, 7)],
        "683": [(30, 30, 30, 11, 11, 11)],
        "684": [(26, 26, 26, None, None, None)],
        "685": [(None, None, None, 1, 1, 1)],
        "686": [(0, 0, 0, 0, 0, 0)],
        "687": [(None, None, None, None, None, None)],
        "688": [(None, None, None, None, None, None)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Residents' riots are mob violence, the helicopters an air strike, the guards' exchange of fire a clash; each
    side's blame side by side is disputed, one side's account alleged, a report blaming nobody unattributed."""
    rows = coded_fields(47, "sub_event_type", "attribution", "perpetrator", "origin_country")
    assert rows == {
        "674": [("Mob violence", "disputed", None, None)],
        "675": [("Mob violence", "unattributed", None, None)],
        "676": [("Mob violence", "disputed", None, None)],
        "677": [("Mob violence", "alleged", "residents of Soh, the Uzbek enclave", "UZ")],
        "678": [("Mob violence", "alleged", "residents of the Kyrgyz village of Aksai", "KG")],
        "679": [("Mob violence", "unattributed", None, None), ("Mob violence", "unattributed", None, None)],
        "680": [("Mob violence", "alleged", "Kyrgyz citizens", "KG")],
        "681": [("Air/drone strike", "alleged", "Nato helicopters", "AF")],
        "682": [("Air/drone strike", "alleged", "NATO helicopters", "AF")],
        "683": [("Air/drone strike", "alleged", "NATO", None)],
        # NATO's "highly likely" is no acceptance of the strike: still alleged.
        "684": [("Air/drone strike", "alleged", "NATO aircraft", None)],
        "685": [("Armed clash", "unattributed", None, None)],
        "686": [("Armed clash", "disputed", None, None)],
        "687": [("Armed clash", "alleged", "the neighbouring country's border guards", "TJ")],
        "688": [("Armed clash", "alleged", "the Kyrgyz border guards", "KG")],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The forty-seventh round: held back (round 47)", EVENTS)


def test_the_forty_seventh_round_is_scored_on_its_own() -> None:
    # 16 incidents as first coded; the blind adjudication (docs/extract-journal.md, *Two coders*) kept four
    # hostage-takings a second coder had drafted as records of their own.
    assert_scored_on_its_own(47, texts=15, incidents=20, test=8, dev=7)
