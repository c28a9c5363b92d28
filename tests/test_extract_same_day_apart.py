"""Which incidents a report tells: a paragraph opening "The same day" after shots that hit no one, shots told
before their firing, a Russian initial, violence told as a place's habit, rockets that came down, and a lead of a
series of attacks (issue 14, extract151).

Every sentence here is written for this file, read against Monday 1 December 2025. The tests of what changed fail
on the code before this change (the beating told "the same day" was read into the shots, which became a mob's
fight with a melee weapon; "has reported shots fired" and "fired six times" told no violence; "Sh. Nazarov" ended a
sentence; "Clashes are frequent on the border" let the next sentence's old toll in; "rockets … came down … yesterday,
Sunday 30 November" started no incident; "In another incident" after a lead "killed in a string of coordinated
attacks" was dated by the week); the guards pass on both.
docs/extract-journal.md, "Which incidents, and their dates: rules (extract151)", gives the measurement behind each.
"""

from __future__ import annotations

from _extract_helpers import drafts_of, one_draft

SHOTS = (
    "The border service reported shooting from the neighbouring side on the evening of 29 November. "
    "Unknown people fired five or six shots near the border in the Sarytash area.\n\n"
    "Officers of the two frontier posts met at the scene."
)


def test_a_harm_told_the_same_day_after_shots_that_hit_no_one_is_its_own_incident() -> None:
    drafts = drafts_of(
        SHOTS + "\n\nThe same day a shepherd from the village of Kara-Bulak was beaten by men from across the "
        "border and taken to hospital."
    )
    assert len(drafts) == 2
    assert drafts[0]["weapons"] == ["firearms"]
    assert drafts[1]["event_date"] == "2025-11-29"
    assert drafts[1]["weapons"] == ["melee"]


def test_the_same_day_told_with_its_date_and_a_russian_initial_is_its_own_incident() -> None:
    drafts = drafts_of(
        SHOTS + "\n\nThe same day, 29 November, a resident of Kara-Bulak, Sh. Nazarov, was reported to have been "
        "beaten by men from across the border."
    )
    assert len(drafts) == 2
    assert drafts[0]["weapons"] == ["firearms"]
    assert drafts[0].get("event_type") != "Riots"
    assert (drafts[1]["event_date"], drafts[1]["weapons"]) == ("2025-11-29", ["melee"])


def test_the_same_day_telling_no_harm_of_its_own_goes_on_about_the_shots() -> None:
    """A guard: a paragraph of the same day that tells the shots again, with no one hurt, is the same incident."""
    drafts = drafts_of(SHOTS + "\n\nThe same day more shots were fired at the post from the far bank.")
    assert len(drafts) == 1


def test_the_same_day_after_someone_speaks_is_what_was_said() -> None:
    """A guard: "The same day, officials said …" tells what was said of the incident (the rule as it was)."""
    drafts = drafts_of(
        SHOTS + "\n\nThe same day, officials said that one of the men who fired had been wounded by the guards."
    )
    assert len(drafts) == 1


def test_shots_told_before_their_firing_or_counted_as_times_are_violence() -> None:
    draft = one_draft(
        "The border service has reported shots fired in the Sarytash area of the border. According to its "
        "statement, shortly after ten on the evening of 29 November unknown people on the far side fired six "
        "times with a hunting rifle."
    )
    assert draft["event_date"] == "2025-11-29"
    assert draft["weapons"] == ["firearms"]


def test_warning_shots_fired_are_no_violence() -> None:
    """A guard: warning shots fired into the air start nothing."""
    assert drafts_of("The guards said warning shots fired into the air on 29 November stopped the herders.") == []


def test_violence_told_as_the_habit_of_the_border_is_the_setting() -> None:
    draft = one_draft(
        SHOTS + "\n\nClashes are frequent on this border. In a conflict there this spring dozens of people died on "
        "both sides."
    )
    assert draft.get("killed") is None


def test_missiles_told_by_where_they_came_down_start_the_incident_on_its_day() -> None:
    draft = one_draft(
        "QUETTA: Three rockets came down in a village of the district yesterday, Sunday 30 November, and they are "
        "said to have been fired from the neighbouring country.\n\nOne rocket struck a shop, and the others fell in a "
        "field. Nobody was hurt."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-30", "day")


def test_a_ceiling_that_came_down_is_no_violence() -> None:
    """A guard: only a projectile's coming down is violence."""
    assert drafts_of("The roof of the border post came down in the storm on Sunday 30 November.") == []


SERIES = (
    "ZAHEDAN: Five people were killed in a string of coordinated attacks in the province, officials said.\n\n"
    "On Sunday morning, gunmen shot dead three guards at a checkpoint in the Sarbaz district.\n\n"
    "In another incident, gunmen ambushed a police car on a road in Khash County, killing two officers."
)


def test_another_incident_after_a_lead_of_a_series_of_attacks_is_on_the_day_told() -> None:
    drafts = drafts_of(SERIES)
    assert [(d["event_date"], d["date_precision"]) for d in drafts] == [("2025-11-30", "day"), ("2025-11-30", "day")]


def test_another_incident_after_a_wave_of_attacks_told_as_the_setting_keeps_the_week() -> None:
    """A guard: "after a wave of attacks around the country" is no toll of a series: the other attack keeps the week."""
    drafts = drafts_of(
        SERIES.replace("were killed in a string of coordinated attacks", "were killed after a wave of attacks")
    )
    assert [d["date_precision"] for d in drafts] == ["day", "week"]
