"""Round 46's dev misses as general mechanisms of the reader (the fifty-second rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
empties (each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves
as it was (the guards pass on main's code too); the dev figures are in docs/extract-journal.md (*Round 46's dev
misses*).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from incident_tracker.extract import extract_drafts, gazetteer_locator
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 6, 3)  # a Monday, early in the month


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED, locate=None)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- a past month's bombings told in a background clause ----------------------------------------------------------


def test_last_months_suicide_bombings_in_the_background_do_not_type_the_raid() -> None:
    draft = _draft(
        "Gunmen raided two police posts near the border on Sunday night, killing four policemen, officials said. "
        "The groups remain able to strike hard: suicide bombings last month killed more than 60 people in the north."
    )
    assert draft.values.get("sub_event_type") != "Suicide bomb"
    assert "explosives" not in draft.values.get("weapons", [])


def test_a_suicide_bombing_told_on_its_own_day_stays_a_suicide_bombing() -> None:
    draft = _draft(
        "A suicide bomber blew himself up at a police post near the border on Sunday, killing four policemen, "
        "officials said. Other attacks last month killed more than 60 people in the north."
    )
    assert draft.values["sub_event_type"] == "Suicide bomb"


# --- an attack beaten back is not a beating ---------------------------------------------------------------------------


def test_an_attempt_beaten_back_is_no_melee() -> None:
    draft = _draft(
        "Three soldiers were killed on Sunday when militants tried to storm a border post, officials said, and the "
        "post's guards had beaten the attempt back."
    )
    assert "melee" not in draft.values.get("weapons", [])


def test_a_man_beaten_by_guards_is_still_a_beating() -> None:
    draft = _draft("A shepherd was beaten by border guards near the village of Dara on Sunday and died, police said.")
    assert "melee" in draft.values["weapons"]


# --- a group's plural claim ---------------------------------------------------------------------------------------


def test_a_group_that_says_they_were_responsible_claims_the_attack() -> None:
    draft = _draft(
        "Gunmen attacked a border post on Sunday night, killing four soldiers, officials said. "
        "The Eastern Front said they were responsible for the attack."
    )
    assert draft.values["attribution"] == "claimed"
    assert "Eastern Front" in draft.values["perpetrator"]


def test_officials_who_say_militants_were_responsible_still_allege() -> None:
    draft = _draft(
        "Gunmen attacked a border post on Sunday night, killing four soldiers. "
        "Officials said militants from across the border were responsible for the attack."
    )
    assert draft.values["attribution"] == "alleged"


# --- rocket-propelled grenades fired with small arms --------------------------------------------------------------


def test_an_assault_with_rocket_propelled_grenades_and_rifles_is_no_shelling() -> None:
    draft = _draft(
        "Some thirty militants attacked a border post on Sunday night with rifles and rocket-propelled grenades, "
        "killing three soldiers, officials said."
    )
    assert draft.values["sub_event_type"] != "Shelling/artillery/missile attack"
    assert "rocket" in draft.values["weapons"]


def test_rockets_fired_at_a_post_are_still_a_shelling() -> None:
    draft = _draft("Militants fired rockets at a border post on Sunday night, killing three soldiers, officials said.")
    assert draft.values["sub_event_type"] == "Shelling/artillery/missile attack"


# --- where the attackers had come from ------------------------------------------------------------------------------


def test_the_province_the_attackers_had_come_from_is_not_the_scene(tmp_path: Path) -> None:
    text = (
        "Militants who came from across the Afghan border attacked three posts at Sarkai in the Mohmand tribal region "
        "on Sunday night, and five soldiers were killed.\n\nAn officer said the militants had come over the border "
        "from Kunar province and hit the posts at about 4am."
    )
    drafts = extract_drafts(text, PUBLISHED, locate=gazetteer_locator(tmp_path / "none.db"))
    assert [d.values.get("country") for d in drafts] == ["PK"]


# --- the attackers' dead, told after the attacked's ----------------------------------------------------------------


def test_both_sides_summed_with_a_low_bound_on_the_attackers() -> None:
    draft = _draft("Four soldiers and more than ten militants were killed on Sunday night in a clash at a border post.")
    assert (draft.values["killed"], draft.values["killed_low"], draft.values.get("killed_high")) == (14, 14, None)


def test_the_attackers_believed_killed_are_added_to_the_soldiers() -> None:
    draft = _draft(
        "Militants who crossed the border overnight attacked a post, killing four soldiers, the army said on Monday. "
        "The troops drove them off, and 8 of the attackers were believed killed."
    )
    assert draft.values["killed"] == 12


def test_at_least_n_attackers_after_the_soldiers_make_a_low_bound_sum() -> None:
    draft = _draft(
        "Four soldiers were killed when militants attacked a border post on Sunday night, the army said. "
        "At least 10 insurgents were killed, the statement said."
    )
    assert (draft.values["killed"], draft.values["killed_low"], draft.values.get("killed_high")) == (14, 14, None)


def test_a_sum_of_both_sides_is_not_added_to_again() -> None:
    draft = _draft(
        "Four soldiers and at least 12 of the attackers were killed at a border post on Sunday night, the army said. "
        "The attackers first closed in on the northern post, where the four soldiers died."
    )
    assert draft.values["killed"] == 16


def test_the_same_soldiers_told_again_are_not_added() -> None:
    draft = _draft(
        "At least four soldiers were killed when militants attacked a border post on Sunday night, the army said. "
        "The four soldiers were killed at the northern post."
    )
    assert draft.values["killed"] == 4


# --- a state's own military telling its strike hit --------------------------------------------------------------


def test_the_armys_own_word_that_its_shelling_hit_confirms_it() -> None:
    draft = _draft(
        "The Pakistan Army shelled militant hideouts across the border on Sunday, killing 12 suspected fighters, "
        'local sources said. "Terrorist camps along the border have been effectively targeted," the '
        "Inter-Services Public Relations said in a statement."
    )
    assert draft.values["attribution"] == "confirmed"
    assert "Pakistan" in draft.values["perpetrator"]


def test_another_states_military_word_does_not_confirm_the_shelling() -> None:
    draft = _draft(
        "Pakistani forces shelled villages across the border on Sunday, killing three civilians, officials said. "
        '"Our posts have been targeted," the Afghan military said.'
    )
    assert draft.values.get("attribution") != "confirmed"


# --- one more death told after the incident's, in another place ---------------------------------------------------


def test_one_more_soldier_killed_in_another_district_is_its_own_incident() -> None:
    text = (
        "Four soldiers were killed on Sunday night when militants attacked a post in Bajaur district, the army said. "
        "The foreign ministry protested over the deaths of the four soldiers in Bajaur district and of one more "
        "soldier in the neighbouring Kurram District, killed by militants firing from Afghan territory."
    )
    drafts = extract_drafts(text, PUBLISHED, locate=None)
    assert len(drafts) == 2
    second = drafts[1].values
    assert (second["place"], second["killed"], second["attribution"]) == ("Kurram District", 1, "alleged")
    assert second["origin_country"] == "AF"
    assert (second["event_date"], second["event_date_end"]) == ("2024-05-28", "2024-06-03")


def test_the_same_district_told_again_is_no_second_incident() -> None:
    draft = _draft(
        "Four soldiers were killed on Sunday night when militants attacked a post in Bajaur District, the army said, "
        "and another soldier in Bajaur District was wounded."
    )
    assert draft.values["killed"] == 4


# --- the province told with the place outranks a country named elsewhere ------------------------------------------


def test_the_province_told_with_the_shelled_area_gives_its_country(tmp_path: Path) -> None:
    text = (
        "KABUL: Afghanistan called in Pakistan's ambassador on Sunday to protest against shelling by Pakistani "
        "forces. An official said Pakistani forces had fired rockets late on Saturday into the Lal Pur area of "
        "eastern Nangarhar province, and that the shelling had driven families from their homes."
    )
    drafts = extract_drafts(text, PUBLISHED, locate=gazetteer_locator(tmp_path / "none.db"))
    assert [d.values.get("country") for d in drafts] == ["AF"]
