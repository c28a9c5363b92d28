"""The ninety-first round's held-back batch of real reports (docs/extract-journal.md, *The ninety-first round: held
back (round 91)*).

The round's slugs were committed before they were hashed, in two lots, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test, which took six events. It holds six reports of six events on the Afghan-Pakistani line, aimed
where the corpus held least (the years before 2009, Qila Saifullah): a rocket from the Afghan side at the school where
U.S. special forces slept in Miram Shah (2002), Afghan border forces against Pakistani troops and militia they say came
into Ghulam Khan (2003), the army's helicopters on the Chenagai madrasa in Bajaur (2006), guards' fire at Torkham over a
boy smuggling flour (2008), NATO helicopters and a Pakistani post at Datta Khel (2011) and the guards' fight in
Kandahar's Maroof district across from Qila Saifullah (2014).
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, SHELLING, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 91
    REPORTS = range(1280, 1286)
    #: The slugs of the batch's events, committed before they were hashed in two lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "chenagai-madrassa-2006-10": "test",
        "miranshah-rocket-2002-05": "test",
        "torkham-flour-2008-05": "dev",
        "ghulamkhan-incursion-2003-04": "test",
        "maroof-shootout-2014-05": "dev",
        "dattakhel-helicopters-2011-05": "test",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 6
    SIDES = {"test": 4, "dev": 2}


def test_a_strike_owned_a_rocket_from_across_and_two_crossings_as_coded() -> None:
    """An army's helicopters on a madrasa it calls a training camp, owned by its spokesman, are `confirmed`, the army
    as the actor and no origin, an opposition leader's word that forces from across the border did it no competing
    claim of a side, and "about 80" dead with "as many as 80" 80 (1280); a rocket that missed, "nobody was hurt", is 0
    dead and 0 wounded, the official's "from the Afghan side" an origin with no actor (1281); troops a commander says
    crossed into his village are `alleged` with their state as the origin, the other side's flat denial no competing
    claim, and the wounded they lost carry their nationality (1283); helicopters from across the border and a post
    that fired at them are a clash, `alleged` as the post's side tells it (1285)."""
    rows = coded_fields(91, *FIRST_FIELDS, "target_type", "victim_nationality", "perpetrator", "origin_country")
    assert {rid: rows[rid] for rid in ("1280", "1281", "1283", "1285")} == {
        "1280": [
            ("2006-10-30", "day", "PK", 80, 3, "Air/drone strike", "confirmed", None, None, "Pakistani army", None)
        ],
        "1281": [("2002-05-01", "day", "PK", 0, 0, SHELLING, "alleged", "military", None, None, "AF")],
        "1283": [
            (
                "2003-04-16",
                "day",
                "AF",
                None,
                8,
                CLASH,
                "alleged",
                None,
                "PK",
                "Pakistani militia and regular troops",
                "PK",
            )
        ],
        "1285": [
            ("2011-05-17", "day", "PK", None, 2, CLASH, "alleged", None, None, "NATO helicopter from Afghanistan", "AF")
        ],
    }


def test_guards_blaming_each_other_on_dev_as_coded() -> None:
    """Guards trading fire at a crossing, each side saying the other began it, are `disputed` with no actor and the
    crossing's country unscored, blows and shots `melee` and `firearms` (1282); a fight the province's spokesman puts
    in its own district keeps that country, the dead policeman its only toll (1284)."""
    rows = coded_fields(91, *FIRST_FIELDS, "weapons", "perpetrator")
    assert rows["1282"] == [("2008-05-24", "day", None, None, 2, CLASH, "disputed", ["firearms", "melee"], None)]
    assert rows["1284"] == [("2014-05-15", "day", "AF", 1, None, CLASH, "disputed", ["firearms", "rocket"], None)]
