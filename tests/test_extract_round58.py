"""The fifty-eighth round's held-back batch of real reports (docs/extract-journal.md, *The fifty-eighth round: held back
(round 58)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 57 did. It holds thirteen reports of four events of kinds the corpus holds
little of, fire across the Afghan-Pakistani border from the Afghan side and from years it holds little of: the
missiles that hit a house at Kalosha near Wana, South Waziristan (February 2008, dev), the mortars on a house in
Tity Mada Khel, North Waziristan (January 2011, test), the rockets or shells from a U.S. fight in Khost that hit a
nomads' tent at Bangi Dar, North Waziristan (February 2006, test), and the Afghan Taliban's raid on a Frontier Corps
post in Mohmand that left dozens of soldiers missing (June 2010, test). These tests check that the batch is there
(its split by the eighth round's rule, each page once and each border's day on one side are checked for the whole
corpus in ``tests/test_extract_corpus.py``), that its events carry the slugs written down before they were hashed
and are new to the corpus, that its dates follow the house's rules as first coded, how its tolls and attributions
were coded (the lowest credible toll as the best figure, "at least N" with no high bound, the attackers counted; a
perpetrator or origin named by one party `alleged`, the TTP's own claim `claimed`, a security forces' assault
`confirmed`), and that it is scored on its own with ``--round 58``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs of the batch's events, committed before they were hashed (fb4c60e, 0f348f1), with their sides (fixed
#: in 4898f6f and d673036). Two more slugs were hashed and left out (docs/extract.md says why).
EVENTS = {
    "kalosha-missile-2008-02": "dev",
    "tity-mada-khel-mortar-2011-01": "test",
    "bangi-dar-shelling-2006-02": "test",
    "mohmand-post-2010-06": "test",
}


def test_the_fifty_eighth_rounds_reports_are_there() -> None:
    specs = assert_round_holds(58, EVENTS, range(781, 794))
    assert {s["border"] for s in specs} == {"AF-PK"}
    assert sum(len(s["incidents"]) for s in specs) == 16
    assert [s["split"] for s in specs].count("dev") == 5
    assert [s["split"] for s in specs].count("test") == 8


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'Early Thursday', 'about 2 a.m.' and 'today' are 28 February 2008 at Kalosha, in the reports of that day and of
    the next (the Washington Post and the New York Times of 29 February). AP's 'Thursday' is 13 January 2011 for the
    mortars and both bombings of the day; Antiwar.com gives no day of its own (only 'a day after' a visit it does not
    date), so the week ending on its publication day. 'Late Saturday' in the reports of Sunday 12 February 2006 is the
    11th. The Mohmand raid: The Nation dates only the BBC's report 'on Monday' (the week ending on 14 June 2010); the
    Express Tribune has the post stormed 'on Sunday' and the spokesman's 'Monday' attack (13 to 14 June); dpa's
    'Monday' is the 14th; AP gives no day (the week ending on 17 June); the Bajaur assault is dated by no sentence
    (the week ending on 16 June)."""
    dates = coded_fields(58, "date_precision", "event_date", "event_date_end")
    kalosha, thursday, saturday = ("day", "2008-02-28", None), ("day", "2011-01-13", None), ("day", "2006-02-11", None)
    assert dates == {
        **{rid: [kalosha] for rid in ("781", "782", "783", "784", "785")},
        "786": [thursday, thursday, thursday],
        "787": [("week", "2011-01-07", "2011-01-13")],
        **{rid: [saturday] for rid in ("788", "789")},
        "790": [("week", "2010-06-08", "2010-06-14")],
        "791": [("days", "2010-06-13", "2010-06-14"), ("week", "2010-06-10", "2010-06-16")],
        "792": [("day", "2010-06-14", None)],
        "793": [("week", "2010-06-11", "2010-06-17")],
    }


