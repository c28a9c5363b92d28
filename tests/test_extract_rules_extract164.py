"""Who did it, as reports word it (extract164): a state's force in any of its arms' words, and fire told as an answer.

Every sentence here is written for this file; none is a report's. Each shape has tests of what it mends (each fails
on main's code before this branch) and guards of what it leaves as it was; the dev figures are in
docs/extract-journal.md (*A state's force in other words, and fire told as an answer: rules (extract164)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor

PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a state's force, whatever words the report gives its arm (.actors.canonical_actor) ----------------------------


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("Iran's border force", "Military Forces of Iran"),
        ("the Iranian border personnel", "Military Forces of Iran"),
        ("Iran's border guard forces", "Military Forces of Iran"),
        ("the Iranian guards", "Military Forces of Iran"),
        ("Uzbekistan's air defense system", "Military Forces of Uzbekistan"),
        ("Uzbek air defence forces", "Military Forces of Uzbekistan"),
        ("the Uzbek air force", "Military Forces of Uzbekistan"),
        ("Border guards of Uzbekistan", "Military Forces of Uzbekistan"),
        ("the border guards of Tajikistan", "Tajik Border Troops"),
        ("Pakistani security personnel", "Military Forces of Pakistan"),
    ],
)
def test_a_states_force_in_other_words_is_that_states_force(phrase: str, canonical: str) -> None:
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize(
    "phrase",
    [
        "Iranian Revolutionary Guards",  # a force of its own, never the border guards
        "citizens of Tajikistan",  # a state's people, no force
        "militants of Afghanistan",
        "the guards",  # no state named
    ],
)
def test_words_that_name_no_states_force_stay_unmatched(phrase: str) -> None:
    assert canonical_actor(phrase) is None


def test_a_group_named_for_a_state_stays_that_group() -> None:
    assert canonical_actor("Islamic Movement of Uzbekistan") == "Islamic Movement of Uzbekistan"


def test_the_reader_writes_a_force_told_by_its_arm_as_the_dictionary_names_it() -> None:
    text = (
        "QUETTA: Iran's border force fired six mortar shells at the Pakistani border town of Gazdar on Monday, a "
        "security official said. Nobody was hurt."
    )
    assert _draft(text)["perpetrator"] == "Military Forces of Iran"


# --- fire told from a country's ground in the outlet's own voice: alleged (.fired_by) --------------------------------


def test_shells_the_outlet_tells_fired_from_a_neighbours_ground_are_alleged() -> None:
    text = (
        "CHITRAL: Four mortar shells were fired from Afghan territory on the village of Drosh Bala on Sunday, but "
        "nobody was hurt."
    )
    draft = _draft(text)
    assert (draft["attribution"], draft.get("perpetrator"), draft["origin_country"]) == ("alleged", None, "AF")


def test_shells_a_source_tells_fired_from_a_neighbours_ground_stay_alleged() -> None:
    text = (
        "CHITRAL: Four mortar shells were fired from Afghan territory on the village of Drosh Bala on Sunday, "
        "officials said. Nobody was hurt."
    )
    draft = _draft(text)
    assert (draft["attribution"], draft["origin_country"]) == ("alleged", "AF")


# --- a state's forces in a clash on another state's ground: their state is the origin (.actor_state) ---------------

_CLASH = (
    "KABUL: Two Afghan border policemen were killed on Sunday when Pakistani forces opened fire on an Afghan border "
    "post in Afghanistan's Khost province and Afghan forces fired back, a provincial police spokesman said."
)


def test_a_states_forces_fighting_on_anothers_ground_come_from_their_state() -> None:
    draft = _draft(_CLASH)
    assert (draft["sub_event_type"], draft["country"], draft["origin_country"]) == ("Armed clash", "AF", "PK")


def test_a_clash_on_the_fergana_valleys_lines_has_no_origin() -> None:
    text = (
        "BISHKEK: A Kyrgyz soldier was killed on Sunday when Tajik border guards opened fire on a Kyrgyz post in "
        "Kyrgyzstan's Batken region and the Kyrgyz guards fired back, the Kyrgyz border service said."
    )
    draft = _draft(text)
    assert draft["sub_event_type"] == "Armed clash" and draft.get("origin_country") is None


def test_guards_shooting_people_on_anothers_ground_are_left_without_an_origin() -> None:
    text = (
        "KABUL: Two Afghan migrants were killed on Sunday when Iranian border guards opened fire on them in "
        "Afghanistan's Herat province, a provincial official said."
    )
    draft = _draft(text)
    assert draft["sub_event_type"] == "Attack" and draft.get("origin_country") is None
