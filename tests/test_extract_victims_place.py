"""Victims and place, by mechanism (issue 14): the rules drawn from every dev report's victims and place
differences, grouped by how the reports say them (docs/extract-journal.md, *Victims and place, by mechanism*).

Every sentence here is written for this file; none is a report's. Each rule has a test of what it fills and one
of what it leaves as it was.
"""

from __future__ import annotations

from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.draft import Draft
from incident_tracker.extract.place import read_place
from incident_tracker.extract.sentences import Sentence


def _place(text: str) -> Any:
    draft = Draft()
    read_place(draft, Sentence(text, 0, 0), text)
    return draft.values.get("place")


# --- a person's home, told with the person, is not the scene ----------------------------------------------------


def test_a_home_told_in_apposition_is_not_the_scene() -> None:
    text = (
        "Border guards said K.B., 41, a resident of Tash-Bulak village in the Kadamjai district of Batken region, "
        "was walking towards the village of Ortok when he was shot."
    )
    assert _place(text) == "Ortok"


def test_a_man_from_a_village_killed_in_an_area_is_placed_in_the_area() -> None:
    text = "A 30-year-old man from the village of Jarkyshlak in Osh region was wounded on Tuesday in the Kara-Suu area."
    assert _place(text) == "Kara-Suu area"


def test_counted_residents_of_a_village_do_not_place_the_event() -> None:
    assert _place("Two residents of the village of Sary-Tash in Alai district were reported missing.") is None


def test_residents_fired_on_at_their_village_still_place_it() -> None:
    assert _place("Guards opened fire on residents of the village of Jarkyshlak who were mending a canal.") == (
        "Jarkyshlak"
    )


def test_the_village_where_the_man_from_another_was_hurt_is_kept() -> None:
    assert (
        _place("Both men, from the village of Kavok, were wounded near the village of Sarikamar.")
        == "near the village of Sarikamar"
    )  # "near" kept (extract106)


# --- a morgue's town, like a hospital's, is not the scene -----------------------------------------------------------


def test_the_town_of_the_morgue_is_not_the_scene() -> None:
    assert _place("The body was taken to the morgue in the town of Uzgen for a post-mortem.") is None


def test_the_scene_before_the_morgue_is_kept() -> None:
    text = "The man was shot in the Bogdanovka area and his body was taken to the morgue in Uzgen."
    assert _place(text) == "Bogdanovka area"


# --- civilians hit in a fight between two forces were its target ----------------------------------------------------

_FIGHT = "Afghan and Pakistani forces exchanged fire across the border on Saturday night, and "


def test_civilians_killed_as_two_forces_fight_are_the_target() -> None:
    values = one_draft(_FIGHT + "three civilians were killed, officials in Kunar said.")
    assert values["event_type"] == "Battles"
    assert (values["target_type"], values["victims"]) == ("civilians", "civilians")
    assert "victim_nationality" not in values


def test_civilians_and_soldiers_killed_in_the_fight_leave_no_single_target() -> None:
    values = one_draft(_FIGHT + "one civilian and two soldiers were killed, officials said.")
    assert values["event_type"] == "Battles"
    assert "target_type" not in values


def test_civilians_told_by_their_side_in_the_fight_leave_no_single_target() -> None:
    values = one_draft(_FIGHT + "three Afghan civilians were killed, officials said.")
    assert "target_type" not in values


def test_soldiers_killed_in_the_fight_leave_no_single_target() -> None:
    values = one_draft(_FIGHT + "three soldiers were killed, officials said.")
    assert "target_type" not in values


# --- the dead of the event this one answers or follows are not its toll, nor its victims ---------------------------


def test_the_dead_of_the_bombing_answered_are_not_counted() -> None:
    assert find_tolls("The shelling came in answer to Friday's bombing in Bannu, which killed nine soldiers.") == []


def test_the_dead_since_whom_attacks_have_grown_are_not_counted() -> None:
    assert (
        find_tolls("Rocket fire on the border villages has grown since six Afghan soldiers were killed by rebels.")
        == []
    )


def test_the_dead_of_the_day_tension_dates_from_are_not_counted() -> None:
    assert find_tolls("Tension has been high since May 3, when seven border guards were killed in an ambush.") == []


def test_the_retaliation_s_own_toll_is_kept() -> None:
    tolls = find_tolls("The forces fired mortars in retaliation for the raid on their post, killing four civilians.")
    assert [(toll.what, toll.casualties.best, toll.target_type) for toll in tolls] == [("killed", 4, "civilians")]


def test_a_toll_told_before_since_is_kept() -> None:
    tolls = find_tolls("Four civilians were killed and two wounded since the shelling began on Monday.")
    assert [(toll.what, toll.casualties.best) for toll in tolls] == [("killed", 4), ("injured", 2)]


def test_the_victims_of_the_answered_bombing_are_not_the_incident_s() -> None:
    values = one_draft(
        "Rockets fired by Afghan forces landed in Dangam district on Sunday, officials said. The shelling is said to "
        "have come in answer to the suicide bombing in Bannu, which killed nine Pakistani soldiers."
    )
    assert values.get("killed") is None
    assert values.get("target_type") is None


def test_the_place_of_the_answered_bombing_is_not_the_scene() -> None:
    assert _place("The shelling is said to have come in answer to the suicide bombing in Bannu.") is None


def test_a_response_to_the_incident_itself_keeps_its_toll() -> None:
    tolls = find_tolls("The ministry set up a crisis centre in response to the shootout, which killed three guards.")
    assert [(toll.what, toll.casualties.best, toll.target_type) for toll in tolls] == [("killed", 3, "border_guards")]


# --- a crossing the forces stopped, told without "infiltrate": no single target ------------------------------------


def test_soldiers_killed_stopping_terrorists_trying_to_cross_leave_no_target() -> None:
    values = one_draft(
        "RAWALPINDI: Two soldiers were martyred and three terrorists were killed when security forces stopped a group "
        "of terrorists trying to cross the Pakistan-Afghanistan border into Kurram district, the military said on "
        "Sunday."
    )
    assert values["event_type"] == "Battles"
    assert "target_type" not in values


def test_soldiers_killed_stopping_militants_from_entering_leave_no_target() -> None:
    values = one_draft(
        "ISLAMABAD: Three soldiers gave their lives on Saturday night while stopping a group of militants from "
        "entering Pakistan from Afghanistan, the military said."
    )
    assert "target_type" not in values


def test_soldiers_killed_when_terrorists_attacked_their_post_are_the_target() -> None:
    values = one_draft(
        "RAWALPINDI: Two soldiers were martyred and three terrorists were killed when terrorists attacked a check post "
        "in Kurram district, the military said on Sunday."
    )
    assert values["target_type"] == "military"


# --- the place hit, told as its people or its locality; "close to" as "near" ----------------------------------------


def test_the_civilian_population_of_a_village_fired_on_is_the_scene() -> None:
    text = "Afghan forces fired mortars from Kunar province at the civilian population of Badin Kot in Chitral."
    assert _place(text) == "Badin Kot"


def test_the_population_of_a_country_is_no_scene() -> None:
    assert _place("The shelling has frightened the population of Pakistan.") is None


def test_a_locality_of_a_name_is_the_scene() -> None:
    assert _place("It happened on the border, in the locality of Ak-Suu of the Uch-Korgon rural council.") == "Ak-Suu"


def test_close_to_a_named_gate_places_the_event_near_it() -> None:
    values = one_draft(
        "A boy was killed and five people were wounded on Monday when a bomb went off close to the Bab-e-Dosti gate."
    )
    assert values["place"] == "close to the Bab-e-Dosti gate"
