"""The setting read as the event, shots that hit no one, the border police and a part of a body: rules (issue 14,
extract148).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2025, 8, 23)  # a Saturday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


def _setting_start(text: str) -> int | None:
    from incident_tracker.extract.setting_told import setting_start  # (here: the tests of drafts run on any tree)

    return setting_start(text)


# --- the setting: a habit of saying, two states' relations, another event in the same place ---------------------------


def test_a_habit_of_saying_names_no_weapon_of_the_event() -> None:
    draft = _one(
        "Four mortar shells fired from Afghanistan landed near a Pakistani post in Kurram on Friday, officials said. "
        "Kabul often says that Pakistani troops fire rockets into Khost province, killing civilians."
    )
    assert draft["weapons"] == ["mortar"]  # not the rockets Kabul keeps talking of


def test_a_mutual_accusation_told_as_a_habit_starts_at_its_clause() -> None:
    sentence = "The valley lies on the border, and Islamabad regularly accuses Kabul of shelling it."
    start = _setting_start(sentence)
    assert start is not None and sentence[start:].startswith("and Islamabad regularly accuses")


def test_guard_two_sides_accusing_each_other_are_no_setting() -> None:
    # two sides firing, which types a fight told only so as a clash
    assert _setting_start("The two states often accuse each other of firing across the border.") is None


def test_relations_between_two_states_keep_their_paragraph_out() -> None:
    draft = _one(
        "Unknown militants fired three missiles from Afghanistan into Kurram on Friday.\n\nA local official said no "
        "one was killed in the attack. One missile hit a shop, and two fell in a graveyard.\n\nTies between Islamabad "
        "and Kabul have been strained of late, with each side trading charges over militancy. The crossings were shut "
        "after the suicide bombing at a Sufi shrine in Sindh, which the army said was carried out by militants "
        "operating from safe havens in Afghanistan."
    )
    assert draft["sub_event_type"] == "Shelling/artillery/missile attack"  # not a suicide bombing
    assert draft["weapons"] == ["missile"]


def test_another_attack_in_the_same_place_gives_no_toll() -> None:
    draft = _one(
        "Three rockets fired from Afghanistan hit a row of shops in Parachinar on Friday, officials said. The rockets "
        "landed in the same area where gunmen attacked a bus with a car bomb last month, killing at least 18 people "
        "and wounding 40."
    )
    assert draft.get("killed") is None and draft.get("injured") is None
    assert draft["weapons"] == ["rocket"]


def test_guard_a_habit_of_the_event_own_words_is_no_setting() -> None:
    assert _setting_start("Guards fired on the men when they often crossed at night, the service said.") is None


def test_guard_the_same_place_told_without_another_event_keeps_the_toll() -> None:
    draft = _one(
        "Two soldiers were killed on Friday when a mortar shell hit the same post near Chaman that had been shelled "
        "before, officials said."
    )
    assert draft["killed"] == 2


# --- the attackers' record names no weapon of the fight ---------------------------------------------------------------


def test_a_record_of_bomb_attacks_is_no_weapon_of_the_raid() -> None:
    draft = _one(
        "Troops killed three militants involved in bomb attacks on the police in a gunfight near Turbat on Friday, the "
        "army said."
    )
    assert draft["weapons"] == ["firearms"]
    assert draft["killed"] == 3


def test_guard_a_bomb_used_in_the_event_is_still_read() -> None:
    draft = _one(
        "Militants set off a roadside bomb near Turbat on Friday, and three soldiers were killed, the army said."
    )
    assert "explosives" in draft["weapons"] or "ied" in draft["weapons"]


# --- the part of a body that died -------------------------------------------------------------------------------------


def test_a_part_of_the_attackers_is_the_toll() -> None:
    draft = _one(
        "Militants attacked a district centre in Nuristan on Friday, and the governor said at least nine of some "
        "1,500 attackers had been killed."
    )
    assert draft["killed"] == 9


def test_guard_a_part_told_with_no_verb_of_the_dead_is_left() -> None:
    draft = _one(
        "Militants attacked a district centre in Nuristan on Friday, and 12 attackers were killed, the governor said. "
        "Nine of some 1,500 attackers were Pakistanis, he added."
    )
    assert draft["killed"] == 12


# --- the border police ------------------------------------------------------------------------------------------------


def test_policemen_of_the_border_police_are_border_guards() -> None:
    draft = _one(
        "Militants from Pakistan raided police outposts in Dangam district on Friday, the commander of the border "
        "police in the east said. Two policemen were killed and four were wounded, he said."
    )
    assert draft["target_type"] == "border_guards"


def test_guard_local_police_named_beside_them_keep_police() -> None:
    draft = _one(
        "Militants from Pakistan raided police outposts in Dangam district on Friday, officials said. Two policemen "
        "were killed and four were wounded, and the governor asked for troops to back the local and border police."
    )
    assert draft["target_type"] == "police"


def test_guard_policemen_with_no_border_police_stay_police() -> None:
    draft = _one("Gunmen attacked a police station in Quetta on Friday, and two policemen were killed, officials said.")
    assert draft["target_type"] == "police"


# --- shots from across the line that hit no one -----------------------------------------------------------------------


def test_shots_from_the_other_side_that_hit_no_one_are_an_armed_clash() -> None:
    draft = _one(
        "At about 22:00 on Friday, unknown people fired five shots from the Uzbek side near the border line in the "
        "Sokh area, the border service said."
    )
    assert draft["sub_event_type"] == "Armed clash"
    assert draft.get("target_type") is None


def test_guard_shots_from_the_other_side_that_killed_a_man_stay_an_attack() -> None:
    draft = _one(
        "On Friday, guards fired several shots from the Iranian side and killed a shepherd near the border, his "
        "family said."
    )
    assert draft["sub_event_type"] != "Armed clash" or draft.get("killed") == 1
    assert draft.get("killed") == 1


# --- one man named, then his death ------------------------------------------------------------------------------------


def test_a_named_man_killed_is_one_dead() -> None:
    draft = _one(
        "Karim Dadkhoda, a Baluch porter of Kalag, was killed by direct fire from border forces near Saravan on "
        "Sunday, his family said."
    )
    assert draft["killed"] == 1


def test_guard_a_named_man_arrested_is_no_dead() -> None:
    draft = _one(
        "Karim Dadkhoda, a Baluch porter, was arrested by border forces near Saravan on Sunday after they opened fire, "
        "his family said."
    )
    assert draft.get("killed") is None


def test_a_fuel_carrier_shot_is_a_civilian() -> None:
    draft = _one("A Baluch fuel carrier was shot dead by border forces near Saravan on Sunday, his family said.")
    assert draft["target_type"] == "civilians"
