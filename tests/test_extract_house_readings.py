"""Readings found on house sentences (issue 14, docs/extract-journal.md *Readings found on house sentences: rules*).

Every sentence here is written for this file; none is a report's. The tests of what changed fail on main's code;
the guards pass on both.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.attribution import read_attribution

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday; June 8 is the Saturday before


def _dates(text: str) -> tuple[object, object]:
    draft = one_draft(text, PUBLISHED, locate=None)
    return draft.get("event_date"), draft.get("date_precision")


# --- a saying verb in a who-clause dates nothing told before it -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were killed on June 8 by gunmen who said they were police.",
        "On June 8, some 80 villagers of Tirmak, who said the field was theirs, beat three workers.",
        "Gunmen killed two guards on June 8, according to an officer who said on June 10 that the attackers fled.",
        # a crowd's blows between the opening day and the saying verb make the day the blows', as a shooting does
        "On June 8, some 80 villagers of Tirmak beat three workers, the police said.",
    ],
)
def test_a_day_in_the_events_clause_is_the_events(text: str) -> None:
    assert _dates(text) == ("2024-06-08", "day")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Monday that two guards were killed by gunmen.",
        "Two guards were killed by gunmen, an officer who said on Monday that he could not be named told reporters.",
        "On Monday the spokesman, who asked not to be named, said two guards were killed by gunmen.",
    ],
)
def test_guard_a_day_of_the_speech_verb_is_still_a_saying_day(text: str) -> None:
    assert _dates(text) == ("2024-06-04", "week")  # the week up to the saying


def test_guard_a_who_clause_after_the_speaker_leaves_the_events_day() -> None:
    text = "Two guards were killed on June 8 by gunmen, an official who said he was not allowed to speak said."
    assert _dates(text) == ("2024-06-08", "day")


# --- the crowd as the mob's actor ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "crowd"),
    [
        (
            "At dusk some 100 residents of Tirmak who objected to the work, saying it was on their land, beat two "
            "of the workers.",
            "some 100 residents of Tirmak",
        ),
        (
            "Work went on, and Kalgan residents broke the windscreen of a lorry with a stone, the statement said.",
            "Kalgan residents",
        ),
    ],
)
def test_a_crowd_named_by_its_place_is_the_mobs_actor(sentence: str, crowd: str) -> None:
    found = read_attribution(sentence)
    assert found is not None and (found.status, found.perpetrator) == ("alleged", crowd)


@pytest.mark.parametrize(
    "sentence",
    [
        "Angry residents beat the builders.",
        "Some 200 residents beat the builders.",
        "Kalgan residents beat back the raid.",
    ],
)
def test_guard_a_crowd_with_no_place_names_no_one(sentence: str) -> None:
    found = read_attribution(sentence)
    assert found is None or found.perpetrator is None


_LEAD = "A fight broke out between two villages. The details are lost in accusations and counter-accusations. "


def test_a_crowd_under_a_lead_of_counter_accusations_is_disputed_and_named() -> None:
    draft = one_draft(_LEAD + "On June 9, some 100 residents of Tirmak beat three workers.", PUBLISHED, locate=None)
    assert (draft.get("attribution"), draft.get("perpetrator")) == ("disputed", "some 100 residents of Tirmak")


def test_a_crowd_with_no_such_lead_is_alleged() -> None:
    draft = one_draft("On June 9, some 100 residents of Tirmak beat three workers.", PUBLISHED, locate=None)
    assert (draft.get("attribution"), draft.get("perpetrator")) == ("alleged", "some 100 residents of Tirmak")
