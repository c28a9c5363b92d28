"""Weapons, kinds, dates and places from the held-back rounds 97 and 98 (extract176): a drone told as a "pilotless
aircraft", a "spy plane" or an "unmanned aircraft"; a headquarters burnt or set on fire; a place's own distance from
a town ("X lies 90 kilometres from Y") that is no scene; and "a like strike" told on another day.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract176)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from _extract_helpers import one_draft

PUBLISHED = dt.date(2012, 3, 14)  # a Wednesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- the drone by other names (extract/vocab.py, WEAPON_PHRASES) ----------------------------------------------------


@pytest.mark.parametrize(
    "craft",
    ["a Pakistani pilotless aircraft", "a spy plane of the Pakistani forces", "an unmanned aircraft of the army"],
)
def test_a_craft_with_no_pilot_is_a_drone_and_its_strike_an_air_strike(craft: str) -> None:
    draft = _draft(
        f"Tribal elders said missiles fired from {craft} killed nine fighters and four villagers in the Shawal "
        "valley of North Waziristan on Monday."
    )
    assert "drone" in draft["weapons"]
    assert draft["sub_event_type"] == "Air/drone strike"


def test_a_plane_with_a_pilot_is_no_drone() -> None:  # guard
    draft = _draft(
        "Tribal elders said missiles fired from a Pakistani plane killed nine fighters and four villagers in the "
        "Shawal valley of North Waziristan on Monday."
    )
    assert "drone" not in (draft["weapons"] or [])


# --- arson: a headquarters burnt, a possessive in "set ... on fire" (extract/vocab.py) ----------------------------


@pytest.mark.parametrize(
    "burnt",
    ["burnt down the district headquarters", "set the district chief's headquarters on fire"],
)
def test_a_headquarters_burnt_or_set_on_fire_is_arson(burnt: str) -> None:
    draft = _draft(
        f"The militants stormed Warduj district of Badakhshan on Monday, killed four policemen and {burnt}, "
        "the police spokesman said."
    )
    assert "arson" in draft["weapons"]


def test_a_headquarters_only_attacked_is_no_arson() -> None:  # guard
    draft = _draft(
        "The militants stormed Warduj district of Badakhshan on Monday, killed four policemen and attacked the "
        "district headquarters, the police spokesman said."
    )
    assert "arson" not in (draft["weapons"] or [])


# --- a place's own distance from a town is no scene (extract/near_place.py, extract/place.py) --------------------


def test_where_a_district_lies_is_not_the_scene() -> None:
    draft = _draft(
        "More than a dozen policemen were killed when the insurgents overran a district centre on Monday night, "
        "officials said.\n\n"
        "Gulzar lies 85 kilometres from Farah city and borders Helmand."
    )
    assert draft.get("place") != "85 kilometres from Farah"


def test_a_scene_told_at_a_distance_stays_the_scene() -> None:  # guard
    draft = _draft("Gunmen killed two border guards 15 kilometres west of Saravan on Monday night, officials said.")
    assert draft["place"] == "15 kilometres west of Saravan"


# --- "a like strike" is another day's (extract/roles.py) ------------------------------------------------------------


def test_a_like_strike_on_another_day_does_not_date_the_lead() -> None:
    draft = _draft(
        "A drone fired two missiles at a pick-up truck in the Mir Ali area of North Waziristan, killing five "
        "militants, a security official said.\n\n"
        "On Monday a like strike killed three militants near Wana in South Waziristan."
    )
    assert draft["event_date"] != "2012-03-12"


def test_the_strikes_own_monday_dates_it() -> None:  # guard
    draft = _draft(
        "On Monday a drone fired two missiles at a pick-up truck in the Mir Ali area of North Waziristan, killing "
        "five militants, a security official said."
    )
    assert draft["event_date"] == "2012-03-12"
