"""Fire told before the heavy weapons that made it, and gunfire with blasts against armed men: rules (issue 14,
extract154).

Every sentence here is written for this file; none is a report's. The tests of what the rules read fail on main's
code before this work (firearms beside the heavy weapons; a remote explosive); the guards pass on both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2025, 8, 23)  # a Saturday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- fire told before the heavy weapons: theirs (extract/heavy_fire.py) -----------------------------------------------


def test_fire_exchanged_then_the_shells_named_is_the_shelling() -> None:
    draft = _one(
        "Afghan and Pakistani troops exchanged fire near the Kurram crossing on Friday, officials said. "
        "Both armies fired mortar rounds and artillery shells for about three hours, and two farmers were wounded."
    )
    assert set(draft["weapons"]) == {"mortar", "artillery"}


def test_fire_traded_in_the_lead_and_rockets_after_it() -> None:
    draft = _one(
        "Border forces of the two states traded fire on Friday in the hills above Chitral. "
        "Rockets fired by both sides struck an empty school on the Pakistani side, wounding a guard."
    )
    assert draft["weapons"] == ["rocket"]


def test_firing_told_first_and_the_mortars_fired_on_a_village() -> None:
    draft = _one(
        "The firing from across the border fell on a village of Bajaur on Friday, killing one soldier. "
        "Mortar shells were fired on the houses and on two posts of the Frontier Corps."
    )
    assert draft["weapons"] == ["mortar"]


def test_guard_a_gun_named_keeps_the_firearms() -> None:
    draft = _one(
        "Afghan and Pakistani troops exchanged fire near the Kurram crossing on Friday, officials said. "
        "Residents said rifles and mortars were used, and two farmers were wounded."
    )
    assert set(draft["weapons"]) == {"firearms", "mortar"}


def test_guard_one_side_opening_fire_keeps_the_firearms() -> None:
    draft = _one(
        "Afghan border police opened fire on a Pakistani post near Chaman on Friday, wounding two soldiers. "
        "The Afghan troops then began shelling the villages with artillery."
    )
    assert "firearms" in draft["weapons"] and "artillery" in draft["weapons"]


def test_guard_fire_exchanged_with_no_heavy_weapon_is_firearms() -> None:
    draft = _one("Tajik and Kyrgyz border guards exchanged fire near Vorukh on Friday, wounding one guard.")
    assert draft["weapons"] == ["firearms"]


# --- gunfire and blasts together: a fight, not a remote explosive (extract/gunfire_and_blasts.py) ---------------------


def test_gunfire_and_explosions_at_a_base_are_an_armed_clash() -> None:
    draft = _one(
        "Militants stormed an army camp near Zhob late on Friday, and gunfire and explosions were heard for hours. "
        "The army said its troops had beaten back the attack and killed five of the attackers."
    )
    assert set(draft["weapons"]) == {"firearms", "explosives"}
    assert draft["sub_event_type"] == "Armed clash"


def test_guard_a_roadside_bomb_and_shots_stay_a_remote_explosive() -> None:
    draft = _one(
        "A roadside bomb struck an army truck near Zhob on Friday, and militants then opened fire on the soldiers, "
        "killing two of them."
    )
    assert draft["sub_event_type"] == "Remote explosive/landmine/IED"


def test_guard_a_blast_alone_stays_a_remote_explosive() -> None:
    draft = _one("A bomb went off outside an army camp near Zhob on Friday, killing two soldiers.")
    assert draft["sub_event_type"] == "Remote explosive/landmine/IED"
