"""Running totals, superseded tolls, the suicide vest, a district retaken and one man "killed him": rules (issue 14,
extract145).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.running_total import running_total_start

PUBLISHED = dt.date(2025, 8, 23)  # a Saturday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return [(toll.what, toll.casualties.best) for toll in find_tolls(sentence)]


# --- a running total over many attacks is not the incident's toll ---------------------------------------------------


def test_a_total_of_many_attacks_over_a_stretch_is_not_added_to_the_toll() -> None:
    draft = _one(
        "Troops killed three militants who attacked a checkpoint near Chaman on Friday, officials said. Pakistan says "
        "more than 40 of its soldiers have been killed in several attacks from across the border over the past month."
    )
    assert draft["killed"] == 3  # not the attackers' three and the month's forty


def test_guard_the_side_hit_told_after_the_attackers_still_adds() -> None:
    draft = _one(
        "Troops killed three militants who attacked a checkpoint near Chaman on Friday, officials said. Two soldiers "
        "were killed in the attack."
    )
    assert draft["killed"] == 5


def test_a_week_of_offensives_gives_no_wounded_to_the_incident() -> None:
    draft = _one(
        "Afghan forces attacked Taliban positions near Dasht on Friday, and about 15 militants were killed, officials "
        'said.\n\n"We had clashes in many provinces," the army spokesman said, adding that some 900 militants had been '
        "killed and 300 wounded in government offensives during the week."
    )
    assert draft["killed"] == 15
    assert draft.get("injured") is None


def test_the_total_starts_at_its_clause() -> None:
    sentence = "The spokesman spoke on Friday, adding that 90 had been killed in operations across the country."
    start = running_total_start(sentence)
    assert start is not None and sentence[start:].startswith("90 had been killed")


def test_guard_one_fight_over_weeks_keeps_its_toll() -> None:
    # the fighting of one valley, not many attacks: the coders keep such a figure as the incident's
    assert (
        running_total_start("More than 60 people have been killed in the fighting in the valley over the past weeks.")
        is None
    )
    draft = _one("More than 60 people have been killed in fighting in the Tirah valley since Monday, officials said.")
    assert draft["killed"] == 60


def test_guard_attacks_counted_one_by_one_are_the_reports_own() -> None:
    sentence = "Ten soldiers were martyred in two separate attacks in Kech over the past day, the military said."
    assert running_total_start(sentence) is None


# --- a toll named only as the one a new figure replaced -------------------------------------------------------------


def test_the_toll_a_new_figure_raised_is_not_read() -> None:
    assert (
        _tolls("An officer gave the figure, raising the toll of three attackers killed that the army announced.") == []
    )
    assert _tolls("It said two guards had been killed, bringing down an earlier toll of four.") == [("killed", 2)]


def test_the_lead_count_stands_against_the_toll_it_raised() -> None:
    draft = _one(
        'Five "militants" were killed as they attacked a border post near Saravan on Friday, a general said.\n\n'
        "The general gave the figure on television, raising the toll of three attackers killed that the Guards had "
        "announced earlier."
    )
    assert draft["killed"] == 5


def test_guard_a_toll_that_rose_still_replaces() -> None:
    assert _tolls("The death toll rose to 14 on Saturday.") == [("killed", 14)]


# --- victims named in quotes, and the passers-by told in a clause -----------------------------------------------------


def test_a_count_of_victims_in_quotes_is_read() -> None:
    assert _tolls('Four "terrorists" were killed as they attacked a post, the Guards said.') == [("killed", 4)]


def test_a_count_then_a_clause_with_an_aside_before_the_verb_is_read() -> None:
    tolls = _tolls(
        "One man was killed and two other people who were walking past the shop at that moment, a boy among them, "
        "were wounded, police said."
    )
    assert tolls == [("killed", 1), ("injured", 2)]


def test_guard_a_quoted_word_after_no_count_is_left() -> None:
    assert _tolls('The "martyred" guards were buried on Sunday.') == []


# --- a vest of explosives set off makes a suicide bombing -------------------------------------------------------------


def test_an_explosive_vest_set_off_is_a_suicide_bomb() -> None:
    draft = _one(
        "Militants attacked a Guards post near Saravan on Friday with a car packed with explosives, the Guards said. "
        "Two guards were wounded, and one attacker was killed when he set off an explosive vest."
    )
    assert draft["sub_event_type"] == "Suicide bomb"
    assert draft["killed"] == 1  # the one who set it off, counted once


def test_the_vest_told_between_the_incidents_sentences_counts() -> None:
    draft = _one(
        "A car bomb was destroyed before it reached a Guards post near Saravan on Friday, and two militants were "
        "killed, the Guards said.\n\nOne of the militants, having failed, set off his explosive vest, the statement "
        "added. Two guards were wounded in the blast."
    )
    assert draft["sub_event_type"] == "Suicide bomb"


def test_guard_a_vest_recovered_is_no_suicide_bombing() -> None:
    draft = _one(
        "A roadside bomb killed two soldiers near Chaman on Friday, officials said, and police later recovered an "
        "explosive vest nearby."
    )
    assert draft["sub_event_type"] == "Remote explosive/landmine/IED"


# --- a district taken back by the forces ----------------------------------------------------------------------------


def test_a_district_retaken_is_the_government_regaining_territory() -> None:
    draft = _one(
        "Afghan forces have driven the Taliban out of Dasht, a district of the northern province, officials said on "
        "Saturday.\n\nThe district had fallen to the Taliban a month ago. The operation took place on Friday, and "
        "about 15 militants were killed."
    )
    assert draft["sub_event_type"] == "Government regains territory"
    assert draft["event_type"] == "Battles"
    assert draft.get("perpetrator") != "Taliban"  # the group that had taken it did not retake it


def test_guard_a_district_taken_is_still_the_groups() -> None:
    draft = _one("The Taliban captured the Dasht district on Friday after a day of fighting, officials said.")
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"


def test_guard_militants_driven_from_their_hideouts_are_a_clash() -> None:
    draft = _one(
        "Troops and tribesmen on Friday drove the militants out of the places where they were hiding near Dir, "
        "killing four of them, officials said."
    )
    assert draft["sub_event_type"] != "Government regains territory"


# --- one man fired on, then "killed him" ------------------------------------------------------------------------------


def test_a_man_fired_on_and_killed_him_is_one_dead() -> None:
    draft = _one(
        "Gunmen attacked a police patrol near Khash on Friday, officials said. The attackers also fired on a "
        "shepherd who was grazing his flock, and killed him."
    )
    assert draft["killed"] == 1


def test_guard_killed_him_of_one_already_counted_adds_nobody() -> None:
    draft = _one(
        "A border guard was shot dead near Khash on Friday, officials said. The men fired two shots that hit him in "
        "the chest and killed him."
    )
    assert draft["killed"] == 1
