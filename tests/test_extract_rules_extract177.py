"""The victims, from the dev failures out of sample (extract177): the armed crossers' nation told of the men rather
than of their trade, and civilians killed by fire aimed at a force's site typed as that force.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract177)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2019, 5, 14)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- the armed crossers' nation told of the men (extract/intruders_nation.py, read by smugglers_dead) -------------


def test_an_intruder_named_by_his_nation_in_apposition_carries_it() -> None:
    draft = _draft(
        "Tajik border guards fought off a band of armed drug runners who tried to cross the river at the weekend, "
        "the border service said.\n\n"
        "One of the intruders, an Afghan named Karim waladi Nur, was killed in the firefight."
    )
    assert draft["sub_event_type"] == "Armed clash"
    assert draft["victim_nationality"] == "AF"
    assert not draft.get("target_type")


def test_nationals_counted_as_they_crossed_carry_their_nation() -> None:
    draft = _draft(
        "Tajik security forces fought an armed group on the border on Sunday, the border troops said.\n\n"
        "At dusk four Afghan citizens crossed the state border illegally near a frontier post.\n\n"
        "Ordered to stop, the group fought back with rifles, and two of the intruders were killed by the guards' "
        "return fire."
    )
    assert draft["sub_event_type"] == "Armed clash"
    assert draft["victim_nationality"] == "AF"
    assert not draft.get("target_type")


def test_a_crosser_who_was_shot_is_no_armed_group() -> None:  # guard: a wounded crosser, no clash, no intruders
    draft = _draft(
        "An Uzbek citizen who had crossed the border was wounded by gunfire on Sunday, the border service said."
    )
    assert draft.get("sub_event_type") != "Armed clash"
    assert draft.get("target_type") == "civilians"


def test_two_nations_of_intruders_give_none() -> None:  # guard: two nations told, no single one
    draft = _draft(
        "Tajik border guards fought off a band of armed drug runners at the weekend, the border service said.\n\n"
        "Three Afghan citizens crossed the state border illegally with two Uzbek citizens beside them.\n\n"
        "One of the intruders, an Uzbek named Akmal, was killed in the firefight."
    )
    assert not draft.get("victim_nationality")


# --- civilians killed by fire aimed at a force's site (extract/site_aimed.py) ------------------------------------


def test_rockets_fired_at_a_coalition_base_make_the_target_military() -> None:
    draft = _draft(
        "Three civilians were killed on Monday when militants across the border fired rockets at NATO bases in "
        "Khost province, the coalition said."
    )
    assert draft["target_type"] == "military"


def test_a_bomb_near_a_security_post_makes_the_target_military() -> None:
    draft = _draft(
        "In Bajaur, a bomb went off near a security post in the Mamund area on Monday, killing a civilian and "
        "wounding two others, officials said."
    )
    assert draft["target_type"] == "military"


def test_a_blast_outside_a_police_station_makes_the_target_police() -> None:
    draft = _draft(
        "Two civilians were killed on Monday when a bomb exploded outside the police station in Chaman, officials said."
    )
    assert draft["target_type"] == "police"


def test_civilians_at_a_market_stay_civilians() -> None:  # guard: no force's site aimed at
    draft = _draft(
        "Two civilians were killed on Monday when a bomb exploded in the main market of Chaman, officials said."
    )
    assert draft["target_type"] == "civilians"


def test_a_confrontation_at_a_border_post_is_no_aim() -> None:  # guard: where, not what the fire was aimed at
    draft = _draft(
        "Kyrgyz border guards shot and wounded an Uzbek civilian in a quarrel at a border post on Monday, a police "
        "official said."
    )
    assert draft["target_type"] == "civilians"
