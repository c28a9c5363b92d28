"""Who did it (extract170): the United States' forces in the actor dictionary, drone owners told with a hedge, unnamed
men told with where they came from, and a guards' fire that was one side of an exchange.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract170)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from eval_extract import _same_actor

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor

PUBLISHED = dt.date(2012, 3, 15)  # a Thursday

US = "Military Forces of the United States"


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- the actor dictionary: the United States' forces (data/actors.tsv) -----------------------------------------------


@pytest.mark.parametrize(
    "spelling", ["US", "U.S.", "United States", "American forces", "US troops", "U.S. forces", "American troops"]
)
def test_the_united_states_spellings_are_its_forces(spelling: str) -> None:
    assert canonical_actor(spelling) == US


@pytest.mark.parametrize(("coded", "read"), [("US", "United States"), ("U.S.", US), ("United States", "US troops")])
def test_the_scorer_reads_the_spellings_as_one_actor(coded: str, read: str) -> None:
    assert _same_actor(coded, read)


@pytest.mark.parametrize("other", ["US-led coalition", "NATO", "ISAF", "U.S. or NATO forces", "CIA", "NATO-led forces"])
def test_the_coalition_nato_and_the_cia_stay_apart_from_the_us(other: str) -> None:  # guard
    assert canonical_actor(other) != US
    assert not _same_actor("US", other)


# --- a drone's owner told with a hedge or with no article (extract/drone_owner.py) -----------------------------------


def test_the_owners_drones_told_with_no_article_are_the_owners_strike() -> None:
    draft = _draft(
        "At least four people were killed on Wednesday when U.S. drones fired two missiles at a compound in the "
        "Mir Ali area of North Waziristan, tribal elders said.\n\nThe drones had circled the village for an hour."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_a_strike_suspected_to_be_the_owners_work_is_alleged_when_officials_tell_it() -> None:
    draft = _draft(
        "A missile strike suspected to be the work of the U.S. hit a compound in South Waziristan on Wednesday, "
        "killing three men, two security officials said.\n\nVillagers said they had seen pilotless drones overhead "
        "before the blast."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_the_dead_killed_in_a_suspected_owners_strike_name_the_owner() -> None:
    draft = _draft(
        "Local officials said five people were killed on Wednesday in a suspected US missile strike on a vehicle in "
        "the Shawal valley of North Waziristan.\n\nResidents said drones had fired the missiles."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_the_owner_told_in_an_aside_is_the_owner() -> None:
    draft = _draft(
        "Two people were wounded on Wednesday when a drone, reportedly a U.S. one, fired a missile at a car near "
        "Miranshah in North Waziristan, local media reported."
    )
    assert draft["perpetrator"] == US
    assert draft["attribution"] == "alleged"


def test_an_owners_strike_of_another_time_names_no_owner() -> None:  # guard
    draft = _draft(
        "A drone fired two missiles at a house in North Waziristan on Wednesday, killing four people, officials "
        "said.\n\nIt was not known whose drone it was."
    )
    assert draft.get("perpetrator") is None


def test_a_drone_of_the_owner_shot_down_names_no_owner_of_the_strike() -> None:  # guard
    draft = _draft(
        "A drone fired a missile at a house in North Waziristan on Wednesday, killing two people, officials said, "
        "a week after militants said they had shot down a U.S. drone over the valley."
    )
    assert draft.get("perpetrator") is None


# --- unnamed men told with where they came from (extract/men_from.py) ------------------------------------------------


def test_men_told_with_the_state_they_came_from_are_the_actor() -> None:
    draft = _draft(
        "A shepherd was killed in the Chitral district of Pakistan on Wednesday when a band of armed men who had "
        "crossed over from the Afghan side raided a pasture and drove off his goats, police said."
    )
    assert draft["attribution"] == "alleged"
    assert draft["origin_country"] == "AF"
    assert draft["perpetrator"] == "a band of armed men who had crossed over from the Afghan side"


def test_of_two_phrases_the_one_naming_the_state_is_taken() -> None:
    draft = _draft(
        "Two herders were killed in Chitral on Wednesday when raiders from across the border struck a pasture, "
        "police said.\n\nPolice said a group of raiders who had crossed over from the Afghan side opened fire on "
        "the herders and drove off their sheep."
    )
    assert draft["origin_country"] == "AF"
    assert draft["perpetrator"] == "a group of raiders who had crossed over from the Afghan side"


def test_men_with_no_origin_told_stay_unnamed() -> None:  # guard
    draft = _draft("Gunmen killed two policemen at a checkpoint in Bannu on Wednesday, police said.")
    assert draft.get("perpetrator") is None


# --- the guards' fire that was one side of an exchange (extract/own_side.py) ----------------------------------------


def test_guards_fire_in_an_exchange_is_not_their_justified_fire() -> None:
    draft = _draft(
        "Tajik border guards on Wednesday stopped a group of drug couriers who were trying to cross the border "
        "illegally near Panj, the border service said.\n\nThe guards fired warning shots and an exchange of fire "
        "broke out between the two sides; one courier was killed."
    )
    assert draft.get("attribution") != "confirmed"


def test_guards_fire_after_an_ignored_order_is_still_their_own() -> None:  # guard
    draft = _draft(
        "Two men were trying to cross the border illegally near Panj on Wednesday and ignored the guards' order to "
        "stop, the Tajik border service said.\n\nThe border guards opened fire and one of the men was killed, the "
        "service said."
    )
    assert draft["attribution"] == "confirmed"


# --- crossers who opened fire when the guards moved to stop them (extract/stopped_fired.py) --------------------------


def test_men_who_fired_when_ordered_to_stop_are_the_actor_by_their_count() -> None:
    draft = _draft(
        "Tajik border guards seized 30 kilograms of heroin on the border with Afghanistan, the border service said "
        "on Wednesday.\n\nA patrol saw six men crossing the river from Afghanistan on a raft near Panj on Tuesday "
        "night. The guards ordered them to stop, but the men opened fire and then fled back across the river."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "six men"
    assert draft["origin_country"] == "AF"


def test_the_crossers_named_by_their_people_take_the_count_that_brought_them_in() -> None:
    draft = _draft(
        "A border patrol near Panj saw eight drug couriers crossing from Afghanistan on Tuesday night, the Tajik "
        "border service said on Wednesday.\n\nWhen the guards tried to detain them, the Afghans opened fire, and "
        "the guards fired back."
    )
    assert draft["perpetrator"] == "eight drug couriers"
    assert draft["origin_country"] == "AF"


def test_guards_who_fired_when_the_men_did_not_stop_are_not_read_as_the_men() -> None:  # guard
    draft = _draft(
        "A border patrol near Panj saw eight men crossing from Afghanistan on Tuesday night, the Tajik border "
        "service said on Wednesday.\n\nWhen the men did not stop, the guards ordered them to halt, but they kept "
        "going, and the guards opened fire."
    )
    assert draft.get("perpetrator") != "eight men"
