"""Ground taken from the state's forces: their type is the capture's target (issue 14, extract158).

Every sentence here is written for this file; none is a report's. The tests of what the rule reads fail on main's code
before this work; the guards of what it leaves alone pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2021, 7, 12)  # a Monday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


def test_forces_pulling_back_from_a_district_taken_are_its_target() -> None:
    text = (
        "Taliban fighters overran the headquarters of a district in northern Afghanistan's Faryab province on Sunday, "
        "the provincial governor's office said. The security forces pulled back to the provincial capital after two "
        "days of fighting, a spokesman said."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"
    assert draft["target_type"] == "military"


def test_government_troops_withdrawing_after_a_fight_are_its_target() -> None:
    text = (
        "The Taliban captured the district centre of a border district in Afghanistan's Kunduz province on Sunday, "
        "officials said. Government troops withdrew from the area after heavy fighting, a local official said."
    )
    draft = _one(text)
    assert draft["target_type"] == "military"


def test_guard_a_capture_of_offices_alone_keeps_no_target() -> None:
    text = (
        "The Taliban overran the district centre of a district in Afghanistan's Herat province on Saturday, officials "
        "said. The militants now hold the district offices and the customs building."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"
    assert "target_type" not in draft


def test_guard_foreign_troops_leaving_are_not_the_target() -> None:
    text = (
        "The Taliban overran the district centre of a district in Afghanistan's Herat province on Saturday, officials "
        "said. The last American troops are due to leave the country by September."
    )
    draft = _one(text)
    assert "target_type" not in draft
