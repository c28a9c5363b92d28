"""The twelfth round's readings (docs/extract-journal.md, *The twelfth round*).

Each test writes, in sentences of our own, one shape the round's dev reports showed (an earlier
event told by "came N days after" or "that attack", an accuser's label as the subject of what it
reports) and checks what the extractor reads; the shapes were seen in dev reports of at least two
outlets, and none was written from a test report.
"""

from __future__ import annotations

from _extract_helpers import drafts_of, one_draft
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.reader_patterns import earlier_cut

# --- an earlier event, told to set this one in time --------------------------------------------


def test_what_came_days_after_is_an_earlier_event_not_this_one() -> None:
    draft = one_draft(
        "Insurgents attacked a border post in the Sirkan area on Sunday evening and killed five guards, "
        "the governor said.\n\n"
        "The attack came nine days after four militants were killed and eight arrested in an operation."
    )
    assert draft["killed"] == 5


def test_comes_only_days_after_keeps_an_earlier_day_out_of_the_event() -> None:
    draft = one_draft(
        "Terrorists opened fire on a police station in the Sarkur area but failed to get in, the police said.\n\n"
        "The attempt comes only days after the arrest of four people over Saturday's attack in Taftan."
    )
    # the statement's week, not the Saturday of the other attack
    assert draft["date_precision"] == "week"


def test_the_event_named_before_came_keeps_its_own_day() -> None:
    text = "The incident on November 27 came a day after the government told migrants to leave."
    cut = earlier_cut(text, None, told_earlier=False)
    assert cut is not None and "November 27" in text[:cut] and "government" not in text[:cut]


def test_that_attack_after_background_is_the_earlier_event() -> None:
    draft = one_draft(
        "Terrorists opened fire on a police station in the Sarkur area on Friday, the police said.\n\n"
        "The attempt comes only days after an attack by Jaish al-Adl in Taftan.\n\n"
        "Jaish al-Adl has said it carried out that attack, in which its members killed at least 10 policemen."
    )
    assert draft.get("killed") is None
    assert draft.get("attribution") != "claimed"


def test_that_shooting_with_nothing_earlier_told_is_the_reports_own() -> None:
    # "the most recent exchange of fire … Three servicemen were wounded in that shooting": this event
    assert earlier_cut("Three servicemen were wounded in that shooting.", None, told_earlier=False) is None
    assert earlier_cut("Three servicemen were wounded in that shooting.", None, told_earlier=True) == 0
    assert earlier_cut("Officials said that attack helicopters were used.", None, told_earlier=True) is None


# --- who did it: the accuser's label as the subject of what it reports ----------------------------


def test_label_after_confirmed_that_is_alleged() -> None:
    found = read_attribution(
        "The ISPR confirmed that suspected militants from across the border had opened fire on the troops."
    )
    assert found is not None and found.status == "alleged" and "militants" in (found.perpetrator or "")


def test_a_device_that_terrorists_planted_names_them() -> None:
    found = read_attribution(
        "Two soldiers were hit by an explosive device that terrorists from across the border had planted, "
        "the army said."
    )
    assert found is not None and found.status == "alleged" and found.perpetrator is not None
    assert "terrorists" in found.perpetrator


def test_a_label_in_a_clause_that_is_not_the_subject_names_no_one() -> None:
    # "that" opens the subject only when the label is followed by its act
    assert read_attribution("Officials said that militants in the area were under pressure.") is None
    assert drafts_of("Officials said that militants in the area were under pressure.") == []


# --- tolls: one attacker or one victim, counted by the article ------------------------------------


def test_killed_a_named_attacker_counts_one() -> None:
    draft = one_draft(
        "Border guards killed a dangerous terrorist and wounded several outlaws in a clash in the Saravan "
        "region on Sunday, the commander said."
    )
    assert draft["killed"] == 1 and draft["injured"] == 3


def test_killing_a_civilian_counts_one() -> None:
    draft = one_draft("A bomb went off near a security post on Sunday, killing a civilian and wounding two others.")
    assert draft["killed"] == 1 and draft["injured"] == 2


def test_killing_a_number_of_people_is_no_count() -> None:
    assert one_draft("A bomb went off near a market on Sunday, killing a number of people.").get("killed") is None


# --- who did it: a raid told by the side that made it ---------------------------------------------


def test_forces_raiding_a_hideout_is_their_confirmed_act() -> None:
    found = read_attribution("On Tuesday in Hoshab, where security forces raided a hideout of terrorists.")
    assert found is not None and found.status == "confirmed" and found.perpetrator == "security forces"


def test_forces_breaking_up_a_team_is_their_confirmed_act() -> None:
    found = read_attribution(
        "Forces of the Islamic Revolution Guards (IRG) have broken up a terrorist team in the southeast, the base says."
    )
    assert found is not None and found.status == "confirmed" and found.perpetrator == "Islamic Revolution Guards"


def test_militants_raiding_a_camp_is_no_confirmed_act() -> None:
    found = read_attribution("Militants raided a police camp and killed two policemen.")
    assert found is None or found.status != "confirmed"


# --- the border's habit is not this event -----------------------------------------------------------


def test_clashes_that_break_out_from_time_to_time_make_no_clash_of_a_shooting() -> None:
    draft = one_draft(
        "Uzbek border guards shot dead two men who tried to take goods across the border on Saturday, "
        "the service said.\n\n"
        "Borders there are disputed, and clashes between residents and guards break out from time to time.\n\n"
        "Government forces have also fought Islamic militants in the area."
    )
    assert (draft["event_type"], draft["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_a_habit_clause_is_cut_from_where_its_clause_begins() -> None:
    text = (
        "The bodies were handed back on Sunday, and the border, where many clashes have happened over the years, "
        "is calm."
    )
    cut = earlier_cut(text, None, told_earlier=False)
    assert cut is not None and text[:cut].endswith("the border, ")


def test_each_side_accusing_the_other_of_sheltering_militants_is_no_dispute_over_this_event() -> None:
    found = read_attribution("Each country accuses the other of sheltering militants who attack it, and both deny it.")
    assert found is None or found.status != "disputed"
    found = read_attribution("Each side accused the other of giving shelter to opponents of its government.")
    assert found is None or found.status != "disputed"


def test_each_side_blaming_the_other_for_the_clash_is_still_disputed() -> None:
    found = read_attribution("Each side accused the other of opening fire first.")
    assert found is not None and found.status == "disputed"
