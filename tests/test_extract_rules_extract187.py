"""What rounds 105-107's dev parts missed (extract187): a bomb told as set off by remote control is an improvised
device (``ied``), in a report of several incidents as in one.

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract187)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of, one_draft

PUBLISHED = dt.date(2004, 5, 14)  # a Friday
#: A second incident told after the bombing, so that the report is not one of a single incident.
ROCKETS_BESIDE = (
    "Separately, a police spokesman said three rockets were fired at a district office near Kandahar on Wednesday "
    "night. Nobody was hurt."
)


def _bombing_beside_rockets(lead: str) -> dict[str, Any]:
    """The draft of the bombing ``lead`` tells (six killed), in a report that also tells the rockets."""
    drafts = drafts_of(f"{lead}\n\n{ROCKETS_BESIDE}", PUBLISHED, locate=None)
    return next(d for d in drafts if d.get("killed") == 6)


def test_a_bomb_set_off_by_remote_control_beside_a_second_incident_is_an_ied() -> None:
    bombing = _bombing_beside_rockets(
        "Six border policemen were killed on Thursday when a bomb set off by remote control wrecked their pick-up "
        "on the road to Spin Boldak, officials said."
    )
    assert bombing["weapons"] == ["ied"]
    assert bombing["sub_event_type"] == "Remote explosive/landmine/IED"


def test_a_remote_controlled_device_is_an_ied() -> None:
    drafts = drafts_of(
        "A remote-controlled explosive device wounded four soldiers on Thursday near Wana, officials said.\n\n"
        "Separately, a police spokesman said gunmen fired on a checkpoint near Tank on Wednesday night. "
        "Nobody was hurt.",
        PUBLISHED,
        locate=None,
    )
    bombing = next(d for d in drafts if d.get("injured") == 4)
    assert bombing["weapons"] == ["ied"]


def test_a_car_bomb_set_off_by_remote_control_stays_explosives() -> None:  # guard: the car bomb's own weapon
    draft = one_draft(
        "Eleven people were killed on Thursday when a car bomb set off by remote control exploded beside a bus "
        "in Quetta, officials said.",
        PUBLISHED,
        locate=None,
    )
    assert draft["weapons"] == ["explosives"]


def test_a_bomb_with_no_trigger_told_stays_explosives() -> None:  # guard: nothing says how it went off
    bombing = _bombing_beside_rockets(
        "Six border policemen were killed on Thursday when a bomb wrecked their pick-up on the road to Spin "
        "Boldak, officials said."
    )
    assert bombing["weapons"] == ["explosives"]


# --- a drone is the aircraft of its strike (extract/drone_aircraft.py) ------------------------------------------------


def test_a_drones_strike_takes_no_airstrike_from_the_tally_beside_it() -> None:
    draft = one_draft(
        "A US drone fired two missiles at a house near Miranshah on Thursday, killing five militants, security "
        "officials said.\n\n"
        "The most air strikes launched in a single month was fourteen, last spring.",
        PUBLISHED,
        locate=None,
    )
    assert "drone" in draft["weapons"]
    assert "airstrike" not in draft["weapons"]


def test_an_air_strike_with_no_drone_keeps_its_weapon() -> None:  # guard: no drone, the air strike stays
    draft = one_draft(
        "Jets fired two missiles at a house near Miranshah on Thursday in an air strike that killed five "
        "militants, security officials said.",
        PUBLISHED,
        locate=None,
    )
    assert "airstrike" in draft["weapons"]
