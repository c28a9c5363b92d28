"""The fifty-fourth round's held-back batch of real reports (docs/extract-journal.md, *The fifty-fourth round: held back
(round 54)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 53 did. It holds eight reports of three events on borders and of kinds the
corpus holds little of: the Iranian border post commander shot dead by Afghan border police in Nimroz after riding
across the line near Kang (April 2009, AF-IR), the suicide bomber who killed the guards at their iftar at the Torkham
crossing (August 2009, AF-PK, told with a drone strike of the same day), and the Tajik border guards' shots at a car
of fishermen near Mahram in Konibodom, by the Uzbek border (January 2018, TJ-UZ). The first two slugs hashed to
test, the third to dev. These tests check that the batch is there (its split by the eighth round's rule, each page
once and each border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that
its events carry the slugs written down before they were hashed and are new to the corpus, that its dates follow the
house's rules as first coded, how its tolls and attributions were coded (each report's toll as it tells it, the
suicide bomber counted among the dead when the report counts the victims apart from him; the Afghan account of a
crossing `alleged` against the Iranian guards; the guards' own side saying they shot `confirmed`), and that it is
scored on its own with ``--round 54``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs, committed before any was hashed (55a0896), with their sides (fixed in cde3dff).
EVENTS = {
    "kang-clash-2009-04": "test",
    "torkham-suicide-2009-08": "test",
    "mahram-fishermen-2018-01": "dev",
}


def test_the_fifty_fourth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(54, EVENTS, range(747, 755))
    assert {s["event"]: s["border"] for s in specs} == {
        "kang-clash-2009-04": "AF-IR",
        "torkham-suicide-2009-08": "AF-PK",
        "mahram-fishermen-2018-01": "TJ-UZ",
    }
    assert sum(len(s["incidents"]) for s in specs) == 11
    assert [s["split"] for s in specs].count("dev") == 2
    assert [s["split"] for s in specs].count("test") == 6


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'Wednesday evening' (VOA) and 'yesterday evening' (AFP) in the Thursday reports are 22 April 2009; Al Jazeera,
    which dates only Press TV's report 'on Thursday', is the week ending that day. 'Thursday' at Torkham is 27 August
    2009; the drone strike is that day where a report says so ('earlier the same day', 'hours after') and the week
    ending on the publication day where it gives no day (AP). The Mahram shots are of the evening of 7 January 2018."""
    dates = coded_fields(54, "date_precision", "event_date", "event_date_end")
    kang, torkham = ("day", "2009-04-22", None), ("day", "2009-08-27", None)
    assert dates == {
        "747": [("week", "2009-04-17", "2009-04-23")],
        "748": [kang],
        "749": [kang],
        "750": [torkham, ("week", "2009-08-22", "2009-08-28")],
        "751": [torkham, torkham],
        "752": [torkham, torkham],
        **{rid: [("day", "2018-01-07", None)] for rid in ("753", "754")},
    }


def test_the_tolls_as_first_coded() -> None:
    """Each report as it tells it. At Torkham the bomber counts among the dead: AP's 'at least 19 security officers'
    is 20 with no high bound and 20 wounded at least; Reuters's 22 guards 23; the BBC's 'at least 22 guards' 23. The
    drone strike's six (AP, Reuters) and the BBC's 'at least four'. At Mahram one dead and one wounded; the
    statement's 'two people were wounded, and one of them … died' is split, the two as the high bound."""
    tolls = coded_by_report(
        54, lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_high"])
    )
    one, six = (1, 1, 1, None, None), (6, 6, 6, None, None)
    assert tolls == {
        **{rid: [one] for rid in ("747", "748", "749")},
        "750": [(20, 20, None, 20, None), six],
        "751": [(23, 23, 23, None, None), six],
        "752": [(23, 23, None, None, None), (4, 4, None, None, None)],
        "753": [(1, 1, 1, 1, 1)],
        "754": [(1, 1, 1, 1, 2)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Kang an armed clash on Afghan soil, the Iranian guards `alleged` on the Afghan account of their crossing, no
    target (two states' forces); Torkham a suicide bomb on border guards, `suspected` against the TTP where AP names
    it a likely suspect and `unattributed` where no group is named, the drone strike `alleged` against the United States
    where intelligence officials name U.S. missiles; Mahram an attack on civilians, `confirmed` by the guards' own
    side (the military prosecutor's case, the border directorate's statement)."""
    rows = coded_fields(54, "sub_event_type", "attribution", "perpetrator", "target_type")
    kang = ("Armed clash", "alleged", "Iranian border guards", None)
    bomb = ("Suicide bomb", "unattributed", None, "border_guards")
    us = ("Air/drone strike", "alleged", "United States", None)
    mahram = ("Attack", "confirmed", "Tajik border guards", "civilians")
    assert rows == {
        **{rid: [kang] for rid in ("747", "748", "749")},
        "750": [("Suicide bomb", "suspected", "Tehrik-e-Taliban Pakistan", "border_guards"), us],
        "751": [bomb, us],
        "752": [bomb, ("Air/drone strike", "unattributed", None, None)],
        **{rid: [mahram] for rid in ("753", "754")},
    }
    origins = coded_fields(54, "country", "victim_nationality", "origin_country")
    assert {rid: origins[rid] for rid in ("747", "748", "749")} == {
        rid: [("AF", "IR", "IR")] for rid in ("747", "748", "749")
    }
    assert origins["753"] == origins["754"] == [("TJ", None, None)]


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fifty-fourth round: held back (round 54)", EVENTS)


def test_the_fifty_fourth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(54, texts=8, incidents=11, test=6, dev=2)
