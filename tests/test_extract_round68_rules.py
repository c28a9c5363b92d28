"""Rules from round 68's dev misses (issue 14): house-written sentences, one behaviour each, with their guards."""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2015, 3, 11)  # a Wednesday


def _one(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


def test_gunships_backing_the_troops_are_an_airstrike() -> None:
    values = _one(
        "Gunmen from across the border attacked a village in the valley on Tuesday night, police said. "
        "Soldiers fought them until dawn while helicopter gunships supported the troops on the ground."
    )
    assert "airstrike" in values["weapons"]


def test_gunships_sent_into_the_fight_are_an_airstrike() -> None:
    values = _one(
        "Militants attacked two border posts on Tuesday and fighting went on through the night, officials said. "
        "The army deployed helicopter gunships and fired mortars at the attackers' positions."
    )
    assert "airstrike" in values["weapons"]


def test_helicopters_sent_to_carry_the_wounded_are_no_weapon() -> None:
    values = _one(
        "Gunmen fired on a border post on Tuesday, wounding four guards, officials said. "
        "Two helicopters were sent to carry the wounded to the provincial hospital."
    )
    assert "airstrike" not in values.get("weapons", [])


def test_a_school_blown_up_in_a_raid_is_explosives() -> None:
    values = _one(
        "Armed men raided a village near the border before dawn on Tuesday, officials said. "
        "They opened fire on its people and blew up a girls' school before they withdrew."
    )
    assert values["weapons"] == ["firearms", "explosives"]


def test_a_spokesman_telling_of_his_groups_fighters_is_its_claim() -> None:
    values = _one(
        "Fighting between troops and militants who crossed from Afghanistan went on for a third day on Tuesday, "
        "officials said. TTP spokesman Umar Khalid said the group's fighters had killed six soldiers."
    )
    assert (values["attribution"], values["perpetrator"]) == ("claimed", "Tehrik-i-Taliban Pakistan")


def test_a_spokesman_of_a_named_group_for_its_men_is_its_claim() -> None:
    values = _one(
        "Militants attacked a border post in the district on Tuesday, killing two guards, police said. "
        "Qari Yusuf, a spokesman for the Pakistani Taliban, said its men had attacked the post."
    )
    assert (values["attribution"], values["perpetrator"]) == ("claimed", "Tehrik-i-Taliban Pakistan")


def test_a_spokesman_denying_his_groups_part_is_no_claim() -> None:
    values = _one(
        "Militants attacked a border post in the district on Tuesday, killing two guards, police said. "
        "TTP spokesman Umar Khalid denied that the group's fighters had killed the guards."
    )
    assert values.get("attribution") != "claimed"


def test_a_spokesman_telling_of_a_retreat_is_no_claim() -> None:
    values = _one(
        "Militants who crossed from Afghanistan attacked border posts on Tuesday, killing three soldiers, "
        "officials said. A spokesman for the Pakistani Taliban said the militants had pulled back to regroup."
    )
    assert values.get("attribution") != "claimed"


def test_an_army_spokesman_telling_of_its_troops_is_no_groups_claim() -> None:
    values = _one(
        "Militants attacked a border post in the district on Tuesday, officials said. "
        "An army spokesman said its troops had killed nine of the attackers."
    )
    assert values.get("attribution") != "claimed"


def test_gunships_backing_a_ground_fight_leave_it_a_clash() -> None:
    values = _one(
        "Militants who crossed from Afghanistan attacked two border posts on Tuesday, officials said. "
        "Soldiers fought them through the night, and helicopter gunships supported the troops on the ground."
    )
    assert "airstrike" in values["weapons"]
    assert values["sub_event_type"] == "Armed clash"


def test_gunships_that_struck_are_still_a_strike() -> None:
    values = _one(
        "Helicopter gunships struck militant hideouts near the border on Tuesday, killing six, officials said."
    )
    assert values["sub_event_type"] == "Air/drone strike"


def test_stones_thrown_by_residents_on_the_two_sides_of_the_border_are_a_mob() -> None:
    values = _one(
        "Residents on the two sides of the border clashed in the valley on Tuesday, the border service said. "
        "The neighbours threw stones at our border guards, who had to fire warning shots into the air."
    )
    assert values["sub_event_type"] == "Mob violence"


def test_stones_then_the_two_sides_guards_firing_at_each_other_is_a_clash() -> None:
    values = _one(
        "Villagers threw stones at the guards on Tuesday, and then the border guards of the two sides fired at "
        "each other for an hour, the border service said."
    )
    assert values["sub_event_type"] == "Armed clash"


def test_the_day_families_fled_does_not_date_the_fighting() -> None:
    values = _one(
        "Two soldiers were killed on the fourth day of fighting with militants in the valley, officials said. "
        "Families who fled the valley on Sunday say the shelling goes on."
    )
    assert values["event_date"] != "2015-03-08"  # Sunday is the day they fled
    assert values["date_precision"] == "week"  # no day of its own: the week before the report


def test_a_day_told_before_the_flight_still_dates_the_attack() -> None:
    values = _one(
        "On Sunday, militants shelled the village near the border, killing two, and hundreds of families fled, "
        "officials said."
    )
    assert (values["event_date"], values["date_precision"]) == ("2015-03-08", "day")


def test_a_claim_of_the_attacks_at_another_place_is_not_this_raids() -> None:
    values = _one(
        "Militants from across the border attacked the village of Saddar Kalay in Kurram on Tuesday night, wounding a "
        "farmer, officials said. They said the raiders came from the band that had stormed a post near Gorsal two "
        "days before. The TTP had claimed the attacks on Gorsal."
    )
    assert values["attribution"] == "alleged"  # the officials' word, not Gorsal's claim
    assert values["perpetrator"] == "Militants from across the border"


def test_a_claim_of_the_attack_at_its_own_place_is_still_its_claim() -> None:
    values = _one(
        "Militants attacked a checkpost in Gorsal on Tuesday, killing two soldiers, officials said. "
        "The TTP claimed the attack on Gorsal."
    )
    assert (values["attribution"], values["perpetrator"]) == ("claimed", "Tehrik-i-Taliban Pakistan")


def test_stones_one_tried_to_throw_at_guards_hit_the_guards() -> None:
    values = _one(
        "Residents of the village tried to throw stones at the border guards on Tuesday, and the guards fired "
        "warning shots into the air, the border service said."
    )
    assert (values["target_type"], values["sub_event_type"]) == ("border_guards", "Mob violence")


def test_a_claim_of_the_attack_on_a_weekday_is_still_its_claim() -> None:
    values = _one(
        "Gunmen stormed a hotel in the city centre on Monday, killing two guards, police said. "
        "The TTP claimed responsibility for the attack on Tuesday."
    )
    assert (values["attribution"], values["perpetrator"]) == ("claimed", "Tehrik-i-Taliban Pakistan")
