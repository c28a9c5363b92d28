"""Round 41's dev misses as general mechanisms of the reader (the forty-eighth round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills (or
empties) and, where a wrong reading is near, one of what it leaves as it was; the dev figures are in
docs/extract-journal.md (*Round 41's dev misses*).
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- attribution ----------------------------------------------------------------------------------------------------


def test_the_states_terrorists_in_a_report_naming_no_border_is_no_allegation() -> None:
    draft = _draft(
        "Terrorists attacked an army camp in Turbat early on Wednesday and martyred two soldiers, the ISPR said.\n\n"
        "Soldiers on duty stopped the attackers at the gate, the military's media wing said."
    )
    assert draft.values["attribution"] == "unattributed"
    assert draft.values.get("perpetrator") is None


def test_the_states_terrorists_from_across_the_border_stay_alleged() -> None:
    draft = _draft(
        "Terrorists from across the border attacked an army post in Kurram early on Wednesday and martyred two "
        "soldiers, the ISPR said."
    )
    assert draft.values["attribution"] == "alleged"
    assert "terrorists" in str(draft.values["perpetrator"]).lower()


def test_the_media_blaming_a_named_group_is_an_allegation() -> None:
    draft = _draft(
        "A car bomb killed three police officers outside a police station in Zahedan on Tuesday. No one claimed "
        "the attack at once.\n\nThe authorities named no one, but state media at first blamed Jaish al-Adl."
    )
    assert (draft.values["attribution"], draft.values["perpetrator"]) == ("alleged", "Jaish al-Adl")


def test_the_police_first_findings_pointing_to_a_group_are_an_allegation() -> None:
    draft = _draft(
        "A bomb killed eleven people at a party meeting in Khar on Tuesday. No one claimed it.\n\n"
        "The provincial police said in a statement that the bomb had been hidden near the stage. The first "
        "findings, it said, pointed to the ISKP group."
    )
    assert draft.values["attribution"] == "alleged"
    assert "Khorasan" in str(draft.values["perpetrator"])  # ISKP, as the actor dictionary writes it
    assert draft.values["attributed_by"] == "provincial police"


def test_talk_of_a_group_behind_it_is_suspected_and_a_bomber_told_is_no_allegation() -> None:
    draft = _draft(
        "A powerful bomb went off at a rally in Khar on Tuesday, killing at least 20 people.\n\n"
        "It was not clear who was behind it, though there was talk that the Islamic State group was behind the "
        "attack. Investigators said a suicide bomber may have slipped past the guards."
    )
    assert (draft.values["attribution"], draft.values["perpetrator"]) == ("suspected", "Islamic State")
    assert draft.values["sub_event_type"] == "Suicide bomb"


# --- tolls ----------------------------------------------------------------------------------------------------------


def test_a_bomber_beside_a_toll_of_a_forces_men_is_counted_though_at_least() -> None:
    draft = _draft(
        "A suicide bomber attacked a police station in Zahedan on Tuesday, killing at least three policemen. "
        "He blew himself up at the gate."
    )
    assert draft.values["killed"] == 4


def test_a_bomber_beside_at_least_so_many_people_is_not_added() -> None:
    draft = _draft(
        "A suicide bomber attacked a police station in Zahedan on Tuesday, killing at least three people. "
        "He blew himself up at the gate."
    )
    assert draft.values["killed"] == 3


def test_a_bomber_who_blew_up_himself_and_his_victims_counts_with_them() -> None:
    draft = _draft(
        "In a car bombing on Tuesday, a man blew up himself and three soldiers at the gate of an army camp in Kech."
    )
    assert draft.values["killed"] == 4
    assert draft.values["sub_event_type"] == "Suicide bomb"


def test_the_active_martyred_and_left_wounded_are_counts() -> None:
    draft = _draft(
        "Terrorists from across the border attacked a post in Zhob on Wednesday and martyred three soldiers.\n\n"
        "Two more soldiers were left critically wounded, the military said."
    )
    assert (draft.values["killed"], draft.values["injured"]) == (3, 2)


def test_a_first_count_told_as_superseded_is_the_low_bound() -> None:
    draft = _draft(
        "A bomb killed at least 30 people at a rally in Khar on Sunday.\n\n"
        "The authorities first spoke of eight dead, but more bodies reached the hospital."
    )
    assert (draft.values["killed"], draft.values["killed_low"]) == (30, 8)


def test_another_officials_earlier_figure_is_still_a_range() -> None:
    draft = _draft(
        "Ten people were killed on Thursday when a shell hit a village in Saravan, an official said.\n\n"
        "Asked about it earlier in the day, the minister put the number of dead at nine."
    )
    assert draft.values["killed"] == 9


def test_the_number_of_soldiers_martyred_adds_the_attackers_dead() -> None:
    draft = _draft(
        "The number of soldiers martyred in the attack on the army camp in Zhob on Wednesday has risen to six "
        "after two more died, the ISPR said.\n\n"
        "Four terrorists were killed in the clearance operation, it said."
    )
    assert draft.values["killed"] == 10


def test_the_wounded_who_all_died_of_their_wounds_are_no_longer_wounded() -> None:
    draft = _draft(
        "Four soldiers were martyred and three were critically wounded when terrorists from across the border "
        "attacked a post in Zhob on Wednesday.\n\n"
        "The three wounded soldiers later died of their injuries, bringing the toll to seven, the military said."
    )
    assert draft.values.get("injured") is None


def test_some_of_the_wounded_dying_leaves_the_wounded() -> None:
    draft = _draft(
        "Four soldiers were martyred and three were critically wounded when terrorists from across the border "
        "attacked a post in Zhob on Wednesday. Two of the wounded later died of their injuries."
    )
    assert draft.values["injured"] == 3


def test_another_sources_civilian_dead_add_to_the_soldiers() -> None:
    draft = _draft(
        "The military said on Wednesday that four soldiers were martyred when terrorists from across the border "
        "attacked an army post in Zhob, and that three of the terrorists were killed in the gunfight.\n\n"
        "Local media reported that a civilian had been killed in the crossfire."
    )
    assert draft.values["killed"] == 8


# --- place, victims, weapons, date ----------------------------------------------------------------------------------


def test_a_market_is_placed_at_its_town() -> None:
    draft = _draft("Two bombs went off in the Shah Bazaar area of Parachinar on Friday, killing 12 people.")
    assert draft.values["place"] == "Parachinar"


def test_an_area_of_a_district_stays() -> None:
    draft = _draft(
        "Terrorists from across the border fired on a post in the Hassan Khel area of North Waziristan "
        "on Friday, killing two soldiers."
    )
    assert draft.values["place"] == "Hassan Khel area"


def test_a_district_gives_way_to_the_town_the_event_was_held_in() -> None:
    draft = _draft(
        "A bomb went off at a rally in Bajaur district on Sunday, killing 20 people.\n\n"
        "The rally was held in Khar, a town near the border."
    )
    assert draft.values["place"] == "Khar"


def test_a_bomber_outside_a_police_headquarters_went_for_the_police() -> None:
    draft = _draft(
        "A suicide bomber killed at least three people outside a police headquarters in Zahedan on Tuesday. "
        "Many shopkeepers and passers-by were badly hurt."
    )
    assert draft.values["target_type"] == "police"


def test_the_guards_fire_on_the_bomber_is_not_the_attacks_weapon() -> None:
    draft = _draft(
        "A suicide bomber in a car packed with explosives attacked the police headquarters in Zahedan on Tuesday. "
        "Guards opened fire on the driver, who then set off the explosives, killing two police officers."
    )
    assert draft.values["weapons"] == ["explosives"]
    assert draft.values["killed"] == 3


def test_gunmen_storming_in_after_a_bombing_keep_their_firearms() -> None:
    draft = _draft(
        "A suicide bomber blew himself up at the gate of the police headquarters in Zahedan on Tuesday, killing "
        "two police officers. Gunmen then stormed the building and opened fire on the guards."
    )
    assert "firearms" in draft.values["weapons"]


def test_a_states_ballistic_missiles_in_the_background_are_no_weapon() -> None:
    draft = _draft(
        "A suicide bomber blew himself up at the gate of the police headquarters in Zahedan on Tuesday, killing "
        "two police officers. The attack came as sanctions, imposed in part over Tehran's ballistic missiles, "
        "weigh on the economy."
    )
    assert "missile" not in draft.values["weapons"]


def test_traded_heavy_fire_is_firearms() -> None:
    draft = _draft(
        "Terrorists from across the border attacked a post in Zhob on Wednesday. The attackers and the soldiers "
        "traded heavy fire, and two soldiers were martyred."
    )
    assert draft.values["weapons"] == ["firearms"]


def test_a_condemnations_day_is_not_the_events() -> None:
    draft = _draft(
        "A suicide bomber struck a rally in Bajaur district, killing at least 30 people.\n\n"
        "The prime minister condemned the bombing on social media on June 12 and promised to punish those behind it."
    )
    assert (draft.values["event_date"], draft.values["date_precision"]) == ("2024-06-06", "week")
