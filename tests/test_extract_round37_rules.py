"""Round 37's dev misses as general mechanisms of the reader (the forty-fifth round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills and
one of what it leaves as it was; the dev figures are in docs/extract-journal.md (*Round 37's dev misses*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- killed: both sides' dead of one statement, counted once -----------------------------------------------------


def test_both_sides_dead_of_one_sentence_are_not_added_again_by_a_later_count_of_the_attackers() -> None:
    draft = _draft(
        "The army said on Thursday that seven soldiers had been martyred and four terrorists killed when militants "
        "raided a post in the Datta Khel area.\n\n"
        "On Wednesday, the army had said that five terrorists were also killed in clashes in another valley."
    )
    assert draft.values["killed"] == 11


def test_a_later_count_of_the_attackers_is_still_added_to_one_sides_dead() -> None:
    draft = _draft(
        "Seven soldiers were martyred on Thursday when militants raided a post in the Datta Khel area. "
        "Four of the attackers were killed as well."
    )
    assert draft.values["killed"] == 11


def test_groups_told_in_apposition_after_a_count_are_read() -> None:
    text = (
        "Nine personnel, six of the security forces and three of the Frontier Constabulary, were martyred when a "
        "post was raided, and four attackers were killed in response."
    )
    found = [(t.what, t.casualties.best, t.victims) for t in find_tolls(text)]
    assert ("killed", 9, "personnel") in found and ("killed", 4, "attackers") in found


def test_sons_of_the_soil_are_soldiers() -> None:
    (toll,) = find_tolls("Nine brave sons of the soil were martyred.")
    assert (toll.casualties.best, toll.target_type) == (9, "military")


def test_a_count_of_people_told_by_side_takes_the_attackers_dead_and_not_its_own_groups_again() -> None:
    draft = _draft(
        "Four people, two of them police officers, were killed on Thursday when gunmen attacked a convoy near Kalat. "
        "Two attackers died in the attack. Two civilians and two policemen also died, an official said."
    )
    assert draft.values["killed"] == 6


def test_people_told_without_their_side_still_hold_every_dead() -> None:
    draft = _draft(
        "Four people were killed on Thursday when gunmen attacked a convoy near Kalat. "
        "Two attackers died in the attack."
    )
    assert draft.values["killed"] == 4


def test_a_named_bomber_driving_his_car_bomb_in_is_counted_beside_the_martyred() -> None:
    draft = _draft(
        "At least four Frontier Corps soldiers were martyred on Thursday in a suicide bombing near Kalat. "
        "Police said a suicide bomber drove a car packed with explosives into the convoy."
    )
    assert draft.values["killed"] == 5
    assert draft.values["killed_text"] == "at least 5"


def test_at_least_so_many_people_may_hold_the_bomber() -> None:
    draft = _draft(
        "At least four people were killed on Thursday in a suicide bombing near Kalat. "
        "Police said a suicide bomber drove a car packed with explosives into the convoy."
    )
    assert draft.values["killed"] == 4


# --- attribution and actor ---------------------------------------------------------------------------------------


def test_militants_in_a_clause_of_what_was_said_only_describe() -> None:
    found = read_attribution(
        "The army said on Thursday that seven soldiers had been martyred when militants attacked a post near Kalat."
    )
    assert found is None or found.status != "alleged"


def test_terrorists_in_a_clause_of_what_was_said_are_still_the_speakers_blame() -> None:
    found = read_attribution(
        "The army said on Thursday that seven soldiers had been martyred when terrorists attacked a post near Kalat."
    )
    assert found is not None and found.status == "alleged"


def test_a_vow_to_hold_those_responsible_to_account_names_no_one() -> None:
    assert read_attribution("The army said it would hold those responsible to account.") is None


def test_a_label_using_a_countrys_territory_is_alleged() -> None:
    found = read_attribution(
        "Terrorists using Afghan territory attacked a post in Kurram on Monday, killing two soldiers, the army said."
    )
    assert found is not None and found.status == "alleged"
    assert found.perpetrator == "Terrorists using Afghan territory"


def test_a_group_thought_to_be_behind_it_is_suspected_even_where_no_one_claimed() -> None:
    found = read_attribution(
        "No group has claimed the bombing, though groups such as the Tehreek-e-Taliban Pakistan (TTP) are "
        "believed to be behind it."
    )
    assert found is not None and (found.status, found.perpetrator) == ("suspected", "Tehreek-e-Taliban Pakistan (TTP)")


def test_officials_thought_to_be_behind_nothing_named_is_no_suspicion() -> None:
    assert read_attribution("Two policemen were killed, though the reasons are thought to be unclear.") is None


def test_a_claim_told_in_a_relative_clause_of_the_attack() -> None:
    draft = _draft(
        "Three soldiers were killed on Thursday when a convoy was hit near Turbat. Two attackers died in the "
        "ambush, which the banned Balochistan Liberation Army (BLA), the group that attacked a train last week, "
        "has claimed."
    )
    assert draft.values["attribution"] == "claimed"
    assert "BLA" in str(draft.values["perpetrator"])


def test_a_claim_denied_in_the_relative_clause_is_no_claim() -> None:
    found = read_attribution("No group has claimed the attack, which the police are investigating.")
    assert found is None or found.status != "claimed"


def test_an_earlier_account_with_the_same_toll_gives_who_it_blamed() -> None:
    draft = _draft(
        "At least four people were martyred on Thursday in a blast that hit a convoy near Turbat.\n\n"
        "Earlier, state media had reported that four people were killed when the BLA targeted a convoy near Turbat."
    )
    assert draft.values["attribution"] == "alleged"


def test_an_earlier_account_of_another_toll_stays_background() -> None:
    draft = _draft(
        "At least four people were martyred on Thursday in a blast that hit a convoy near Turbat.\n\n"
        "Earlier, state media had reported that nine people were killed when the BLA targeted a bus in Gwadar."
    )
    assert draft.values.get("attribution") != "alleged"


def test_khwarij_killed_by_the_forces_are_the_states_allegation_without_a_crossing() -> None:
    draft = _draft(
        "The security forces killed five khwarij on Thursday when they foiled an attempt by the khwarij to get "
        "into a check post near Datta Khel, the army said."
    )
    assert draft.values["attribution"] == "alleged"


def test_terrorists_killed_by_the_forces_without_a_crossing_stay_unnamed() -> None:
    draft = _draft(
        "The security forces killed five terrorists on Thursday when they foiled an attempt to get into a check post "
        "near Datta Khel, the army said."
    )
    assert draft.values.get("perpetrator") != "terrorists" or draft.values["attribution"] != "alleged"


# --- type, date and injured --------------------------------------------------------------------------------------


def test_a_vehicle_full_of_explosives_set_off_against_a_post_is_a_suicide_bombing() -> None:
    draft = _draft(
        "Six soldiers were martyred on Thursday when a check post near Datta Khel came under attack.\n\n"
        "The attackers could not get in, so they set off a vehicle full of explosives against the post's wall. "
        "The blast destroyed part of the post."
    )
    assert draft.values["sub_event_type"] == "Suicide bomb"


def test_a_car_bomb_parked_by_the_road_is_no_suicide_bombing() -> None:
    draft = _draft(
        "Six soldiers were killed on Thursday when a car bomb exploded beside a check post near Datta Khel. "
        "The blast destroyed part of the post."
    )
    assert draft.values["sub_event_type"] != "Suicide bomb"


def test_a_print_summary_line_before_the_dateline_is_a_headline() -> None:
    draft = _draft(
        "Bomber hits convoy, more than 20 troops hurt; army says two militants killed.\n\n"
        "TURBAT: At least four people were martyred and about 30 troops wounded on Thursday when a convoy was hit "
        "near Turbat."
    )
    assert (draft.values["injured"], draft.values["killed"]) == (30, 4)


def test_a_later_attack_on_the_leads_kind_of_target_dates_the_week() -> None:
    published = dt.date(2024, 6, 20)
    (draft,) = extract_drafts(
        "Nine personnel were martyred when a security checkpost was attacked in the Janikhel area of Bannu.\n\n"
        "The army said militants tried on June 15 to storm the Datta Khel checkpost.",
        published,
    )
    assert (draft.values["event_date"], draft.values["date_precision"]) == ("2024-06-15", "day")


def test_a_later_day_with_no_tie_to_the_incident_leaves_the_week() -> None:
    published = dt.date(2024, 6, 20)
    (draft,) = extract_drafts(
        "Nine personnel were martyred when a security checkpost was attacked in the Janikhel area of Bannu.\n\n"
        "The minister said on June 15 that the province needed more funds.",
        published,
    )
    assert draft.values["date_precision"] == "week"


def test_the_cli_reads_a_two_sided_statement(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "The army said on Thursday that seven soldiers had been martyred and four terrorists killed when militants "
        "raided a post in the Datta Khel area.\n\n"
        "On Wednesday, the army had said that five terrorists were also killed in clashes in another valley.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    values = json.loads(result.stdout)[0]["values"]
    assert values["killed"] == 11
    assert values.get("attribution") != "alleged"
