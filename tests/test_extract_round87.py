"""The eighty-seventh round's held-back batch of real reports (docs/extract-journal.md, *The eighty-seventh round:
held back (round 87)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test (it ended with five). It holds eight reports of eight events on the Pakistani lines, aimed at the
years and districts the corpus held least: attacks from Afghanistan on posts in Mohmand's Safi tehsil (2015), Kurram
(2017) and Tirah's Rajgal valley (2017), Afghan troops firing on a Zhob border village (2013), fire from the Afghan side
wounding two in Chitral's Arandu (2014), eight Waziristani tribesmen shot by Afghan forces in Paktika's Bermal (2019),
and mortar shells from the Iranian side landing at Kachao and Tang Kachhao in Chagai (2015, 2017); four of them are
rewritten in English from Urdu.
"""

from __future__ import annotations

from _extract_helpers import ATTACK, CLASH, FIRST_FIELDS, SHELLING, HeldBackRound, coded_fields

#: ACLED's strategic development for a weapon destroyed before it was used (the explosives-laden vehicle, 1165).
DISRUPTED = "Disrupted weapons use"


class TestTheBatch(HeldBackRound):
    ROUND = 87
    REPORTS = range(1160, 1168)
    #: The slugs of the batch's events, committed before they were hashed in two lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "safi-checkpost-2015-11": "test",
        "kurram-vehicle-2017-05": "dev",
        "kachao-mortars-2015-11": "test",
        "tangkachhao-mortars-2017-03": "dev",
        "rajgal-post-2017-11": "dev",
        "qamardinkarez-firing-2013-09": "test",
        "arandu-firing-2014-11": "test",
        "bermal-tribesmen-2019-03": "test",
    }
    BORDERS = {
        "safi-checkpost-2015-11": "AF-PK",
        "kurram-vehicle-2017-05": "AF-PK",
        "kachao-mortars-2015-11": "IR-PK",
        "tangkachhao-mortars-2017-03": "IR-PK",
        "rajgal-post-2017-11": "AF-PK",
        "qamardinkarez-firing-2013-09": "AF-PK",
        "arandu-firing-2014-11": "AF-PK",
        "bermal-tribesmen-2019-03": "AF-PK",
    }
    INCIDENTS = 9
    SIDES = {"test": 5, "dev": 3}


def test_fire_from_across_the_line_as_coded() -> None:
    """Posts fired on from Afghanistan are an armed clash, `alleged` with the origin Afghanistan: a copy with no day
    for the attack is the week to it (1160, 1165); the attackers' dead and wounded are counted with the soldier's
    (1167); the vehicle packed with explosives that the border guards' fire blew up is their own side's account,
    `confirmed` with the guards as the actor, 'the border personnel' (1165). Shots from the Afghan side whose firer is
    not known wound two villagers: `alleged` by the origin, no actor (1163). Mortar shells from the Iranian side with no
    one hurt are a toll of 0, the origin Iran (1161); 'no loss of life' is 0 dead and the wounded untold (1166). Actors
    and tolls as ruled on 2026-12-07 (the report's own words; 'no loss of life' the dead only)."""
    rows = coded_fields(87, *FIRST_FIELDS, "event_date_end", "origin_country", "perpetrator")
    ids = ("1160", "1161", "1163", "1165", "1166", "1167")
    assert {rid: rows[rid] for rid in ids} == {
        "1160": [("2015-11-20", "week", "PK", 1, 2, CLASH, "alleged", "2015-11-26", "AF", "terrorists")],
        "1161": [("2015-11-14", "day", "PK", 0, 0, SHELLING, "alleged", None, "IR", None)],
        "1163": [("2014-11-15", "day", "PK", None, 2, CLASH, "alleged", None, "AF", None)],
        "1165": [
            ("2017-05-07", "week", "PK", None, 2, CLASH, "alleged", "2017-05-13", "AF", "Afghan forces"),
            ("2017-05-07", "week", "PK", 2, None, DISRUPTED, "confirmed", "2017-05-13", None, "the border personnel"),
        ],
        "1166": [("2017-03-06", "week", "PK", 0, None, SHELLING, "alleged", "2017-03-12", "IR", None)],
        "1167": [
            (
                "2017-11-09",
                "day",
                "PK",
                6,
                4,
                CLASH,
                "alleged",
                None,
                "AF",
                "a group of militants from across the border in Afghanistan",
            )
        ],
    }


def test_afghan_forces_firing_on_tribesmen_as_coded() -> None:
    """Afghan troops firing on a Zhob village are `confirmed` when Paktika's police chief says Afghan forces killed
    the men (as Taliban): both sides name the actor; 'at least five' keeps no high bound (1162). Pakistanis shot by
    Afghan forces inside Afghanistan carry their nationality, and the forces acted at home, so no origin (1164)."""
    rows = coded_fields(87, *FIRST_FIELDS, "killed_high", "victim_nationality", "origin_country", "perpetrator")
    assert {rid: rows[rid] for rid in ("1162", "1164")} == {
        "1162": [("2013-09-18", "day", "PK", 5, 25, ATTACK, "confirmed", None, None, "AF", "Afghan National Army")],
        "1164": [
            ("2019-03-10", "day", "AF", 8, None, ATTACK, "alleged", 8, "PK", None, "Afghan special security forces")
        ],
    }
