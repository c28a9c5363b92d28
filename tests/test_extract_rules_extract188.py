"""An attack and the air strike it drew, told in one lead, are two incidents (extract188, extract/drew_strike.py).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract188)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2006, 4, 12)  # a Wednesday
#: The aircraft's strike, then the attack that drew it, in one lead; a source, then the fighting's dead.
LEAD = (
    "U.S. warplanes bombed a rebel hideout in the hills near Shkin on Tuesday after insurgents fired rockets and "
    "small arms at an Afghan border post, a provincial official said."
)
FIGHTING = "A rebel commander said by telephone that nine soldiers had died in the fighting."


def _by_type(drafts: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {d["sub_event_type"]: d for d in drafts}


def test_the_attack_that_drew_the_strike_is_its_own_incident() -> None:
    drafts = _by_type(drafts_of(LEAD, PUBLISHED, locate=None))
    assert set(drafts) == {"Air/drone strike", "Armed clash"}
    attack = drafts["Armed clash"]
    assert attack["event_date"] == "2006-04-11"
    assert attack["weapons"] == ["rocket", "firearms"]
    assert attack["target_type"] == "military"
    assert attack["place"] == "an Afghan border post"  # the site the attack was aimed at, not the strike's hills


def test_the_strike_keeps_the_aircraft_and_its_owner_not_the_attackers_weapons() -> None:
    strike = _by_type(drafts_of(LEAD, PUBLISHED, locate=None))["Air/drone strike"]
    assert strike["weapons"] == ["airstrike"]
    assert strike["perpetrator"] == "Military Forces of the United States"
    assert strike["attribution"] == "alleged"  # an official of the other side tells it


def test_the_fightings_dead_are_given_to_neither_act() -> None:
    drafts = _by_type(drafts_of(f"{LEAD} {FIGHTING}", PUBLISHED, locate=None))
    assert drafts["Air/drone strike"].get("killed") is None
    assert drafts["Armed clash"].get("killed") is None


def test_the_strikes_own_toll_stays_and_its_own_military_confirms_it() -> None:
    drafts = _by_type(
        drafts_of(
            "U.S. warplanes killed six militants near the border on Tuesday after guerrillas attacked an American "
            "base. The American military said no soldier was hurt.",
            PUBLISHED,
            locate=None,
        )
    )
    strike = drafts["Air/drone strike"]
    assert strike["killed"] == 6
    assert strike["attribution"] == "confirmed"
    assert drafts["Armed clash"].get("killed") is None


def test_fire_at_two_sites_each_with_its_weapons_is_two_attacks() -> None:
    drafts = _by_type(
        drafts_of(
            "U.S. warplanes killed four militants near the border on Tuesday after insurgents fired mortars at a "
            "U.S. base in Paktika and turned mortars and machine guns on two border posts, the American military "
            "said.",
            PUBLISHED,
            locate=None,
        )
    )
    assert set(drafts) == {"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"}
    shelling, clash = drafts["Shelling/artillery/missile attack"], drafts["Armed clash"]
    assert (shelling["place"], shelling["weapons"]) == ("a U.S. base in Paktika", ["mortar"])
    assert (clash["place"], clash["weapons"]) == ("two border posts", ["mortar", "firearms"])
    assert drafts["Air/drone strike"]["killed"] == 4


def _types_of(text: str) -> list[str]:
    return [d["sub_event_type"] for d in drafts_of(text, PUBLISHED, locate=None)]


def test_an_attack_days_before_the_strike_starts_nothing() -> None:  # guard: an earlier event told in passing
    assert _types_of(
        "U.S. warplanes bombed a rebel hideout near Shkin on Tuesday, two days after insurgents attacked an "
        "Afghan border post, a provincial official said."
    ) == ["Air/drone strike"]


def test_a_strike_that_followed_a_rocket_attack_stays_one_incident() -> None:  # guard: no attack told as an act
    assert _types_of(
        "U.S. helicopters fired on a ridge near Shkin on Tuesday, killing four militants; the strike followed a "
        "rocket attack by insurgents on a border post, a spokesman said."
    ) == ["Air/drone strike"]
