"""Round 60's dev misses (issue 14): a scuffle or a group's beating at the border, and who was hurt in it.

Each sentence is written for this file (no real report's wording). The fill tests fail on main's code before this
change: a scuffle, or a counted group of people beating a guard, is a mob (Riots → Mob violence) with melee
weapons. The guards pass on both: forces that "beat back" an attack fought a battle, and a guard beating a
migrant is no mob. docs/extract.md, "Round 60's dev misses".
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
