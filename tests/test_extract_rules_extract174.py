"""Who did it, from the dev failures out of sample (extract174): a state's forces named as the agent of an act told as
a noun, a group's men told dead read as the doers, a drone as the agent of its missiles, an attack whose doer was not
read left with no default attribution, and the guards' order to stop answered with fire read once for both of its uses.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract174)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2014, 3, 12)  # a Wednesday

US = "Military Forces of the United States"
PAKISTAN = "Military Forces of Pakistan"


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a state's forces as the agent of an act told as a noun (extract/state_acts_by.py) ------------------------------


def test_rocket_attacks_by_a_states_troops_name_them() -> None:
    draft = _draft(
        "Rocket attacks by Pakistani troops on the Dangam district of Kunar province killed two shepherds and "
        "wounded a boy on Tuesday, the district governor told reporters."
    )
    assert draft["perpetrator"] == PAKISTAN
    assert draft["attribution"] == "alleged"


def test_provocations_by_a_states_border_forces_name_them() -> None:
    draft = _draft(
        "Two soldiers were wounded when mortar shells came down on a check post in Chitral on Monday.\n\n"
        "Lodging a protest, the Foreign Office said it was gravely concerned at the mounting provocations by "
        "Afghan border forces along the frontier."
    )
    assert draft["perpetrator"] == "Afghan border forces"
    assert draft["attribution"] == "alleged"


def test_attacks_by_unnamed_forces_name_no_one() -> None:  # guard: "by the forces" tells no side
    draft = _draft(
        "Rocket attacks by the forces on the Dangam district of Kunar province killed two shepherds on Tuesday, "
        "the district governor told reporters."
    )
    assert not draft.get("perpetrator")


# --- a group's men told dead are the dead, not the doers (extract/attribution_acts.py) -------------------------------


def test_the_groups_men_killed_in_a_drone_strike_are_not_its_actor() -> None:
    draft = _draft(
        "MIRAMSHAH: Five suspected militants were killed on Tuesday when a US drone struck a house in the Datta Khel "
        "area of North Waziristan, officials said.\n\n"
        "Among the TTP men killed was a local commander known as Abdullah, one of the officials said."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_the_groups_men_who_killed_are_still_its_actor() -> None:  # guard: the active verb is the group's act
    draft = _draft(
        "TTP militants killed three policemen at a check post near the Afghan border in Bajaur on Tuesday, "
        "officials said."
    )
    assert draft["perpetrator"] == "Tehrik-i-Taliban Pakistan"


# --- a drone as the agent of its missiles (extract/drone_owner.py) ---------------------------------------------------


def test_missiles_fired_by_what_was_thought_a_states_drone_name_the_state() -> None:
    draft = _draft(
        "PESHAWAR - Missiles fired by what is believed to have been an American drone killed six militants in a "
        "village of South Waziristan on Tuesday, two security officials said."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_missiles_fired_by_a_drone_of_nobody_named_blame_no_one() -> None:  # guard
    draft = _draft(
        "PESHAWAR - Missiles fired by a drone killed six militants in a village of South Waziristan on Tuesday, two "
        "security officials said."
    )
    assert not draft.get("perpetrator")


# --- an attack whose doer was not read keeps no attribution (extract/unowned_attack.py) -----------------------------


def test_an_attack_whose_doer_was_not_read_is_left_unattributed_by_no_default() -> None:
    draft = _draft(
        "A shepherd from the village of Kok-Tash was shot and wounded near the border line on Tuesday while grazing "
        "his flock, the district police said."
    )
    assert draft["sub_event_type"] == "Attack"
    assert draft.get("attribution") is None


def test_an_attack_by_men_the_report_calls_unknown_stays_unattributed() -> None:  # guard
    draft = _draft(
        "Unknown gunmen shot and wounded a shepherd from the village of Kok-Tash near the border line on Tuesday "
        "while he was grazing his flock, the district police said."
    )
    assert draft["attribution"] == "unattributed"


def test_a_bomb_nobody_claimed_keeps_its_default() -> None:  # guard: only an attack loses the default
    draft = _draft("A roadside bomb killed two villagers near the border town of Chaman on Tuesday, police said.")
    assert draft["attribution"] == "unattributed"


# --- the guards' order to stop, answered with fire: one reading (extract/stopped_answer.py) --------------------------


def test_one_reading_gives_the_answering_men_to_both_uses() -> None:
    from incident_tracker.extract.stopped_answer import stop_answered

    told = stop_answered("When the guards ordered them to stop, the three smugglers then opened fire on the patrol.")
    assert told is not None
    assert (told.subject, told.noun) == ("three smugglers", "smugglers")
    alone = stop_answered("Ordered to stop, the men opened fire and ran back to the river.")
    assert alone is not None and alone.noun == "men"


def test_the_guards_own_fire_is_no_answer() -> None:  # guard: the state's men never answer their own order
    from incident_tracker.extract.stopped_answer import stop_answered

    assert stop_answered("The men ignored an order to stop, and the border guards opened fire on them.") is None
    assert stop_answered("The patrol ordered them to stop; the guards then opened fire.") is None
