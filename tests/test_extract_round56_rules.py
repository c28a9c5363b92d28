"""Round 56's dev misses as general mechanisms of the reader (the sixty-first rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
mends (each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves as
it was (the guards pass on main's code too); the dev figures are in docs/extract-journal.md (*Round 56's dev misses*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2023, 3, 15)  # a Wednesday


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a strike from the air: "people" and the house it hit tell no target ------------------------------------------


def test_a_drones_people_are_no_civilians() -> None:
    draft = _draft(
        "A drone fired two missiles near the Afghan border on Tuesday and killed nine people, officials said."
    )
    assert draft.get("sub_event_type") == "Air/drone strike"
    assert draft.get("target_type") is None


def test_a_drones_missile_on_a_house_tells_no_target() -> None:
    draft = _draft(
        "Seven people died on Tuesday when a drone fired a missile in the tribal belt near the Afghan border.\n\n"
        "The missile struck a house in a village, residents said."
    )
    assert draft.get("sub_event_type") == "Air/drone strike"
    assert draft.get("target_type") is None


def test_shells_on_a_house_still_hit_civilians() -> None:  # guard
    draft = _draft(
        "Seven people died on Tuesday when mortar shells fired from across the border struck a house in a "
        "village, residents said."
    )
    assert draft.get("target_type") == "civilians"


def test_a_drones_toll_naming_children_keeps_civilians() -> None:  # guard
    draft = _draft(
        "Nine people, including four children, were killed on Tuesday when drones struck a village near the "
        "border, an official said."
    )
    assert draft.get("target_type") == "civilians"


def test_a_drone_strike_on_villagers_keeps_its_target() -> None:  # guard
    draft = _draft("A drone strike near the Afghan border killed five villagers on Tuesday, officials said.")
    assert draft.get("target_type") == "civilians"


# --- the drone's owner: the state that struck ---------------------------------------------------------------------


def test_a_drone_told_as_a_states_through_a_source_is_alleged() -> None:
    draft = _draft(
        "An American drone fired two missiles at a compound near the Afghan border on Tuesday and killed six "
        "people, local officials said."
    )
    assert draft.get("perpetrator") == "Military Forces of the United States"  # the dictionary's entry (extract170)
    assert draft.get("attribution") == "alleged"


def test_a_drone_believed_to_be_a_states_by_the_outlet_alone_is_suspected() -> None:
    draft = _draft(
        "A drone believed to be American fired a missile at a car near the Afghan border on Tuesday, killing four "
        "people."
    )
    assert draft.get("perpetrator") == "Military Forces of the United States"  # the dictionary's entry (extract170)
    assert draft.get("attribution") == "suspected"


def test_a_drone_shot_down_by_a_state_tells_no_owner() -> None:  # guard
    draft = _draft(
        "A drone fired a missile near the Afghan border on Tuesday, killing four people. Hours later a drone was "
        "shot down by Pakistani forces, officials said."
    )
    assert draft.get("perpetrator") is None
    assert draft.get("attribution") is None  # no side named: no default either (see extract/unowned_fire.py)


# --- a teacher killed: a civilian calling, counted --------------------------------------------------------------------


def test_a_teacher_killed_in_a_clash_is_counted() -> None:
    draft = _draft(
        "A teacher was killed on Tuesday in a clash between the border guards of the two countries, the ministry said."
    )
    assert draft.get("killed") == 1


def test_a_teacher_shot_by_gunmen_is_a_civilian() -> None:
    draft = _draft("A teacher was shot dead on Tuesday when gunmen opened fire on a school bus, police said.")
    assert draft.get("killed") == 1
    assert draft.get("target_type") == "civilians"


def test_teachers_talked_of_are_no_toll() -> None:  # guard
    draft = _draft(
        "Two soldiers were killed on Tuesday when gunmen opened fire on a post, police said. Teachers in the "
        "district held classes as usual."
    )
    assert draft.get("killed") == 2
