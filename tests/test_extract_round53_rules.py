"""Round 53's dev misses as general mechanisms of the reader (the fifty-ninth rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
mends (each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves as
it was (the guards pass on main's code too); the dev figures are in docs/extract-journal.md (*Round 53's dev misses*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday
MONDAY = dt.date(2024, 6, 10)  # a report of the day the statement came out


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a war measured in years is the setting, not a clash -------------------------------------------------------------


def test_a_war_fought_for_years_does_not_make_a_bomb_a_clash() -> None:
    draft = _draft(
        "A bomb left by the road killed two soldiers of the Frontier Corps in Bajaur on Monday.\n\n"
        "Bajaur is one of the tribal districts where the army has fought militants for more than fifteen years."
    )
    assert draft.get("sub_event_type") == "Remote explosive/landmine/IED"


def test_fighting_told_without_years_is_still_a_clash() -> None:  # guard
    draft = _draft(
        "Soldiers of the Frontier Corps fought militants who attacked a post in Bajaur on Monday, and two soldiers "
        "were killed."
    )
    assert draft.get("sub_event_type") == "Armed clash"


# --- the day a statement came out is not the event's -----------------------------------------------------------------


def test_the_day_a_statement_was_issued_gives_way_to_the_night_it_tells() -> None:
    draft = _draft(
        "A roadside bomb has killed two soldiers in North Waziristan, the army says.\n\n"
        "In a statement the army issued on Monday, the two were wounded late on Sunday night during a patrol near "
        "Mir Ali.",
        MONDAY,
    )
    assert draft.get("event_date") == "2024-06-09"


def test_a_statement_day_alone_still_dates_nothing_wrong() -> None:  # guard
    draft = _draft("A roadside bomb killed two soldiers near Mir Ali in North Waziristan on Monday, the army said.")
    assert draft.get("event_date") == "2024-06-10"


# --- the hurt who then died are not injured ---------------------------------------------------------------------------


def test_the_count_hurt_and_then_dead_is_not_injured() -> None:
    draft = _draft(
        "A roadside bomb killed three soldiers near Mir Ali in North Waziristan on Monday, the army said.\n\n"
        "The three were wounded during a patrol and died later in hospital."
    )
    assert draft.get("killed") == 3
    assert draft.get("injured") is None


def test_the_wounded_beside_others_who_died_stay_injured() -> None:  # guard
    draft = _draft(
        "A roadside bomb near Mir Ali in North Waziristan on Monday killed two soldiers, the army said.\n\n"
        "Four soldiers were wounded in the blast, and two more villagers died in a second explosion nearby."
    )
    assert draft.get("injured") == 4


# --- a group's spokesman saying his group did it is the group's claim ------------------------------------------------


def test_a_spokesman_saying_his_group_did_it_claims_for_the_group() -> None:
    draft = _draft(
        "A bomb by the road killed three soldiers near Wana in South Waziristan on Monday, the army said.\n\n"
        "Ahmad Gul, who speaks for the outlawed Tehrik-e-Taliban Pakistan, said his group had carried out the attack."
    )
    assert draft.get("attribution") == "claimed"
    assert draft.get("perpetrator") == "Tehrik-i-Taliban Pakistan"


def test_a_spokesman_denying_the_attack_claims_nothing() -> None:  # guard
    draft = _draft(
        "A bomb by the road killed three soldiers near Wana in South Waziristan on Monday, the army said.\n\n"
        "Ahmad Gul, a spokesman for the Tehrik-e-Taliban Pakistan, said his group had no part in the attack."
    )
    assert draft.get("attribution") != "claimed"
