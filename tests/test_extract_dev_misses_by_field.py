"""Dev misses by field: rules (issue 14, extract129).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract.came_across import crossers_who_struck

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- attackers named by their origin, told crossing and striking: alleged, the label with its origin ---------------


def test_attackers_from_a_country_who_came_across_and_struck_are_alleged() -> None:
    text = (
        "Gunmen from Afghanistan slipped over the border into Pakistan on Monday night and attacked a school in a "
        "hill village, setting it on fire."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "gunmen from Afghanistan"
    assert draft["origin_country"] == "AF"


def test_a_raid_across_the_border_by_named_attackers_is_alleged() -> None:
    text = (
        "Troops and village guards fought for a day and a night after a raid across the border by Tajik militants "
        "on Monday, and drove them back, the district chief said."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "Tajik militants"
    assert draft["origin_country"] == "TJ"


def test_guard_crossers_by_origin_only_when_the_origin_is_a_country_and_they_struck() -> None:
    # no act told after the crossing: a journey, not an attack
    assert crossers_who_struck("Traders from Afghanistan came across the border on Monday to sell fruit.") is None
    assert crossers_who_struck("Militants from Afghanistan came over the border on Monday, officials said.") is None
    # an origin that names no country
    assert crossers_who_struck("Militants from Kunar came over the pass and attacked a post.") is None
    # "a raid … by" men named by no demonym
    assert crossers_who_struck("It followed a raid across the border by unknown militants.") is None


def test_guard_a_label_with_no_crossing_stays_as_it_was() -> None:
    text = "Militants attacked a border post in the hills on Monday, killing two soldiers."
    draft = _one(text)
    assert draft.get("perpetrator") is None
    assert draft["attribution"] == "unattributed"


# --- a blast's people: civilians only where people gather or a mine hit a road or a van -----------------------------


def test_a_blast_placed_nowhere_people_gather_leaves_its_people_without_a_target() -> None:
    text = "A bomb went off near the railway station in a border town on Monday, killing at least nine people."
    draft = _one(text)
    assert draft.get("target_type") is None
    text = "A suicide bomber blew himself up in a border town on Monday, killing six people and wounding ten."
    assert _one(text).get("target_type") is None


def test_guard_a_blast_at_a_market_or_a_mine_keeps_its_people_as_civilians() -> None:
    text = "A bomb went off in a crowded vegetable market of a border town on Monday, killing at least nine people."
    assert _one(text)["target_type"] == "civilians"
    text = "A landmine blew up under a farm tractor near the border on Monday, killing four people."
    assert _one(text)["target_type"] == "civilians"
    text = "A suicide bomber struck a political rally in a border district on Monday, killing 20 people."
    assert _one(text)["target_type"] == "civilians"


def test_guard_people_shot_are_still_civilians() -> None:
    text = "Guards of the other state opened fire on a car near the border on Monday, killing three people."
    assert _one(text)["target_type"] == "civilians"


# --- a clash of two border services, one of them blamed: the other's guards were the target ------------------------


def test_a_clash_of_two_border_services_one_blamed_targets_the_other_guards() -> None:
    text = (
        "Uzbek and Kyrgyz border guards exchanged fire near a disputed pasture on Monday, the Kyrgyz border service "
        "said. It said the Uzbek border guards had opened fire first on a Kyrgyz border patrol, wounding one man."
    )
    draft = _one(text)
    assert draft["attribution"] == "alleged"
    assert draft["target_type"] == "border_guards"


def test_guard_two_border_services_with_no_blame_or_a_civilian_hit_keep_no_target() -> None:
    text = "Uzbek and Kyrgyz border guards fired at each other near a disputed pasture on Monday, officials said."
    assert _one(text).get("target_type") is None
    text = (
        "A shepherd was killed on Monday in a clash between Uzbek and Kyrgyz border guards, the Kyrgyz side said. "
        "It said the Uzbek border guards had opened fire first on a Kyrgyz border patrol."
    )
    assert _one(text).get("target_type") != "border_guards"
