"""A blamed group's own man telling the fight in a sentence of his own (extract200): the officials' ``alleged`` becomes
the group's ``claimed`` (the codebook: "the group itself claimed responsibility"), the group as the accuser.

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract200)*).
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 9, 2)  # a Monday
#: The lead every case shares: officials blame the Taliban (``alleged``), with the attack's toll.
LEAD = (
    "Taliban militants attacked a police checkpoint near the border in Zabul province on Sunday, killing three "
    "policemen, the governor said. "
)


def _blame(text: str) -> tuple[object, object, object]:
    """The one draft's attribution, actor and accuser for a house-written report of ``text``."""
    draft = one_draft(text, PUBLISHED, locate=None)
    return draft.get("attribution"), draft.get("perpetrator"), draft.get("attributed_by")


def test_the_groups_spokesman_giving_the_toll_makes_it_a_claim() -> None:
    assert _blame(
        "Taliban fighters attacked a border post in Kurram district on Sunday, killing four soldiers, officials said. "
        "A Taliban spokesman, Qari Rahimullah, said eleven soldiers had been killed in the fighting."
    ) == ("claimed", "Taliban", "Taliban")


def test_a_commander_of_the_group_named_before_his_title_makes_it_a_claim() -> None:
    assert _blame(
        LEAD + "Mullah Karim Dost, a Taliban commander speaking by telephone, said seven policemen had died in the "
        "attack."
    ) == ("claimed", "Taliban", "Taliban")


def test_the_groups_man_called_by_his_name_in_a_later_sentence() -> None:
    assert _blame(
        LEAD + "Mullah Karim Dost, a Taliban commander, spoke to reporters by telephone. Dost said the fighters had "
        "taken the checkpoint before pulling back."
    ) == ("claimed", "Taliban", "Taliban")


def test_the_groups_spokesman_denying_is_no_claim() -> None:  # guard: a denial
    assert _blame(LEAD + "A Taliban spokesman denied that the group's fighters had taken part in the attack.") == (
        "alleged",
        "Taliban",
        None,
    )


def test_another_groups_spokesman_is_no_claim_of_the_blamed_group() -> None:  # guard: another group's man
    assert _blame(LEAD + "A Hizb-i-Islami spokesman said seven policemen had been killed in the fighting.") == (
        "alleged",
        "Taliban",
        None,
    )


def test_a_states_spokesman_is_no_groups_man() -> None:  # guard: the army's spokesman
    assert _blame(LEAD + "An army spokesman said seven militants had been killed in the fighting.") == (
        "alleged",
        "Taliban",
        None,
    )


def test_the_groups_man_saying_nothing_of_the_fight_is_no_claim() -> None:  # guard: no toll, act or fight told
    assert _blame(LEAD + "A Taliban spokesman said the group had nothing to say about the incident.") == (
        "alleged",
        "Taliban",
        None,
    )


def test_the_groups_man_telling_a_strike_on_his_own_men_claims_nothing() -> None:  # guard: the actor is the state
    assert _blame(
        "Pakistani jets struck a Taliban hideout near the border in Kurram district on Sunday, killing nine "
        "militants, officials said. A Taliban spokesman said twelve civilians had been killed in the strike."
    ) == ("alleged", "Pakistan", None)


def test_a_commander_of_the_group_told_acting_is_no_speaker() -> None:  # guard: "is said to have attacked"
    assert _blame(
        LEAD + "A Taliban commander named Gul Agha is also said to have attacked a police post in the district."
    ) == ("alleged", "Taliban", None)
