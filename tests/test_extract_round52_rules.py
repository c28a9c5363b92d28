"""Round 52's dev misses as general mechanisms of the reader (the fifty-eighth rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
mends (each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves as
it was (the guards pass on main's code too); the dev figures are in docs/extract-journal.md (*Round 52's dev misses*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 7)  # a Friday


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a kidnapping's "gunmen" name no weapon ---------------------------------------------------------------------------


def test_gunmen_who_kidnap_name_no_weapon() -> None:
    draft = _draft(
        "Three farm labourers were kidnapped on Thursday by gunmen who crossed from the other side of the river, "
        "district officials said."
    )
    assert draft.get("sub_event_type") == "Abduction/forced disappearance"
    assert draft.get("weapons") == ["unknown"]


def test_gunmen_who_kill_with_fire_told_are_coded_with_firearms() -> None:  # guard
    # (extract142: "gunmen" alone name no weapon in a killing either, as round 78's coding and adjudication 513 have
    # it; the firearms come from the fire told: tests/test_extract_armed_police_tolls.py)
    draft = _draft("Gunmen opened fire on a border post on Thursday, killing four guards, officials said.")
    assert draft.get("weapons") == ["firearms"]


def test_a_kidnapping_with_shots_fired_keeps_the_firearms() -> None:  # guard
    draft = _draft(
        "Gunmen opened fire on a car and kidnapped three farm labourers on Thursday near the river, officials said."
    )
    assert draft.get("weapons") == ["firearms"]


# --- where the people were taken or going is not the scene ------------------------------------------------------------


def test_hostages_carried_off_into_a_country_do_not_place_the_event_there() -> None:
    draft = _draft(
        "Two farm labourers were kidnapped on Thursday by smugglers, officials said. The men were taken hostage and "
        "carried off into Afghanistan, a spokesman said."
    )
    assert draft.get("country") != "AF"


def test_travellers_heading_across_the_border_into_a_country_do_not_place_the_event_there() -> None:
    draft = _draft(
        "On Thursday villagers were travelling by lorry from their village across the border into Afghanistan when "
        "the lorry struck a mine, killing six of them."
    )
    assert draft.get("country") != "AF"


def test_rockets_fired_across_the_border_into_a_country_place_the_event_there() -> None:  # guard
    draft = _draft("On Thursday troops fired rockets across the border into Afghanistan, killing two villagers.")
    assert draft.get("country") == "AF"


# --- the day told again with the act's actor --------------------------------------------------------------------------

MONDAY = dt.date(2024, 6, 10)


def test_a_later_sentence_naming_the_actor_dates_the_week_old_act() -> None:
    draft = _draft(
        "The government said on Monday that two of its citizens had been kidnapped by Afghan smugglers last week.\n\n"
        "The two, who built roads in the area, were seized on Friday near the border by Afghan smugglers, a "
        "spokesman said.",
        MONDAY,
    )
    assert draft.get("event_date") == "2024-06-07"
    assert draft.get("date_precision") == "day"


def test_a_day_told_without_the_act_leaves_the_week() -> None:  # guard
    draft = _draft(
        "The government said on Monday that two of its citizens had been kidnapped by Afghan smugglers last week.\n\n"
        "On Friday the president met the families, a spokesman said.",
        MONDAY,
    )
    assert draft.get("date_precision") == "week"


# --- people taken hostage, told in the passive ------------------------------------------------------------------------


def test_citizens_taken_hostage_are_an_abduction() -> None:
    draft = _draft(
        "On Thursday two farm labourers were taken hostage near the border by smugglers and carried off across the "
        "river, officials said."
    )
    assert draft.get("sub_event_type") == "Abduction/forced disappearance"


def test_hostages_taken_in_a_crowds_clash_stay_the_crowds() -> None:  # guard
    draft = _draft(
        "On Thursday residents threw stones at border guards during a protest over a new fence. Several guards were "
        "taken hostage by the crowd, officials said."
    )
    assert draft.get("sub_event_type") == "Mob violence"


# --- a denial of deaths leaves the wounded counted before it ----------------------------------------------------------


def test_a_denial_of_deaths_keeps_the_wounded_told_before_it() -> None:
    draft = _draft(
        "On Thursday two farm labourers were kidnapped near the border by smugglers, officials said. The police said "
        "a third citizen was wounded in the raid, and denied reports that anyone had been killed."
    )
    assert draft.get("injured") == 1


def test_a_denied_count_of_wounded_is_still_left_empty() -> None:  # guard
    draft = _draft(
        "On Thursday gunmen attacked a border post, officials said. A local channel said five guards were wounded, a "
        "figure the army denied."
    )
    assert draft.get("injured") is None


# --- where a vehicle set out from is not the scene --------------------------------------------------------------------


def test_the_town_a_car_was_going_from_is_not_the_scene() -> None:
    draft = _draft(
        "On Thursday a car going from the border town of Kotkai to a village across the river struck a mine in the "
        "Lowara Sar area, killing five people, officials said."
    )
    assert draft.get("place") == "Lowara Sar area"


def test_the_town_named_as_the_scene_stays_the_scene() -> None:  # guard
    draft = _draft("On Thursday a car struck a mine in the border town of Kotkai, killing five people, officials said.")
    assert draft.get("place") == "Kotkai"
