"""The place, the tolls and the weapons, from the dev failures of the held-back rounds 100 and 101 (extract180): a
side's name read as a place, the place of the thing a strike hit told in a later sentence, a hedged wounded count
("thought to have been wounded"), a denial in the toll's sentence that denies something else, and bombs being
defused read as a weapon.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract180)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2012, 3, 6)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a side's name is no place (extract/group_named.py, read by place_roles.named_no_scene) ----------------------


def test_a_group_aimed_at_is_no_place() -> None:
    draft = _draft(
        "Four militants died on Monday when a drone fired a missile at a house near the border, officials said.\n\n"
        "The covert drone war is aimed at Taliban and other commanders in the country's northern tribal belt, where "
        "fighters have made havens."
    )
    assert draft.get("killed") == 4
    assert draft.get("place") != "Taliban"


def test_a_place_told_with_the_group_stays() -> None:  # guard: a real place beside the group's name
    draft = _draft("Taliban fighters attacked a police post in Imam Sahib district on Monday, killing two policemen.")
    assert draft.get("place") == "Imam Sahib district"


# --- the place of the thing a strike hit (extract/struck_object.py) -----------------------------------------------


def test_the_compound_placed_in_a_later_sentence_is_the_place() -> None:
    draft = _draft(
        "Five militants were killed on Monday night when a drone fired two missiles into a compound in the tribal "
        "area near the Afghan border, security officials said.\n\n"
        "The compound lay in the hill village of Zarkai, some 15 km east of the main town, and belonged to a local "
        "commander."
    )
    assert draft.get("place") == "Zarkai"


def test_the_vehicle_struck_in_a_named_place_narrows_the_lead() -> None:
    draft = _draft(
        "Three militants were killed on Monday when a drone strike hit a vehicle in North Waziristan, officials "
        "said.\n\n"
        "The drone fired two missiles that struck the vehicle in Spin Kalay."
    )
    assert draft.get("place") == "Spin Kalay"


def test_a_wider_place_for_the_house_leaves_the_village() -> None:  # guard: the later place is coarser
    draft = _draft(
        "Four people were killed on Monday when missiles destroyed a house in the village of Zarkai, a resident "
        "said.\n\n"
        "The house was in the South Waziristan region near the border."
    )
    assert draft.get("place") == "Zarkai"


# --- "thought to have been wounded" (extract/casualty_patterns.py, as "believed to have been") --------------------


def test_a_count_thought_to_have_been_wounded_is_read() -> None:
    draft = _draft(
        "Six militants were killed on Monday when a drone struck a house in the village of Zarkai, officials said.\n\n"
        "At least three others were thought to have been wounded."
    )
    assert draft.get("killed") == 6
    assert draft.get("injured") == 3


# --- a denial of something else (extract/denied_other.py, read by abstain.abstain) --------------------------------


def test_a_denial_of_another_matter_keeps_the_toll() -> None:
    draft = _draft(
        "Seven suspected militants were killed on Monday in a drone strike in the village of Zarkai, officials said, "
        "a day after the government dismissed reports that the strikes would be widened to new areas."
    )
    assert draft.get("killed") == 7


def test_a_denial_of_the_dead_still_empties_the_toll() -> None:  # guard: what is denied is the toll
    draft = _draft(
        "Local media said three soldiers were killed in the shelling of a post in the village of Zarkai on Monday, "
        "but the army dismissed reports that anyone had been killed."
    )
    assert draft.get("killed") is None


# --- bombs being defused (extract/defused.py, read by weapons_read._hauled) ---------------------------------------


def test_mines_being_defused_are_no_weapon() -> None:
    draft = _draft(
        "Government forces took back the district centre of Zarkai on Monday after two days of fighting, an official "
        "said.\n\n"
        '"Our men are now finding and defusing the roadside bombs and mines the enemy planted around the town," '
        "the governor's spokesman said."
    )
    assert "ied" not in (draft.get("weapons") or [])
    assert "explosives" not in (draft.get("weapons") or [])


def test_a_bomb_that_went_off_while_defused_stays() -> None:  # guard: it went off
    draft = _draft(
        "Two policemen were killed on Monday when a roadside bomb went off as they tried to defuse it in the village "
        "of Zarkai, officials said."
    )
    assert set(draft.get("weapons") or []) & {"ied", "explosives"}


# --- other people's dead told on another day (extract/other_day_toll.py, read by fields._add_to_toll) -------------


def test_dead_of_another_day_are_not_added() -> None:
    draft = _draft(
        "Three policemen were killed on Monday when militants stormed a checkpoint in the village of Zarkai, the "
        "district governor said.\n\n"
        "The militants went back to fighting soon after the talks broke down.\n\n"
        "At least 12 members of the security forces and several Taliban militants were killed on Sunday in the "
        "province and the neighbouring provinces."
    )
    assert draft.get("killed") == 3


def test_attackers_dead_of_another_day_are_not_added() -> None:
    draft = _draft(
        "Three policemen were killed on Monday when militants stormed a checkpoint in the village of Zarkai, the "
        "district governor said.\n\n"
        "Several militants were also killed on Sunday in the neighbouring district."
    )
    assert draft.get("killed") == 3


def test_the_attackers_dead_of_the_same_day_are_added() -> None:  # guard: the same day's attackers
    draft = _draft(
        "Three policemen were killed on Monday when militants stormed a checkpoint in the village of Zarkai, the "
        "district governor said.\n\n"
        "Two of the attackers were also killed on Monday in the gunfight."
    )
    assert draft.get("killed") == 5