def test_the_tolls_as_first_coded() -> None:
    """Each report as it tells it: at Kalosha the BBC's 'at least 12' and three wounded, Reuters's 'at least eight'
    and later ten dead and seven wounded, the Washington Post's 'at least 10' and 'at least six' hurt, the New York
    Times's eight and three; at Tity Mada Khel eight and 11 (AP), eight (Antiwar.com), with AP's Bannu bomb (3 and 5)
    and Bara bomb (1); at Bangi Dar two women and 'at least four' children. The Mohmand raid: The Nation's military
    official tells no casualty among the troops and about 15 attackers killed, the TTP seven soldiers (15, high 22);
    the Express Tribune and dpa seven; AP none; the Bajaur assault's 'at least 38' and 'at least 10' (48, no high)."""
    tolls = coded_by_report(
        58, lambda i: (i["killed"], i["killed_low"], i["killed_high"], i["injured"], i["injured_high"])
    )
    bangi_dar = (2, 2, 2, 4, None)
    assert tolls == {
        "781": [(12, 12, None, 3, 3)],
        "782": [(8, 8, None, None, None)],
        "783": [(10, 10, 10, 7, 7)],
        "784": [(10, 10, None, 6, None)],
        "785": [(8, 8, 8, 3, 3)],
        "786": [(8, 8, 8, 11, 11), (3, 3, 3, 5, 5), (1, 1, 1, None, None)],
        "787": [(8, 8, 8, None, None)],
        **{rid: [bangi_dar] for rid in ("788", "789")},
        "790": [(15, 15, 22, None, None)],
        "791": [(7, 7, 7, None, None), (48, 48, None, None, None)],
        "792": [(7, 7, 7, None, None)],
        "793": [(None, None, None, None, None)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """Kalosha an air strike (`missile`) with no target, `alleged` where a party names the United States, NATO or
    only Afghanistan as the origin, `unattributed` in the Washington Post, which names nobody; the mortars and the
    Bangi Dar fire shelling, `alleged` against the forces in Afghanistan, with origin `AF`; AP's two bombs on police
    `unattributed` (a generic label); the Mohmand raid an armed clash on the military, `claimed` where the TTP's or a
    Taliban spokesperson's claim is told, `alleged` against the Afghan Taliban where officials alone name them."""
    rows = coded_by_report(
        58, lambda i: (i["sub_event_type"], i["weapons"], i["attribution"], i["perpetrator"], i["target_type"])
    )
    strike = ("Air/drone strike", ["missile"])
    shell = ("Shelling/artillery/missile attack", ["artillery", "rocket"])
    bomb = "Remote explosive/landmine/IED"
    raid = ("Armed clash", ["unknown"])
    mortar = ("Shelling/artillery/missile attack", ["mortar"], "alleged")
    assert rows == {
        "781": [(*strike, "alleged", None, None)],
        "782": [(*strike, "alleged", "U.S.", None)],
        "783": [(*strike, "alleged", "US", None)],
        "784": [(*strike, "unattributed", None, None)],
        "785": [(*strike, "alleged", "NATO", None)],
        "786": [
            (*mortar, "Afghan or foreign forces in Afghanistan", None),
            (bomb, ["ied"], "unattributed", None, "police"),
            (bomb, ["explosives"], "unattributed", None, "police"),
        ],
        "787": [(*mortar, "NATO troops or Afghan army forces", None)],
        "788": [(*shell, "alleged", "U.S. military", "civilians")],
        "789": [(*shell, "alleged", "US military", "civilians")],
        "790": [("Armed clash", ["firearms"], "claimed", "Tehrik-e-Taliban Pakistan", "military")],
        "791": [
            (*raid, "claimed", "Afghan Taliban", "military"),
            (*raid, "confirmed", "Pakistani security forces", None),
        ],
        **{rid: [(*raid, "alleged", "Afghan Taliban", "military")] for rid in ("792", "793")},
    }
    origins = coded_fields(58, "country", "origin_country")
    assert origins == {
        **{rid: [("PK", "AF")] for rid in ("781", "785", "787", "788", "789", "790", "792")},
        **{rid: [("PK", None)] for rid in ("782", "783", "784", "793")},
        "786": [("PK", "AF"), ("PK", None), ("PK", None)],
        "791": [("PK", None), ("PK", None)],
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fifty-eighth round: held back (round 58)", EVENTS)


def test_the_fifty_eighth_round_is_scored_on_its_own() -> None:
    assert_scored_on_its_own(58, texts=13, incidents=16, test=8, dev=5)
