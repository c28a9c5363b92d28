"""Weapons and type out of sample, and the toll leftovers: rules (issue 14, extract137).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- a bomb dropped is an air strike; air support called in backs the ground fight ----------------------------------


def test_a_bomb_dropped_is_an_air_strike_not_explosives() -> None:
    for told in (
        "A fighter jet dropped a 250-kilogram guided bomb on the compound",
        "A single heavy bomb was dropped on the compound",
    ):
        draft = _one(f"{told} near the border town of Qalat on Monday, killing four men, officials said.")
        assert "airstrike" in draft["weapons"], told
        assert "explosives" not in draft["weapons"], told


def test_air_support_called_into_a_gunfight_leaves_it_a_clash() -> None:
    draft = _one(
        "Tajik border guards exchanged fire with armed smugglers for two hours near Bogh on Monday, and one guard "
        "was killed, officials said. The guards called for air support, and a helicopter fired on the smugglers."
    )
    assert draft["sub_event_type"] == "Armed clash"
    assert set(draft["weapons"]) == {"firearms", "airstrike"}


def test_a_call_for_air_support_told_in_another_sentence_of_the_paragraph_counts() -> None:
    draft = _one(
        "A border patrol exchanged fire with gunmen near Shkin on Monday, and a soldier was wounded, officials "
        "said. The gunmen ran into a farmhouse. The patrol called in close air support. A jet dropped a bomb on "
        "the farmhouse."
    )
    assert draft["sub_event_type"] == "Armed clash"
    assert "airstrike" in draft["weapons"]


def test_guard_aircraft_that_struck_with_no_call_stay_an_air_strike() -> None:
    draft = _one("Coalition jets struck a village near the border on Monday, killing five people, officials said.")
    assert draft["sub_event_type"] == "Air/drone strike"


def test_guard_a_bomb_planted_on_the_ground_is_no_air_strike() -> None:
    draft = _one("A bomb planted by the road went off under a police van near Chaman on Monday, killing two officers.")
    assert "airstrike" not in draft["weapons"]
    assert draft["sub_event_type"] == "Remote explosive/landmine/IED"


# --- how a victim was hit, between the auxiliary and the verb; the wires' "U.S." ------------------------------------


def test_shot_and_wounded_in_the_passive_counts_the_wounded() -> None:
    draft = _one("A Kyrgyz border guard was shot and wounded by Tajik guards near Kok-Tash on Monday, officials said.")
    assert draft["injured"] == 1


def test_several_shot_and_killed_in_the_passive_count_the_dead() -> None:
    draft = _one("Three farmers were shot and killed near the frontier on Monday as they crossed, officials said.")
    assert draft["killed"] == 3


def test_the_wires_us_before_the_victims_noun() -> None:
    draft = _one("Two U.S. soldiers were wounded on Monday when gunmen fired on their patrol near Shkin.")
    assert draft["injured"] == 2


# --- one death told of a role, with no count ------------------------------------------------------------------------


def test_the_death_of_one_told_by_his_role_is_one_killed() -> None:
    draft = _one(
        "Tajik frontier guards opened fire on a man crossing the river near Panj on Monday night when he ignored "
        "their orders to stop, and the intruder died, the border service said."
    )
    assert draft["killed"] == 1


def test_guard_a_count_already_read_stands() -> None:
    draft = _one(
        "Two soldiers were killed on Monday when militants attacked a border post near Zhob. The officer died in "
        "the exchange of fire, the army said."
    )
    assert draft["killed"] == 2


def test_guard_several_dead_told_by_a_plural_are_not_one() -> None:
    draft = _one(
        "Guards opened fire on armed smugglers crossing the river near Panj on Monday night, and the smugglers "
        "died, the border service said."
    )
    assert draft.get("killed") is None


# --- fire told again in words that name no weapon; fire come under --------------------------------------------------


def test_fire_come_under_after_the_rockets_is_the_rockets() -> None:
    draft = _one(
        "Rockets fired from across the border hit a base near Kundai on Sunday, killing two civilians, officials "
        "said. The base's commander was told at once when his men came under fire."
    )
    assert draft["weapons"] == ["rocket"]


def test_a_post_that_had_come_under_fire_was_fired_on() -> None:
    draft = _one("A police post near Nik Shahr had come under fire on Saturday morning, and two policemen were hurt.")
    assert draft["weapons"] == ["firearms"]


def test_guard_came_under_fire_for_a_decision_is_no_weapon() -> None:
    draft = _one(
        "Two soldiers were killed near the border on Monday by a roadside bomb. The ministry came under fire "
        "for the decision to reopen the road."
    )
    assert "firearms" not in draft["weapons"]


# --- a missile on one house is a strike from the air -----------------------------------------------------------------


def test_a_missile_on_one_house_is_an_air_strike() -> None:
    for told in ("A missile came down on a house", "Two missiles hit the house of a tribal elder"):
        draft = _one(f"{told} in a village near Wana on Monday, killing six people, residents said.")
        assert draft["sub_event_type"] == "Air/drone strike", told


def test_a_house_hit_by_a_missile_is_an_air_strike() -> None:
    draft = _one(
        "A house in a remote village of the tribal belt that was said to shelter fighters was hit by a missile "
        "on Monday, and five people died, officials said."
    )
    assert draft["sub_event_type"] == "Air/drone strike"


def test_guard_missiles_fired_into_a_province_are_a_shelling() -> None:
    draft = _one("Afghan officials said Pakistani forces fired 30 missiles into Kunar province on Monday, killing two.")
    assert draft["sub_event_type"] == "Shelling/artillery/missile attack"


def test_guard_a_rocket_on_a_house_stays_a_shelling() -> None:
    draft = _one("A rocket hit a house in Dangam district on Monday, killing two children, officials said.")
    assert draft["sub_event_type"] == "Shelling/artillery/missile attack"


# --- gunships backing the troops, told from the troops' side or by the cover they gave --------------------------------


def test_troops_supported_by_gunships_fought_with_them() -> None:
    draft = _one(
        "Troops supported by helicopter gunships exchanged fire with militants near Miran Shah on Monday, "
        "killing four of them, officials said."
    )
    assert set(draft["weapons"]) == {"firearms", "airstrike"}
    assert draft["sub_event_type"] == "Armed clash"


def test_gunships_giving_cover_are_the_fights_air_support() -> None:
    draft = _one(
        "Militants attacked a check-post near Kharkai on Monday and killed six soldiers; more troops joined the "
        "fight, with helicopter gunships providing cover from the air, officials said."
    )
    assert "airstrike" in draft["weapons"]
    assert draft["sub_event_type"] == "Armed clash"
