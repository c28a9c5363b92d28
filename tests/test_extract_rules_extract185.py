"""What rounds 103 and 104's dev parts missed (extract185): a part of the dead told in a sentence of its own, and a
strike's owner named on its missiles, after a dateline or after "when".

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract185)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2010, 3, 11)  # a Thursday
US_FORCES = "Military Forces of the United States"


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a part of the dead in a sentence of its own (extract/part_told.py) -----------------------------------------------


def test_another_sources_part_of_the_dead_is_no_second_figure() -> None:
    draft = _draft(
        "At least eleven fighters were killed when missiles hit a compound in the Datta Khel area of North "
        "Waziristan on Wednesday, officials said.\n\n"
        "Another official said three of the dead were foreigners from Central Asia."
    )
    assert draft["killed"] == 11
    assert draft.get("killed_high") is None


def test_a_part_of_those_killed_is_no_second_figure() -> None:
    draft = _draft(
        "Nine people were killed on Wednesday when a bomb went off beside a police van in the Bara bazaar, "
        "officials said.\n\n"
        "Local sources said two of those killed were policemen."
    )
    assert draft["killed"] == 9
    assert draft.get("killed_low") is None


def test_another_sources_own_figure_still_makes_a_range() -> None:  # guard: a whole count, not a part
    draft = _draft(
        "At least eleven fighters were killed when missiles hit a compound in the Datta Khel area of North "
        "Waziristan on Wednesday, officials said.\n\n"
        "Another official said fourteen fighters had died."
    )
    assert draft["killed"] == 11
    assert draft["killed_high"] == 14


def test_a_part_larger_than_the_count_is_read_as_before() -> None:  # guard: the first count was short
    draft = _draft(
        "Two soldiers were killed on Wednesday when gunmen attacked a post near Chaman, officials said.\n\n"
        "Hospital sources said five of the dead were soldiers."
    )
    assert draft["killed"] == 2
    assert draft["killed_high"] == 5


# --- the owner named on its missiles, after a dateline or "when" (extract/owned_strike.py) ---------------------------


def test_the_owners_missiles_as_the_subject_name_the_owner() -> None:
    draft = _draft(
        "Suspected US missiles struck a compound in the Shawal valley of North Waziristan on Wednesday, killing "
        "six militants, security officials said.\n\n"
        "Residents said two drones had circled over the valley for hours before the strike."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_owners_missiles_after_the_day_name_the_owner() -> None:
    draft = _draft(
        "Eight militants were killed in a drone strike in the village of Degan in North Waziristan, officials said "
        "on Thursday.\n\n"
        "On Wednesday US missiles destroyed a house used by fighters in the village, killing the eight."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_owners_strike_after_a_dateline_names_the_owner() -> None:
    draft = _draft(
        "MIRANSHAH, Pakistan (Reuters) - A suspected US drone strike killed five people in a village of North "
        "Waziristan on Wednesday, intelligence officials said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_owners_strike_after_when_names_the_owner() -> None:
    draft = _draft(
        "At least three militants were killed on Wednesday when a US drone strike hit a pick-up truck in South "
        "Waziristan, local officials said."
    )
    assert draft["perpetrator"] == US_FORCES
    assert draft["attribution"] == "alleged"


def test_the_campaigns_missiles_name_no_owner() -> None:  # guard: the campaign, told in the perfect
    draft = _draft(
        "A drone fired two missiles at a house in the Mir Ali area on Wednesday, killing four people, officials "
        "said.\n\n"
        "US missiles have killed hundreds of people in the tribal belt since 2008."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft.get("perpetrator") is None


# --- a drone's strike on a group's fighters: no military target (extract/struck_fighters.py) ------------------------


def test_a_drones_strike_on_fighters_has_no_military_target() -> None:
    draft = _draft(
        "Twelve fighters died on Wednesday when missiles from a US drone destroyed a compound in the Shawal valley "
        "of North Waziristan, security officials said."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft.get("target_type") is None


def test_a_drones_strike_on_soldiers_keeps_its_military_target() -> None:  # guard: a state's men at their post
    draft = _draft(
        "Three soldiers died on Wednesday when missiles from a drone hit their post in the Shawal valley of North "
        "Waziristan, security officials said."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["target_type"] == "military"


def test_an_air_forces_strike_on_fighters_keeps_its_military_target() -> None:  # guard: no drone, a battle's side
    draft = _draft(
        "Government aircraft bombed fighters massing outside the district centre on Wednesday, killing at least "
        "twenty fighters, the defence ministry said."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["target_type"] == "military"
