"""The eighty-ninth round's held-back batch of real reports (docs/extract-journal.md, *The eighty-ninth round: held
back (round 89)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test, which took twelve lots. It holds 25 reports of 25 events on the Afghan-Pakistani line, ten of
them from the fighting of February and March 2026 that the corpus held almost nothing of, seven rewritten in English
from Urdu, Persian and Dari: mortars and rockets from the Afghan side on Torkham, Bajaur, Chitral, Angoor Adda,
Mohmand and North Waziristan (2014-2026), Pakistani rockets, shells and air strikes on Kunar, Khost, Nangarhar,
Paktia, Kandahar and Kabul (2012-2026), a NATO strike on the Tirah valley (2008), clashes at the crossings and posts,
and drones on Quetta and Kohat.
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, SHELLING, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 89
    REPORTS = range(1220, 1245)
    #: The slugs of the batch's events, committed before they were hashed in twelve lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "torkham-mortars-2020-01": "dev",
        "laghari-mortars-2021-01": "test",
        "arandu-mortars-2014-01": "dev",
        "salarzai-mortar-2026-03": "dev",
        "angooradda-mortar-2026-03": "dev",
        "ghanikhel-drones-2026-02": "dev",
        "bihsud-airstrikes-2026-02": "dev",
        "borderposts-offensive-2026-02": "dev",
        "spinboldak-exchange-2025-11": "dev",
        "khaskunar-airstrike-2026-03": "dev",
        "spera-mortars-2026-03": "dev",
        "morga-airstrike-2008-11": "dev",
        "golakhel-mortar-2026-03": "test",
        "nazyan-exchange-2026-02": "dev",
        "quetta-drones-2026-03": "dev",
        "alishir-mortars-2025-01": "dev",
        "sirkanay-rockets-2025-01": "dev",
        "shorabak-outpost-2026-03": "dev",
        "kandahar-strikes-2026-03": "test",
        "kabul-rehab-2026-03": "dev",
        "dangam-rockets-2025-12": "dev",
        "marawara-rockets-2020-10": "dev",
        "sarkano-rockets-2018-01": "dev",
        "khaskunar-missiles-2012-06": "dev",
        "sarkano-rockets-2018-08": "test",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 33
    SIDES = {"test": 4, "dev": 21}


def test_shells_from_either_side_and_strikes_on_test_as_coded() -> None:
    """'No loss of life' from shells fired from Kunar is 0 dead and 0 wounded, the origin alleged with no actor
    (1221); a shell from across the border during a night's exchange of fire, two boys dead (one the next day) and
    three hurt, is `alleged` with the origin Afghanistan (1232); strikes the Taliban's spokesman tells of on a
    Friday, with no day given, are the week to it, the airline's fuel store near Kandahar airport a record of its
    own apart from the homes in several provinces (1238); rockets 'late on Monday' in a Wednesday report are the
    Monday, two children killed and one hurt (1244)."""
    rows = coded_fields(89, *FIRST_FIELDS, "event_date_end", "target_type", "origin_country", "perpetrator")
    assert {rid: rows[rid] for rid in ("1221", "1232", "1244")} == {
        "1221": [("2021-01-18", "day", "PK", 0, 0, SHELLING, "alleged", None, None, "AF", None)],
        "1232": [("2026-03-08", "day", "PK", 2, 3, SHELLING, "alleged", None, "civilians", "AF", None)],
        "1244": [("2018-08-20", "day", "AF", 2, 1, SHELLING, "alleged", None, "civilians", "PK", "the Pakistani army")],
    }
    assert [(r[0], r[1], r[7], r[8], r[5]) for r in rows["1238"]] == [
        ("2026-03-07", "week", "2026-03-13", "business", STRIKE),
        ("2026-03-07", "week", "2026-03-13", "civilians", STRIKE),
    ]


def test_dates_tolls_and_blame_on_dev_as_coded() -> None:
    """A brief with no day for the shells is the week to it (1222); the two sides blaming each other for the fire at
    a crossing leave the country empty and the attribution `disputed` (1228, 1233); a strike the acting state owns,
    its target told differently by the two sides, is `confirmed` (1226, 1239), the toll the lowest official count
    with the highest as the bound (1239: around 400 and 408); the Taliban's own ministry telling of the post it took
    is `claimed`, the Pakistani soldiers killed in Afghanistan carrying their nationality (1237); 'at least 13' keeps
    no high bound (1231)."""
    rows = coded_fields(89, *FIRST_FIELDS, "event_date_end", "killed_high", "victim_nationality")
    assert rows["1222"] == [("2014-01-18", "week", "PK", 0, 0, SHELLING, "alleged", "2014-01-24", 0, None)]
    assert [(r[2], r[5], r[6]) for r in rows["1228"] + rows["1233"]] == [(None, CLASH, "disputed")] * 2
    assert [(r[5], r[6]) for r in rows["1226"] + rows["1239"]] == [(STRIKE, "confirmed")] * 2
    assert rows["1239"][0][3] == 400 and rows["1239"][0][8] == 408
    assert rows["1237"][0][:7] == ("2026-02-28", "week", "AF", 30, None, CLASH, "claimed")
    assert rows["1237"][0][9] == "PK"
    assert [(r[3], r[8]) for r in rows["1231"]] == [(7, 7), (13, None), (None, None)]
