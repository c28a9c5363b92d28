"""Leftovers of rounds 64–66 (issue 14, docs/extract-journal.md *Leftovers of rounds 64–66: rules*).

Every sentence here is written for this file; none is a report's. The tests of what changed fail on main's code;
the guards pass on both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from _extract_helpers import drafts_of, one_draft
from incident_tracker.extract.another_event import opens_another
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.told_apart import told_apart

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


# --- an aside between the side and its act ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        ("Iranian or Afghan guards, or both, fired on the lorries near the crossing.", "Iranian or Afghan guards"),
        ("U.S. or NATO helicopters, or both, attacked two compounds in the valley.", "U.S. or NATO helicopters"),
        ("Taliban fighters, who had slipped across before dawn, attacked the checkpoint.", "Taliban fighters"),
        ("Afghan border forces, which had massed on the ridge, opened fire on the post.", "Afghan border forces"),
    ],
)
def test_an_aside_between_the_side_and_its_act_is_skipped(sentence: str, perpetrator: str) -> None:
    found = read_attribution(sentence)
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", perpetrator)


def test_an_alternative_is_named_as_told_in_the_incident() -> None:
    text = "U.S. or NATO forces, or both, attacked two houses in Tirmak on Sunday, killing six people."
    draft = one_draft(text, PUBLISHED, locate=None)
    assert (draft.get("attribution"), draft.get("perpetrator")) == ("alleged", "U.S. or NATO forces")


def test_guard_an_aside_of_saying_is_no_act() -> None:
    assert read_attribution("Taliban fighters, who had crossed at night, said nothing and left.") is None


def test_guard_a_side_with_no_alternative_is_named_alone() -> None:
    found = read_attribution("Soldiers heard that NATO forces attacked two houses near the border.")
    assert found is not None and found.perpetrator == "NATO forces"


# --- a crowd's blows: a mob ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "act",
    [
        "some 200 residents of Tirmak, who objected to the work on their fields, beat three of the workers",
        "Kalgan residents broke the windscreen of a bulldozer with a stone",
        "villagers smashed the windows of two lorries",
    ],
)
def test_a_crowds_blows_are_mob_violence_with_melee(act: str) -> None:
    text = f"On June 9, {act} near the border."
    draft = one_draft(text, PUBLISHED, locate=None)
    assert (draft.get("event_date"), draft.get("sub_event_type"), draft.get("weapons")) == (
        "2024-06-09",
        "Mob violence",
        ["melee"],
    )


def test_guard_a_force_that_beat_back_an_attack_is_no_mob() -> None:
    text = "On June 9, border guards beat back an attack by smugglers on the post and killed one of them."
    assert one_draft(text, PUBLISHED, locate=None).get("sub_event_type") != "Mob violence"


def test_guard_a_stone_that_broke_nothing_is_no_act() -> None:
    assert _drafts("On June 9, residents of Kalgan laid the first stone of a new school.") == []


# --- accusations and counter-accusations ---------------------------------------------------------------------------


def test_accusations_and_counter_accusations_are_disputed() -> None:
    text = (
        "A fight broke out between two villages on the border. The details are lost in accusations and "
        "counter-accusations. Officials agree that it took place on June 9 near Kalgan."
    )
    assert one_draft(text, PUBLISHED, locate=None).get("attribution") == "disputed"


@pytest.mark.parametrize("habit", ["The two states often trade accusations and counter-accusations."])
def test_guard_a_habit_of_counter_accusations_is_no_dispute(habit: str) -> None:
    assert read_attribution(habit) is None


# --- the day of talks or of a statement --------------------------------------------------------------------------


def test_the_day_of_talks_about_the_incident_opens_none() -> None:
    text = (
        "Officials of both sides met in Kalgan on June 10 to talk about the recent incident on the border. "
        "On June 8, residents of Tirmak smashed the windows of two lorries."
    )
    assert [d.get("event_date") for d in _drafts(text)] == ["2024-06-08"]


def test_the_day_of_talks_does_not_date_the_act_told_next() -> None:
    text = (
        "Officials of both sides met in Kalgan on June 10 to talk about the recent incident on the border. "
        "Residents of Tirmak had smashed the windows of two lorries."
    )
    assert [d.get("event_date") for d in _drafts(text)] == ["2024-06-05"]  # the week up to publication


def test_guard_the_day_of_a_statement_about_the_incident_opens_none() -> None:
    text = "In a statement of June 10, the ministry said the incident began over the new road."
    assert _drafts(text) == []


def test_guard_the_day_after_the_incidents_noun_is_the_incidents() -> None:
    text = "They discussed what had caused the incident between residents of the two villages on June 8."
    assert [d.get("event_date") for d in _drafts(text)] == ["2024-06-08"]


def test_guard_violence_told_on_the_day_of_talks_is_drafted() -> None:
    text = "Officials met on June 10 to discuss the incident, and hours later gunmen killed a guard at the post."
    assert [d.get("event_date") for d in _drafts(text)] == ["2024-06-10"]


# --- a service by its name -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("service", ["The Border Service", "The State Security Service", "The Tajik Border Service"])
def test_a_service_by_its_name_is_the_accuser(service: str) -> None:
    text = f"Gunmen shot dead two border guards in Kalgan on Sunday. {service} blamed the attack on men from Tirmak."
    draft = one_draft(text, PUBLISHED, locate=None)
    assert (draft.get("attribution"), draft.get("attributed_by")) == ("alleged", service.removeprefix("The "))


def test_a_service_is_no_place() -> None:
    text = "On Sunday, gunmen wounded two guards, said an officer who serves in the Border Service."
    assert one_draft(text, PUBLISHED, locate=None).get("place") is None


# --- another event's opening, in one place -------------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["In other incidents,", "In another attack,", "In other attacks,"])
def test_in_other_incidents_opens_another(opening: str) -> None:
    assert opens_another(f"{opening} two guards were wounded in Tirmak.")


def test_told_apart_reads_the_one_list() -> None:
    assert told_apart("In another incident, two guards were killed in Tirmak.", tolled=True, several=False)
    assert not told_apart("In the attack, two guards were killed in Tirmak.", tolled=True, several=False)
