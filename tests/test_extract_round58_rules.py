"""Round 58's dev misses (the Kalosha missile strike, 781–785) as general mechanisms of the reader.

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
mends (each fails on main's code before this round) and guards of what it leaves as it was (the guards pass on
main's code too); the dev figures are in docs/extract-journal.md (*Round 58's dev misses*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 3, 16)  # a Thursday


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a GMT clock in brackets: its weekday is Greenwich's, the event's day the local clock's ------------------------


def test_a_gmt_weekday_beside_a_local_small_hour_is_the_next_local_day() -> None:
    found = find_dates("Two rockets fell on the camp at about 0300 local time (2230 GMT on Wednesday).", PUBLISHED)
    assert [d.start for d in found] == [dt.date(2023, 3, 16)]


def test_the_draft_of_a_gmt_glossed_strike_is_dated_by_the_local_day() -> None:
    draft = _draft(
        "A rocket attack on a farm in a border village has killed four people, officials say.\n\n"
        "The rockets hit the farm at about 0130 local time (2030 GMT on Wednesday), villagers said."
    )
    assert draft["event_date"] == "2023-03-16"


def test_a_gmt_weekday_of_the_same_local_day_stays() -> None:  # guard
    found = find_dates("The post was shelled at 1500 local time (1030 GMT on Wednesday).", PUBLISHED)
    assert [d.start for d in found] == [dt.date(2023, 3, 15)]


def test_a_gmt_clock_alone_says_nothing_of_the_local_day() -> None:  # guard
    found = find_dates("The post was shelled at 2230 GMT on Wednesday.", PUBLISHED)
    assert [d.start for d in found] == [dt.date(2023, 3, 15)]


def test_a_local_clock_behind_or_ahead_of_greenwich_moves_the_day() -> None:
    from incident_tracker.extract.clock import day_shift

    assert day_shift("at 1500 local time (1030 GMT on ") == 0
    assert day_shift("at 2200 local time (0300 GMT on ") == -1
    assert day_shift("at 0200 local time (2100 GMT on ") == 1


# --- where the blasts were heard is not where they fell ------------------------------------------------------------


def test_a_town_the_blasts_were_heard_in_is_not_the_scene() -> None:
    draft = _draft(
        "Three rockets landed on a hillside camp on Wednesday night, killing two herders, police said.\n\n"
        "The explosions were heard clearly in Tarmil, the nearest town, some 8km away."
    )
    assert draft.get("place") != "Tarmil"


def test_blasts_heard_near_a_town_still_place_it() -> None:  # guard: "near" may be all a report tells
    draft = _draft("Blasts were heard near the town of Tarmil on Wednesday night, and two herders were killed.")
    assert "Tarmil" in str(draft.get("place"))


# --- the lead's scene: where the thing it hit stood, told next -----------------------------------------------------


def test_where_the_house_of_the_lead_stood_is_the_scene() -> None:
    draft = _draft(
        "A rocket attack on a house in a village near the border has killed five people, officials said.\n\n"
        "Nothing remains of the house, which stood in Gerdab village in the hill district.\n\n"
        "The rockets hit the house at about 0200 on Wednesday, residents said."
    )
    assert draft.get("place") == "Gerdab village"


def test_a_sentence_naming_nothing_of_the_lead_is_not_its_scene() -> None:  # guard
    draft = _draft(
        "A rocket attack on a house in a village near the border has killed five people, officials said.\n\n"
        "Smugglers are strongly present in Gerdab village, the officials added.\n\n"
        "The rockets hit at about 0200 on Wednesday, residents said."
    )
    assert draft.get("place") != "Gerdab village"


# --- "four of the dead" is a part of the toll, not more dead -------------------------------------------------------


def test_some_of_the_dead_told_after_the_toll_are_not_added() -> None:
    draft = _draft(
        "Nine suspected fighters died on Wednesday when two rockets hit a house in the hills, residents said; five "
        "of the dead came from abroad."
    )
    assert draft["killed"] == 9


def test_two_groups_of_dead_still_add_up() -> None:  # guard
    draft = _draft("Four soldiers were killed on Wednesday and three civilians were killed when shells hit the post.")
    assert draft["killed"] == 7


# --- the force said to have fired ----------------------------------------------------------------------------------


def test_a_force_an_official_says_fired_the_missile_is_alleged() -> None:
    draft = _draft(
        "Six people died on Wednesday when a missile hit a house in a border village, residents said.\n\n"
        "A police official said the missile had been fired by US troops based across the border."
    )
    assert draft["attribution"] == "alleged"
    # the actor dictionary's name since it lists the United States' forces (extract170; "United States" before)
    assert draft["perpetrator"] == "Military Forces of the United States"


def test_a_base_residents_say_the_missiles_came_from_names_its_holder_and_origin() -> None:
    draft = _draft(
        "Six people died on Wednesday when two missiles hit a house in a Pakistani border village, officials said.\n\n"
        "Villagers believed the missiles may have been launched from a NATO base just over the border in "
        "Afghanistan."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "NATO"
    assert draft["origin_country"] == "AF"


def test_residents_suspecting_a_country_give_an_origin_and_no_actor() -> None:
    draft = _draft(
        "Six people died on Wednesday when two missiles hit a house in a Pakistani border village, officials said.\n\n"
        "Nobody knows who fired them, though residents suspect Afghanistan."
    )
    assert draft["attribution"] == "alleged"
    assert draft.get("perpetrator") is None
    assert draft["origin_country"] == "AF"


def test_a_force_told_as_fighting_there_is_not_the_one_that_fired() -> None:  # guard
    draft = _draft(
        "Six people died on Wednesday when two missiles hit a house in a Pakistani border village, officials said.\n\n"
        "The village lies near Afghanistan, where NATO forces are fighting the Taliban."
    )
    assert draft.get("perpetrator") is None


# --- a house told as fighters' shelter is no civilian target -------------------------------------------------------


def test_a_house_said_to_shelter_fighters_is_no_civilian_target() -> None:
    draft = _draft(
        "Rockets hit a house on Wednesday that officials believed was sheltering foreign fighters, and seven people "
        "died, residents said."
    )
    assert draft.get("target_type") is None


def test_houses_of_villagers_hit_by_shells_stay_civilians() -> None:  # guard
    draft = _draft("Shells fired across the border hit two houses in a village on Wednesday, killing three villagers.")
    assert draft.get("target_type") == "civilians"


# --- a strike the report calls one from the air --------------------------------------------------------------------


def test_a_missile_strike_called_a_strike_from_the_air_is_an_air_strike() -> None:
    draft = _draft(
        "Five people died on Wednesday when two missiles hit a compound in a border village, officials said.\n\n"
        "It was the third deadly strike from the air in the district this year."
    )
    assert draft["sub_event_type"] == "Air/drone strike"


def test_missiles_with_no_word_of_the_air_stay_missile_fire() -> None:  # guard
    draft = _draft(
        "Five people died on Wednesday when two missiles hit a compound in a border village, officials said.\n\n"
        "It was the third such strike in the district this year."
    )
    assert draft["sub_event_type"] == "Shelling/artillery/missile attack"
