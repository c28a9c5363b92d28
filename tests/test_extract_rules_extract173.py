"""Who did it, from the held-back rounds 95 and 96 (extract173): drone owners told through a source, a state's aircraft
read as the act's subject, and smugglers who fired told in a "when" clause.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract173)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2013, 6, 12)  # a Wednesday

US = "Military Forces of the United States"


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- drone owners told through a source (extract/drone_owner.py) ----------------------------------------------------


def test_the_owners_drones_opening_the_main_clause_after_a_source() -> None:
    draft = _draft(
        "Nine people have died in a drone attack in Shawal tehsil of North Waziristan.\n\n"
        "According to a news agency abroad, American drones fired four missiles at a vehicle near the village, "
        "killing the nine people in it."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_a_spy_plane_told_with_its_owner_is_a_drone_of_that_state() -> None:
    draft = _draft(
        "Five more people have been killed in a drone attack on the tribal area.\n\n"
        "According to villagers, an American spy plane hit a compound in the Makeen area of South Waziristan, "
        "killing five people who were inside."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_a_toll_told_with_its_names_first_falls_in_the_owners_strike() -> None:
    draft = _draft(
        "A senior commander of the militants, Qari Ahmad, was killed together with his driver, his two guards and "
        "three other fighters, Arab militants among them, in a US drone strike on a house in the Mir Ali area of "
        "North Waziristan, security sources told reporters."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_drones_of_nobody_named_stay_unblamed() -> None:  # guard
    draft = _draft(
        "According to a news agency abroad, drones fired four missiles at a vehicle near Mir Ali in North Waziristan, "
        "killing nine people."
    )
    assert not draft.get("perpetrator")


# --- a state's aircraft read as the subject (extract/owned_craft.py) -------------------------------------------------


def test_a_states_aircraft_as_the_subject_told_by_the_outlet_alone_is_alleged() -> None:
    # the fourth rulings' *The outlet's own voice* (docs/extract.md): a single source's word, as 1408 and 1415 are
    # coded; this test asserted ``suspected`` before extract179
    draft = _draft(
        "An American drone aircraft fired two missiles at a house in Mir Ali tehsil of North Waziristan, and four "
        "militants who were inside were killed.\n\nDrones kept flying over the area after the attack."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_a_states_aircraft_with_no_article_told_by_the_outlet_alone_is_alleged() -> None:  # as above
    draft = _draft(
        "Four people have been killed in an American drone attack in North Waziristan.\n\n"
        "American aircraft fired two missiles at a car in the Spinwam area of North Waziristan, and four people died."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_a_states_aircraft_told_by_officials_stays_alleged() -> None:  # guard
    draft = _draft(
        "An American drone aircraft fired two missiles at a house in Mir Ali tehsil of North Waziristan, killing four "
        "militants, security officials said."
    )
    assert draft["attribution"] == "alleged"


# --- smugglers who fired, told in a "when" clause (extract/smugglers_fired.py) ---------------------------------------


def test_smugglers_in_a_when_clause_who_started_shooting_are_alleged() -> None:
    draft = _draft(
        "The border commander of Khorasan Razavi province has reported a gunfight near Taybad and the seizure of "
        "200 kilograms of opium.\n\n"
        "Border guards had learnt that smugglers meant to bring a load of drugs across the frontier, he said.\n\n"
        "When the traffickers saw that the guards had surrounded them, he said, they started shooting at the "
        "officers. After a long exchange of fire the smugglers left their load and fled."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "smugglers"


def test_guards_who_started_shooting_are_not_the_smugglers_act() -> None:  # guard
    draft = _draft(
        "When the smugglers reached the border strip near Taybad, the guards started shooting at them, the border "
        "commander of Khorasan Razavi province said."
    )
    assert draft.get("perpetrator") != "smugglers"
