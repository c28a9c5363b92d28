"""The fifty-fifth round's held-back batch of real reports (docs/extract-journal.md, *The fifty-fifth round: held back
(round 55)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 54 did. It holds nine reports of three events on borders and of kinds the
corpus holds little of: the Kyrgyz border guards' shots at two Uzbek cars near Toguz Bulak in Aravan district (May
2019, KG-UZ), the Taliban's attack on an Iranian border patrol in Taybad county that killed a conscript (August 2022,
AF-IR), and the militants' attack on a checkpost in the Abdoi sector of the Pakistan-Iran border that killed a soldier
(December 2021, IR-PK). All three slugs hashed to dev, so the batch has no test part. These tests check that the
batch is there (its split by the eighth round's rule, each page once and each border's day on one side are checked
for the whole corpus in ``tests/test_extract_corpus.py``), that its events carry the slugs written down before they
were hashed and are new to the corpus, that its dates follow the house's rules as first coded, how its tolls and
attributions were coded (the guards' own service saying they shot `confirmed`; the Iranian accounts of a Taliban
attack `alleged` with the origin; a generic "militants" or "terrorists" with no origin `unattributed`), and that it
is scored on its own with ``--round 55``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs, committed before any was hashed (f238a5d), with their sides (fixed in d41a850).
EVENTS = {
    "toguz-bulak-shooting-2019-05": "dev",
    "taybad-clash-2022-08": "dev",
    "abdoi-checkpost-2021-12": "dev",
}


def test_the_fifty_fifth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(55, EVENTS, range(755, 764))
    assert {s["event"]: s["border"] for s in specs} == {
        "toguz-bulak-shooting-2019-05": "KG-UZ",
        "taybad-clash-2022-08": "AF-IR",
        "abdoi-checkpost-2021-12": "IR-PK",
    }
    assert sum(len(s["incidents"]) for s in specs) == 9
    assert [s["split"] for s in specs].count("dev") == 9


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """Toguz Bulak is 31 May 2019 in both ('last night' in the report of that day; 'today, 31 May 2019'). Taybad has
    no day in the reports that name none (Afghanistan International, Al-Ain): the week ending on the publication day,
    10 August 2022; Iran Economist's 'in the past few hours' at 12:20 that day spans the 9th and 10th. Abdoi is
    Tuesday 14 December 2021 where the report says 'the small hours of Tuesday' or 'Tuesday morning', and the week
    ending that day where only the statement is dated (Pakistan Today) or no day is told (Public News)."""
    dates = coded_fields(55, "date_precision", "event_date", "event_date_end")
    week_taybad, week_abdoi = ("week", "2022-08-04", "2022-08-10"), ("week", "2021-12-08", "2021-12-14")
    assert dates == {
        **{rid: [("day", "2019-05-31", None)] for rid in ("755", "756")},
        "757": [week_taybad],
        "758": [("days", "2022-08-09", "2022-08-10")],
        "759": [week_taybad],
        **{rid: [("day", "2021-12-14", None)] for rid in ("760", "761")},
        **{rid: [week_abdoi] for rid in ("762", "763")},
    }


def test_the_tolls_as_first_coded() -> None:
    """Each report as it tells it: one Uzbek wounded at Toguz Bulak and no word of deaths (killed null); one conscript
    killed at Taybad, and one wounded where the report says so (Afghanistan International tells only the dead); one
    soldier killed at Abdoi with no high bound, the attackers' 'losses' given no number."""
    tolls = coded_by_report(
        55, lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_high"])
    )
    assert tolls == {
        **{rid: [(None, None, None, 1, 1)] for rid in ("755", "756")},
        "757": [(1, 1, 1, None, None)],
        **{rid: [(1, 1, 1, 1, 1)] for rid in ("758", "759")},
        **{rid: [(1, 1, None, None, None)] for rid in ("760", "761", "762", "763")},
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Toguz Bulak an attack on civilians (the crossers did not fire), `confirmed` by the guards' own State Border
    Service (the guards as 755 names them, 756's text only 'border guards', ruling of 2026-12-07), the wounded
    man `UZ`; Taybad an armed clash between two states' forces (no target) on Iranian soil,
    `alleged` against the Taliban by Iranian sources with origin `AF`; Abdoi an armed clash at a checkpost on
    `military`, its 'militants' and 'terrorists' named by no group and no origin, so `unattributed`."""
    rows = coded_fields(55, "sub_event_type", "attribution", "perpetrator", "target_type")
    toguz = ("Attack", "confirmed", "Kyrgyz border guards", "civilians")
    taybad = ("Armed clash", "alleged", "Taliban", None)
    abdoi = ("Armed clash", "unattributed", None, "military")
    assert rows == {
        "755": [toguz],
        "756": [("Attack", "confirmed", "border guards", "civilians")],
        **{rid: [taybad] for rid in ("757", "758", "759")},
        **{rid: [abdoi] for rid in ("760", "761", "762", "763")},
    }
    origins = coded_fields(55, "country", "victim_nationality", "origin_country")
    assert origins == {
        **{rid: [("KG", "UZ", None)] for rid in ("755", "756")},
        **{rid: [("IR", None, "AF")] for rid in ("757", "758", "759")},
        **{rid: [("PK", None, None)] for rid in ("760", "761", "762", "763")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fifty-fifth round: held back (round 55)", EVENTS)


def test_the_fifty_fifth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(55, texts=9, incidents=9, test=0, dev=9)
