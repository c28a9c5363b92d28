"""Ground given up without a fight, a retaking's own wounded, the uprising forces hit, and the day told in the lead
before the capture's own sentence (issue 14, extract181).

Every sentence here is written for this file; none is a report's. The tests of what a rule reads fail on main's code
before this work; the guards of what it leaves alone pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2019, 4, 26)  # a Friday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


def test_a_post_left_without_any_clash_is_a_non_violent_transfer() -> None:
    text = (
        "The militants' hold on a river crossing in northern Afghanistan grew this week. The crossing fell to the "
        'Taliban after the army withdrew to the district centre, a provincial spokesman said. "Our men left the posts '
        'without any further clashes," he said.'
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Non-violent transfer of territory"
    assert draft["event_type"] == "Strategic developments"
    assert draft["target_type"] == "military"  # the army that left held it


def test_guard_ground_taken_without_a_fight_in_the_takers_telling_stays_a_capture() -> None:
    text = (
        "The Taliban took the centre of a border district of northern Afghanistan without a fight on Tuesday, a "
        "provincial official said."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"


def test_guard_ground_given_up_with_a_toll_is_taken_by_force() -> None:
    text = (
        "The Taliban seized three police posts in a border district of northern Afghanistan without a fight on "
        "Tuesday, officials said. Six policemen were killed in the district the same night."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"


def test_guard_forces_that_left_with_no_word_of_no_fight_lost_it_to_force() -> None:
    text = (
        "The district centre fell to the Taliban on Tuesday after the outnumbered army pulled out of it, a provincial "
        "spokesman said."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"


def test_the_day_in_the_lead_before_the_capture_sentence_dates_it() -> None:
    text = (
        "The Taliban took the Sarband crossing in a border district of northern Afghanistan late on Wednesday night, "
        "an official said.\n\nThe crossing fell to the Taliban after the army pulled out of it, the provincial police "
        "spokesman told reporters."
    )
    draft = _one(text)
    assert draft["event_date"] == "2019-04-24"
    assert draft["date_precision"] == "day"


def test_a_retaking_has_no_target_of_the_forces_own_wounded() -> None:
    text = (
        "Afghan security forces took back Sarband district, on the border with Tajikistan, on Thursday after two days "
        "of fighting with the Taliban, the provincial governor said. Three members of the security forces were wounded "
        "in the operation, he said."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Government regains territory"
    assert "target_type" not in draft


def test_uprising_forces_killed_are_a_military_target() -> None:
    text = (
        "Three members of the public uprising forces were killed on Wednesday when the Taliban attacked a checkpoint "
        "in a border district of western Afghanistan, the provincial governor said."
    )
    draft = _one(text)
    assert draft["target_type"] == "military"


def test_guard_a_militia_officer_is_no_uprising_force() -> None:
    text = "A militia officer was shot dead on Wednesday at a border post in the south of Kyrgyzstan, officials said."
    draft = _one(text)
    assert draft.get("target_type") != "military"
