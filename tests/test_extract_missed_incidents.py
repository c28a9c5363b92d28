"""Incidents the reader never drafted, mended as mechanisms (issue 14, *Incidents the reader never drafts*).

Every sentence here is written for this file; none is a report's. The mechanism has tests of what it drafts (they
fail on main's code before this work) and guards of what it leaves undrafted (background, a state's detention, a
seizing denied, a reaction), which pass on main's code too; the dev figures are in docs/extract.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday

ABDUCTION = "Abduction/forced disappearance"


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


def _types(text: str) -> list[str | None]:
    return [d.get("sub_event_type") for d in _drafts(text)]


# --- people taken hostage in a crowd's attack: an abduction beside the mob violence ----------------------------------

CROWD_AND_HOSTAGES = (
    "Villagers of the enclave threw stones at a new border post on Sunday and wounded two guards.\n\n"
    "Hundreds of villagers attacked the guards and took some twenty Kyrgyz citizens hostage, officials said."
)


def test_a_crowd_that_takes_people_hostage_makes_a_second_incident_an_abduction() -> None:
    drafts = _drafts(CROWD_AND_HOSTAGES)
    assert [d.get("sub_event_type") for d in drafts] == ["Mob violence", ABDUCTION]
    mob, abduction = drafts
    assert abduction["event_date"] == mob["event_date"] == "2024-06-09"
    assert abduction["event_type"] == "Violence against civilians"
    assert abduction.get("target_type") == "civilians"
    assert abduction.get("victim_nationality") == "KG"
    assert abduction.get("killed") is None and abduction.get("injured") is None  # the crowd's toll is the mob's


def test_the_crowd_named_as_the_subject_is_who_seized_them() -> None:
    abduction = _drafts(CROWD_AND_HOSTAGES)[1]
    assert abduction["attribution"] == "alleged"
    assert abduction["perpetrator"] == "villagers"


def test_people_seized_in_the_passive_after_a_stone_throwing_crowd() -> None:
    text = (
        "Residents of the enclave threw stones at the border guards on Sunday, and one guard was hurt.\n\n"
        "Dozens of Kyrgyz travellers were seized during the unlawful acts of citizens of Uzbekistan, the border "
        "service said."
    )
    drafts = _drafts(text)
    assert [d.get("sub_event_type") for d in drafts] == ["Mob violence", ABDUCTION]
    assert drafts[1]["perpetrator"] == "citizens of Uzbekistan"


def test_a_seizing_no_one_names_keeps_the_default_attribution() -> None:
    text = (
        "Residents threw stones at the border post on Sunday and two guards were hurt.\n\n"
        "Thirty Kyrgyz citizens were then taken hostage in the enclave."
    )
    abduction = _drafts(text)[1]
    assert abduction["sub_event_type"] == ABDUCTION
    assert abduction["attribution"] == "unattributed"


def test_a_state_side_taking_people_is_not_a_crowd_abduction() -> None:  # guard
    text = (
        "Villagers threw stones at each other near the disputed road on Sunday and five were hurt.\n\n"
        "By the ministry's account, the Kyrgyz side fired on civilians and took 30 citizens of Tajikistan hostage."
    )
    assert ABDUCTION not in _types(text)


def test_a_seizing_denied_drafts_no_abduction() -> None:  # guard
    text = (
        "Residents threw stones at the border guards on Sunday and two guards were hurt.\n\n"
        "Officials said no villagers were taken hostage."
    )
    assert _types(text) == ["Mob violence"]


def test_hostages_told_as_background_draft_no_abduction() -> None:  # guard
    text = (
        "Residents threw stones at the border guards on Sunday and two guards were hurt.\n\n"
        "In 2013, a crowd in the same enclave attacked a post and took thirty Kyrgyz citizens hostage."
    )
    assert _types(text) == ["Mob violence"]


def test_a_clash_of_forces_with_people_seized_is_not_doubled() -> None:  # guard: only a crowd's attack
    text = (
        "Gunmen attacked a border post on Sunday, killing two guards, and officials said three villagers were "
        "kidnapped."
    )
    assert len(_drafts(text)) == 1


def test_a_reaction_to_the_hostage_taking_adds_nothing_more() -> None:  # guard
    text = (
        CROWD_AND_HOSTAGES + "\n\nThe foreign ministry condemned the taking of hostages and demanded that the "
        "citizens be freed."
    )
    types = _types(text)
    assert "Mob violence" in types and len(types) == len(set(types))  # one of each at most: the reaction adds none
