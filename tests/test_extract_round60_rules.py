"""Round 60's dev misses (issue 14): a scuffle or a group's beating at the border, and who was hurt in it.

Each sentence is written for this file (no real report's wording). The fill tests fail on main's code before this
change: a scuffle, or a counted group of people beating a guard, is a mob (Riots → Mob violence) with melee
weapons. The guards pass on both: forces that "beat back" an attack fought a battle, and a guard beating a
migrant is no mob. docs/extract-journal.md, "Round 60's dev misses".
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft

PUBLISHED = dt.date(2026, 3, 9)


def _draft(text: str) -> dict[str, object]:
    return one_draft(text, PUBLISHED)


def test_a_group_beating_a_guard_is_mob_violence_with_melee() -> None:
    values = _draft(
        "On Tuesday, 3 March, two men from a neighbouring village crossed into the pasture near Kara-Suu and argued "
        "with a border guard. Then five people beat the guard and took his radio, the border service said."
    )
    assert values["sub_event_type"] == "Mob violence"
    assert values["weapons"] == ["melee"]


def test_a_scuffle_is_mob_violence_with_melee() -> None:
    values = _draft(
        "An argument between villagers and a border patrol at the spring near Ak-Tash turned into a scuffle on "
        "Friday, 6 March, and two villagers were hurt, officials said."
    )
    assert values["event_type"] == "Riots"
    assert values["sub_event_type"] == "Mob violence"
    assert values["weapons"] == ["melee"]


def test_guard_troops_who_beat_back_an_attack_fought_a_clash() -> None:
    values = _draft(
        "On Tuesday, 3 March, troops beat back an attack on a post near Kara-Suu, killing two attackers, officials "
        "said."
    )
    assert values["sub_event_type"] == "Armed clash"
    assert "melee" not in list(values.get("weapons") or [])


def test_bruises_and_scratches_of_two_groups_are_the_injured() -> None:
    values = _draft(
        "A quarrel between herders and a border patrol near Ak-Tash on Friday, 6 March, ended in a scuffle in which "
        "two villagers of Kyrgyzstan and the soldier of Uzbekistan got minor bruises and cuts, officials said."
    )
    assert values["injured"] == 3
    assert values.get("target_type") is None  # civilians and a soldier: no one target
    assert values.get("victim_nationality") is None


def test_scratches_got_by_a_counted_group_are_the_injured() -> None:
    values = _draft(
        "On Friday, 6 March, four shepherds got light scratches when a scuffle broke out at the spring near Ak-Tash, "
        "officials said."
    )
    assert values["injured"] == 4


def test_a_counted_second_group_keeps_its_of_out() -> None:
    # guard: the dead among the wounded told after, as before this change (the second group's "of" not read)
    values = _draft(
        "On Friday, 6 March, guards opened fire near Ak-Tash; five villagers and one border guard of Tajikistan "
        "suffered gunshot wounds, and one villager died of his injuries, officials said."
    )
    assert values["injured"] == 5


def test_stones_thrown_at_servicemen_of_a_border_unit_target_border_guards() -> None:
    values = _draft(
        "On Friday, 6 March, herders near Ak-Tash refused the border guards' order to leave and began throwing "
        "stones at the servicemen, officials said."
    )
    assert values["target_type"] == "border_guards"


def test_stones_thrown_at_a_house_target_civilians() -> None:
    values = _draft(
        "On Friday, 6 March, young men from across the line threw stones at the house of a villager near Ak-Tash, "
        "officials said."
    )
    assert values["target_type"] == "civilians"


def test_stones_thrown_at_servicemen_of_no_service_told_leave_the_target_empty() -> None:
    # guard: bare servicemen with no service named in the sentence are no class of target
    values = _draft("On Friday, 6 March, a crowd near Ak-Tash began throwing stones at the servicemen, officials said.")
    assert values.get("target_type") is None
