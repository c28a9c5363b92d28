"""Where and with what, as general shapes (extract171): weapons, a clash's type, drivers, a title's province.

Every sentence here is written for this file; none is a report's. Each shape has tests of what it mends (each fails
on main's code before this branch) and guards of what it leaves as it was (firearms beside a blast, the guards' own
fire, gunships with no ground fight, a title's province beside another place); the dev figures are in
docs/extract-journal.md (*… : rules (extract171)*).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract import gazetteer_locator

PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- the generic word for a blast beside the weapon that made it (.generic_blast) -----------------------------------


def test_an_air_strike_on_men_with_a_truck_bomb_is_an_air_strike_alone() -> None:
    draft = _draft(
        "Air strikes by the Afghan air force killed 20 Taliban fighters in the Chahar Dara district on Tuesday as "
        "they were getting ready to storm the district centre with an explosives-laden truck, officials said."
    )
    assert draft.get("weapons") == ["airstrike"]


def test_mortar_shells_that_set_off_explosives_are_mortars_alone() -> None:
    draft = _draft(
        "Pakistani forces fired mortar shells into the Dangam area on Sunday, setting off explosives stored in a "
        "house and killing two children, officials said."
    )
    assert draft.get("weapons") == ["mortar"]


def test_a_blast_beside_gunfire_keeps_both() -> None:
    draft = _draft(
        "Gunmen blew up a girls' school and fired on villagers in the Kharo area on Monday, killing two, "
        "officials said."
    )
    assert set(draft.get("weapons") or []) >= {"explosives", "firearms"}


# --- men who open fire when the guards move to stop them (.stopped_fired_clash) ---------------------------------------


def test_smugglers_who_fire_when_the_guards_move_to_stop_them_fought_a_clash() -> None:
    draft = _draft(
        "Eight smugglers crossed the river near the Kalai post on Friday night. When the border guards moved to stop "
        "them, the smugglers opened fire and then fled back across the river, the border service said."
    )
    assert draft.get("sub_event_type") == "Armed clash"


def test_men_ordered_to_stop_who_open_fire_fought_a_clash() -> None:
    draft = _draft(
        "A patrol spotted four men near the Tishor post early on Friday and ordered them to stop, but the men "
        "opened fire and ran off, a spokesman for the border troops said."
    )
    assert draft.get("sub_event_type") == "Armed clash"


def test_the_guards_own_fire_on_men_who_would_not_stop_stays_an_attack() -> None:
    draft = _draft(
        "Two men who ignored orders to stop near the Kalai post on Friday were shot dead when the border guards "
        "opened fire, relatives said."
    )
    assert draft.get("sub_event_type") != "Armed clash"


# --- gunships striking hideouts in a ground fight (.gunships_fight) ------------------------------------------------


def test_gunships_striking_hideouts_while_the_troops_fire_back_are_the_clash() -> None:
    draft = _draft(
        "Militants attacked a Frontier Corps post in the Maidan area on Saturday and the troops fired back, while "
        "helicopter gunships struck the militants' hideouts, killing six of them, officials said."
    )
    assert draft.get("sub_event_type") == "Armed clash"
    assert "airstrike" in (draft.get("weapons") or [])


def test_gunships_striking_hideouts_with_no_ground_fight_stay_an_air_strike() -> None:
    draft = _draft(
        "Helicopter gunships struck militant hideouts in the Zorband area on Sunday, killing six militants, "
        "officials said."
    )
    assert draft.get("sub_event_type") == "Air/drone strike"


# --- drivers are civilians (vocab.TARGETS) ------------------------------------------------------------------------


def test_a_driver_shot_at_a_checkpoint_is_a_civilian() -> None:
    draft = _draft("Border guards shot dead a truck driver near the Kara-Suu crossing on Monday, his family said.")
    assert draft.get("target_type") == "civilians"


def test_a_buses_passengers_are_still_transport() -> None:
    draft = _draft("Gunmen fired on a bus on the highway near Ormara on Monday, killing seven passengers, police said.")
    assert draft.get("target_type") == "transport"


# --- a province named only in a local speaker's title (.title_place) -----------------------------------------------

_TITLE_ONLY = (
    "Taliban forces and Iranian border guards traded fire on Sunday, and one man was killed on the Afghan side.\n\n"
    '"We lost one man and two were hurt," said Abdul Wahid, the police spokesman of the western Afghan province of '
    "Farah, adding that the cause of the fighting was not known."
)


def test_the_one_province_a_local_speakers_title_names_is_the_scene() -> None:
    draft = _draft(_TITLE_ONLY)
    assert draft.get("place") == "the western Afghan province of Farah"


def test_a_title_province_beside_another_place_is_left_alone() -> None:
    draft = _draft(
        _TITLE_ONLY.replace("on the Afghan side", "in the Lash-e-Juwayn district on the Afghan side", 1),
    )
    assert draft.get("place") != "the western Afghan province of Farah"


def test_a_title_province_beside_a_part_of_the_country_is_left_alone() -> None:
    draft = _draft(_TITLE_ONLY.replace("traded fire on Sunday", "traded fire in western Afghanistan on Sunday", 1))
    assert draft.get("place") != "the western Afghan province of Farah"


# --- men who crossed, or tried to cross, into a country (.into_country) ---------------------------------------------


def test_men_who_tried_to_cross_into_tajikistan_fought_in_tajikistan() -> None:
    draft = _draft(
        "The press service of the Russian border guards said on Thursday that four men tried to cross the border "
        "from Afghanistan into Tajikistan on the section of the Moskovsky border unit on the night to Wednesday. "
        "The guards fought back, and two of the men were killed."
    )
    assert draft.get("country") == "TJ"


def test_a_fight_on_an_island_in_the_border_river_gets_no_country_from_the_crossing() -> None:
    draft = _draft(
        "A patrol saw six men on an island in the middle of the river on Friday night as they tried to cross from "
        "Afghanistan into Tajikistan. The guards fought the men for an hour and killed two of them, the border "
        "service said."
    )
    assert draft.get("country") is None


def test_shepherds_who_fled_back_into_a_country_do_not_place_the_incident_there() -> None:
    draft = _draft(
        "The guards fired warning shots at a crowd on Friday, after which the shepherds fled back into Tajikistan; "
        "nobody was hurt, the border service said."
    )
    assert draft.get("country") is None


# --- a border unit's stretch told as one of several, or held by it (.place_patterns._PATROLLED, .named_unit) ----------


def test_one_of_the_stretches_of_a_detachment_is_the_detachments_stretch() -> None:
    draft = _draft(
        "A patrol on one of the stretches of the Panj border detachment killed one armed smuggler on Tuesday, the "
        "press service of the border guards said."
    )
    assert draft.get("place") == "Panj border detachment"


def test_the_section_of_the_border_held_by_a_detachment_is_its_stretch() -> None:
    draft = _draft(
        "One armed smuggler was killed on Tuesday on the section of the border held by the Panj frontier "
        "detachment, the press service of the border guards said."
    )
    assert draft.get("place") == "Panj frontier detachment"


def test_the_moscow_detachment_is_not_located_in_russia() -> None:
    draft = one_draft(
        "Tonight one of the posts of the Moscow border detachment, 160 kilometres southeast of Dushanbe, came under "
        "fire, and a Russian border guard was wounded, the press service of the Russian border troops in Tajikistan "
        "said.",
        PUBLISHED,
        locate=gazetteer_locator(Path("no-such-file.db").resolve()),
    )
    assert draft.get("place") == "Moscow border detachment"
    assert draft.get("country") != "RU"
    assert draft.get("latitude") is None


def test_migrants_shot_as_they_tried_to_cross_get_no_country_from_the_try() -> None:
    draft = _draft(
        "Iranian border guards opened fire on a group of Afghan migrants as they tried to cross into Iran on Monday "
        "night, killing four of them, officials said."
    )
    assert draft.get("country") is None


def test_a_states_guards_fighting_men_from_a_neighbour_fought_at_home() -> None:
    draft = _draft(
        "Tajik border guards have stopped another attempt by armed drug traffickers to cross the border from "
        "Afghanistan, officials said on Monday. One trafficker was killed in the clash."
    )
    assert draft.get("country") == "TJ"


def test_two_states_forces_give_no_country_from_the_guards() -> None:
    draft = _draft(
        "Tajik border guards and Afghan border police exchanged fire on Monday after armed men from Afghanistan were "
        "stopped, and one man was killed, officials said."
    )
    assert draft.get("country") is None
