"""Round 75's dev misses and tolls out of sample: rules (issue 14, extract135).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract.roles import background_start

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- a running total over a stretch that ends at the report is no event's toll --------------------------------------


def test_a_stretch_of_months_paragraph_is_a_running_total_not_the_toll() -> None:
    text = (
        "Tajik border guards shot dead an armed smuggler near the Panj river on Monday night, the border service "
        "said.\n\n"
        "Over the past eight months, the service said, its men have stopped some 50 crossings. They fought armed "
        "smugglers 22 times, killing 30 of them; two guards were killed and six were wounded."
    )
    draft = _one(text)
    assert draft.get("killed") in (None, 1)
    assert draft.get("injured") is None


def test_a_stretch_of_weeks_months_or_years_opening_a_sentence_makes_it_background() -> None:
    for opening in ("Over the past ten months", "During the last two years", "Over the last few weeks"):
        text = f"{opening}, guards have fought smugglers 20 times, killing 25 of them."
        assert background_start(text, [], PUBLISHED, old_days=30) == 0, opening


def test_guard_a_stretch_of_days_or_hours_is_no_marker() -> None:
    for text in (
        "Rockets fired over the past two days have killed four civilians in Dangam district.",
        "Guards have fought smugglers twice over the last 24 hours.",
    ):
        assert background_start(text, [], PUBLISHED, old_days=30) is None, text


def test_guard_the_past_two_days_can_be_the_event_itself() -> None:
    text = (
        "Officials in Kunar said on Tuesday that 40 rockets fired from across the border had landed in Dangam "
        "district over the past two days, killing four civilians."
    )
    assert _one(text)["killed"] == 4


# --- where a statement came from is no scene ------------------------------------------------------------------------


def test_a_spokesman_speaking_from_headquarters_gives_no_place() -> None:
    text = (
        "A Pakistani border post fired on two US helicopters over the Afghan border on Thursday, and troops on the "
        "ground fired back, a spokesman said from the command's headquarters in Tampa."
    )
    assert _one(text).get("place") != "Tampa"


def test_a_statement_put_out_at_headquarters_gives_no_place() -> None:
    text = (
        "Pakistani and US troops traded fire on the border on Sunday and one US soldier was wounded, according to a "
        "statement the US military put out at its headquarters at Kandahar air field."
    )
    assert _one(text).get("place") != "Kandahar"


def test_guard_a_headquarters_attacked_is_the_scene() -> None:
    text = "Militants attacked the police headquarters in Rask on Monday night, killing five policemen."
    assert _one(text)["place"] == "Rask"


# --- a campaign stepped up is background: its weapons are not the event's ------------------------------------------


def test_drones_of_a_campaign_stepped_up_are_not_the_clash_weapons() -> None:
    text = (
        "Pakistani soldiers and US troops exchanged gunfire across the border in Paktika province on Thursday, "
        "officials said. No one was hurt.\n\n"
        "Tension has grown since Washington stepped up attacks by armed drones in the tribal areas."
    )
    draft = _one(text)
    assert "drone" not in draft["weapons"]
    assert draft["event_type"] == "Battles"


def test_guard_a_drone_strike_told_with_its_campaign_keeps_the_drone() -> None:
    text = (
        "A US drone fired two missiles at a house in North Waziristan on Monday, killing five militants, officials "
        "said. The United States has stepped up its drone war in the region this year."
    )
    assert "drone" in _one(text)["weapons"]


# --- a toll split between two sources' sentences: "as well" adds the other side's hurt ------------------------------


def test_another_sides_hurt_told_as_well_is_added_to_the_toll() -> None:
    text = (
        "US troops said one of their soldiers was wounded on Sunday in an exchange of fire with Pakistani troops "
        "near Shkin. A Pakistani official said that three border guards had been hurt as well."
    )
    assert _one(text)["injured"] == 4


def test_guard_the_same_hurt_told_again_by_another_source_is_not_added() -> None:
    text = (
        "Two Pakistani border scouts were wounded on Sunday in an exchange of fire with US troops near Shkin. A "
        "Pakistani official said that two border scouts had been hurt."
    )
    assert _one(text)["injured"] == 2
