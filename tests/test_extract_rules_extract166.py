"""Places in a talks' role and types from the attack an act answers, as general shapes (extract166).

Every sentence here is written for this file; none is a report's. Each shape has tests of what it mends (each fails
on main's code before this branch) and guards of what it leaves as it was (a fight told after the talks' noun, an
act "followed by" another, the bombing told as the act itself); the dev figures are in docs/extract-journal.md
(*Talks' venues and an act's cause: rules (extract166)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- the venue of talks or a truce is no scene (.talks_venue) --------------------------------------------------------


def test_talks_under_way_in_a_far_city_are_not_the_place_of_the_fire() -> None:
    draft = _draft(
        "While a new round of negotiations with the Afghan delegation was under way in Doha, Pakistani forces opened "
        "fire on the Kharlachi border area on Monday, killing two civilians, officials said."
    )
    assert "Doha" not in (draft.get("place") or "")


def test_a_commission_meeting_held_in_a_town_is_not_the_place_of_the_shelling() -> None:
    draft = _draft(
        "Mortar shells fired from across the border fell on Monday near a village, wounding three people, a day after "
        "a meeting of the joint border commission held in Quetta, officials said."
    )
    assert "Quetta" not in (draft.get("place") or "")


def test_delegations_meeting_in_a_third_country_do_not_give_it_the_country() -> None:
    draft = _draft(
        "Afghan and Pakistani forces exchanged fire across the Chaman border on Monday as their delegations met in "
        "Qatar for talks on a ceasefire, officials said."
    )
    assert draft.get("country") != "QA"


def test_a_truce_agreed_in_a_third_country_does_not_give_it_the_country() -> None:
    draft = _draft(
        "Pakistani forces fired on a border village on Monday, breaking a truce agreed on May 19 in Qatar, and killed "
        "two people, officials said."
    )
    assert draft.get("country") != "QA"
    assert "Qatar" not in (draft.get("place") or "")


def test_fighting_told_after_the_talks_noun_keeps_its_place() -> None:
    draft = _draft("Talks between the elders broke down and fighting began in the Chaman area on Monday, killing two.")
    assert draft.get("place") == "Chaman area"


def test_a_meeting_that_was_itself_attacked_keeps_its_place() -> None:
    draft = _draft(
        "A suicide bomber struck a meeting of tribal elders held in Bajaur district on Monday, killing 12 elders, "
        "officials said."
    )
    assert draft.get("place") == "Bajaur district"


# --- an act told as following an earlier attack is not that attack (.act_cause) --------------------------------------


_STRIKES = "Pakistan struck seven sites in Paktika province overnight on Monday, killing 12 people, officials said."


def test_strikes_that_followed_suicide_bombings_are_not_a_suicide_bombing() -> None:
    draft = _draft(_STRIKES + "\n\nThe ministry said the strikes followed recent suicide bombings in Pakistan.")
    assert draft.get("sub_event_type") != "Suicide bomb"
    assert "explosives" not in (draft.get("weapons") or [])
    assert draft.get("country") != "PK"  # the bombings' country, not the strikes'


def test_a_bombing_followed_by_gunfire_stays_a_suicide_bombing() -> None:
    draft = _draft(
        "A suicide bomber blew himself up at a checkpoint in Bannu on Monday, killing four soldiers, and the blast was "
        "followed by gunfire, officials said."
    )
    assert draft.get("sub_event_type") == "Suicide bomb"


def test_a_suicide_attack_that_followed_a_warning_stays_a_suicide_bombing() -> None:
    draft = _draft(
        "A suicide attack on a checkpoint in Bannu on Monday killed four soldiers; it followed warnings from the "
        "police, officials said."
    )
    assert draft.get("sub_event_type") == "Suicide bomb"


# --- weapon sets never right out of sample: left empty (.mixed_weapons) ----------------------------------------------


def _weapons(draft: dict[str, Any]) -> list[str]:
    return [w for w in draft.get("weapons") or [] if w != "unknown"]


def test_rockets_called_missiles_in_the_next_sentence_leave_the_weapons_empty() -> None:
    draft = _draft(
        "Pakistani forces fired rockets into Dangam district of Kunar province on Monday, officials said.\n\nTwo of "
        "the missiles fired from across the border hit houses in the district, the governor said."
    )
    assert _weapons(draft) == []
    assert draft.get("sub_event_type") == "Shelling/artillery/missile attack"  # the type is read before, and stays


def test_a_drone_overhead_and_gunfire_leave_the_weapons_empty() -> None:
    draft = _draft(
        "Gunmen opened fire on a border post in Kurram district on Monday, killing two soldiers, as a drone circled "
        "overhead, officials said."
    )
    assert _weapons(draft) == []


def test_a_drones_missiles_are_kept() -> None:
    draft = _draft("A drone fired two missiles at a compound in North Waziristan on Monday, killing four, police said.")
    assert sorted(_weapons(draft)) == ["drone", "missile"]


def test_rockets_alone_are_kept() -> None:
    draft = _draft("Pakistani forces fired rockets into Dangam district of Kunar province on Monday, officials said.")
    assert _weapons(draft) == ["rocket"]


# --- a country's possessive is no place's name (.possessed) ----------------------------------------------------------


def test_a_region_of_a_countrys_province_is_not_the_countrys_region() -> None:
    draft = _draft(
        "The Pakistani army fired rockets into the border region of Afghanistan's eastern Kunar province on Monday, "
        "killing two civilians, officials said."
    )
    assert "Afghanistan's" not in (draft.get("place") or "")


def test_a_named_area_of_a_countrys_county_keeps_its_name() -> None:
    draft = _draft(
        "Iranian border guards shot dead two fuel carriers in the Dehak area of Iran's Saravan county on Monday, "
        "officials said."
    )
    assert draft.get("place") == "Dehak area"


# --- the dead's record is not the operation's target (.dead_record) --------------------------------------------------


def test_the_record_of_the_men_killed_gives_no_target() -> None:
    draft = _draft(
        "Six terrorists were killed in an operation in the Sambaza area of Zhob district on Monday, the ISPR said.\n\n"
        "The dead had been actively involved in attacks on the security forces and in the targeted killing of "
        "civilians, the statement said."
    )
    assert draft.get("target_type") is None
    assert draft.get("sub_event_type") != "Attack"


def test_civilians_shot_dead_are_still_the_target() -> None:
    draft = _draft("Gunmen shot dead two civilians in the Sambaza area of Zhob district on Monday, the police said.")
    assert draft.get("target_type") == "civilians"


# --- a shelling that hit shops or livestock hit civilians (.property_hit) --------------------------------------------


def test_livestock_killed_by_rockets_makes_the_target_civilians() -> None:
    draft = _draft(
        "Pakistani forces fired rockets into Dangam district of Kunar province on Monday, officials said.\n\nA number "
        "of livestock in the border villages had died in the bombardment, the district governor said."
    )
    assert draft.get("target_type") == "civilians"


def test_a_shop_hit_by_a_mortar_shell_makes_the_target_civilians() -> None:
    draft = _draft(
        "Mortar shells fired from across the border fell in the Gohati area on Monday, officials said.\n\nOne of the "
        "shells hit a shop in the bazaar, the police said."
    )
    assert draft.get("target_type") == "civilians"


def test_shells_in_open_fields_that_hurt_nobody_have_no_target() -> None:
    draft = _draft(
        "Mortar shells fired from across the border fell in open fields in the Gohati area on Monday, officials "
        "said.\n\nNobody was hurt, the police said."
    )
    assert draft.get("target_type") is None


# --- captives killed by their takers: an attack (.captives_killed) ---------------------------------------------------


def test_men_abducted_and_then_shot_were_attacked() -> None:
    draft = _draft(
        "Gunmen from across the border abducted two shepherds in the Badini area on Monday and then shot them, "
        "officials said."
    )
    assert draft.get("sub_event_type") == "Attack"


def test_a_shepherd_killed_by_the_men_who_kidnapped_him_was_attacked() -> None:
    draft = _draft("Militants have killed a shepherd they kidnapped in the Bumboret valley on Monday, police say.")
    assert draft.get("sub_event_type") == "Attack"


def test_men_abducted_and_still_missing_were_abducted() -> None:
    draft = _draft(
        "Gunmen from across the border abducted two shepherds in the Badini area on Monday, officials said.\n\nThe "
        "shepherds are still missing, the police said."
    )
    assert draft.get("sub_event_type") == "Abduction/forced disappearance"


# --- the parts or villages of a named unit: the unit (.parts_of) -----------------------------------------------------


def test_villages_of_a_district_place_the_shelling_in_the_district() -> None:
    draft = _draft(
        "Pakistani forces fired mortar shells at several villages of Sirkanay district on Monday, wounding three "
        "people, officials said."
    )
    assert draft.get("place") == "Sirkanay district"


def test_parts_of_a_district_place_the_rockets_in_the_district() -> None:
    draft = _draft(
        "Rockets fired from across the border came down in parts of Marawara district on Monday, killing a child, "
        "officials said."
    )
    assert draft.get("place") == "Marawara district"


def test_parts_of_a_country_are_no_place() -> None:
    draft = _draft(
        "Rockets fired from across the border came down in parts of Afghanistan on Monday, killing a child, "
        "officials said."
    )
    assert draft.get("place") is None
