"""The state an actor belongs to, as the origin: a state's guns or aircraft firing into another state, and men told
by a neighbour's people's word (issue 14, extract160; ``extract/actor_state.py``).

Every sentence here is written for this file; none is a report's. The tests of what the rules read fail on main's code
before this work; the guards of what they leave alone pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- rule 1: a state's forces shelling or striking from the air into another state ----------------------------------


def test_a_neighbours_shelling_gives_its_state_as_the_origin() -> None:
    text = (
        "Iranian border guards fired several mortar shells into Pakistan's Kech district on Monday, wounding two "
        "villagers, Levies officials said."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Shelling/artillery/missile attack"
    assert draft["country"] == "PK"
    assert draft["origin_country"] == "IR"


def test_a_neighbours_air_strike_gives_its_state_as_the_origin() -> None:
    text = (
        "Pakistani military aircraft bombed houses in Afghanistan's Paktika province late on Monday, killing six "
        "civilians, the Taliban's spokesman said."
    )
    draft = _one(text)
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["country"] == "AF"
    assert draft["origin_country"] == "PK"


def test_guard_a_neighbours_guards_shooting_a_crosser_give_no_origin() -> None:
    text = (
        "Uzbek border guards shot dead a Kyrgyz villager near the border in Kyrgyzstan's Aravan district on Monday, "
        "Kyrgyz border officials said."
    )
    draft = _one(text)
    assert draft["country"] == "KG"
    assert draft["perpetrator"] == "Military Forces of Uzbekistan"
    assert draft.get("origin_country") is None


# --- rule 2: men told by a neighbour's people's word -----------------------------------------------------------------


def test_traffickers_told_by_a_neighbours_word_give_its_origin() -> None:
    text = (
        "One Tajik border guard was killed late on Monday in a clash with armed Afghan drug traffickers who were "
        "trying to cross the river in Tajikistan's Khatlon province, the border service said."
    )
    draft = _one(text)
    assert draft["country"] == "TJ"
    assert "Afghan" in draft["perpetrator"]
    assert draft["origin_country"] == "AF"


def test_villagers_told_by_a_neighbours_word_give_its_origin() -> None:
    text = (
        "Two Kyrgyz border guards were hurt on Monday when Tajik villagers threw stones at them in Kyrgyzstan's "
        "Batken region, the Kyrgyz border service said."
    )
    draft = _one(text)
    assert draft["country"] == "KG"
    assert draft["origin_country"] == "TJ"


def test_guard_a_sponsors_word_gives_no_origin() -> None:
    text = (
        "Two soldiers were killed on Monday when Indian-sponsored khwarij attacked a post in Pakistan's North "
        "Waziristan district, the military's media wing said."
    )
    draft = _one(text)
    assert draft["perpetrator"] == "Indian-sponsored khwarij"
    assert draft.get("origin_country") is None


# --- rule 3: the men told crossing from a state, the actor read elsewhere (``extract/crossed_from.py``) -------------


def test_a_groups_men_who_crossed_from_a_state_give_its_origin() -> None:
    text = (
        "Two soldiers were killed on Monday when militants who crossed from Afghanistan overnight attacked a post in "
        "Pakistan's Bajaur district, the army said. The group Jamaat-ul-Ahrar said it carried out the attack."
    )
    draft = _one(text)
    assert draft["perpetrator"] == "Jamaat-ul-Ahrar"
    assert draft["origin_country"] == "AF"


def test_smugglers_who_crossed_into_the_country_from_a_state_give_its_origin() -> None:
    text = (
        "Three Tajik border guards were killed in Tajikistan's Khatlon province on Monday in a gunfight with about 20 "
        "suspected drug smugglers who crossed into the country from Afghanistan, the border service said."
    )
    draft = _one(text)
    assert draft["perpetrator"] == "suspected drug smugglers"
    assert draft["origin_country"] == "AF"


def test_guard_crossings_the_patrols_often_stop_tell_no_origin() -> None:
    text = (
        "Three Tajik border guards were killed in Tajikistan's Khatlon province on Monday in a gunfight with suspected "
        "drug smugglers, the border service said, adding that its patrols often stop smugglers crossing from "
        "Afghanistan there."
    )
    draft = _one(text)
    assert draft["perpetrator"] == "suspected drug smugglers"
    assert draft.get("origin_country") is None


# --- the actor's phrase ends where its name ends (``extract/attribution_patterns.py``) --------------------------------


def test_a_labels_origin_ends_before_the_act() -> None:
    text = (
        "According to the army, a group of terrorists from across the border in Afghanistan attacked a checkpost in "
        "Pakistan's Bajaur district on Monday and fired at the soldiers inside it, killing one soldier."
    )
    draft = _one(text)
    # The whole noun phrase, "a group of" kept (seventh rulings; extract/group_of.py); it ends before the act.
    assert draft["perpetrator"] == "a group of terrorists from across the border in Afghanistan"
    assert draft["origin_country"] == "AF"


def test_a_province_named_with_and_is_not_part_of_the_other_side() -> None:
    text = (
        "A border guard was killed on Monday in an armed clash between border guards of Sistan and Baluchestan "
        "province and armed smugglers near Saravan in Iran, the police said."
    )
    assert _one(text)["perpetrator"] == "armed smugglers"


def test_the_taliban_at_the_iranian_border_come_from_afghanistan() -> None:
    text = (
        "An Iranian border guard was killed on Monday in a clash with Taliban fighters near Taybad in Iran, Iranian "
        "media said."
    )
    draft = _one(text)
    assert draft["country"] == "IR"
    assert draft["origin_country"] == "AF"


def test_guard_the_taliban_in_pakistan_give_no_origin() -> None:
    text = (
        "Two soldiers were killed on Monday when Taliban fighters attacked a post in Pakistan's North Waziristan "
        "district, officials said."
    )
    draft = _one(text)
    assert draft["perpetrator"] == "Taliban"
    assert draft.get("origin_country") is None
