"""Rounds 89 and 90's first-sight attribution misses as general shapes (extract163).

Every sentence here is written for this file; none is a report's. Each shape has a test of what it mends (each
fails on main's code before this branch) and guards of what it leaves as it was (another group's words, a denial,
another state's guards); the dev figures are in docs/extract-journal.md (*A side owning its act in its own words*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday

_RAID = (
    "Taliban fighters attacked an army checkpoint in Kunduz province on Monday, killing six soldiers, a provincial "
    "official said.\n\n"
)
_SHOT = "Uzbek border guards shot dead a Kyrgyz man near the village of Ak-Tash on Sunday, Kyrgyz officials said.\n\n"
_AFTER = "\n\nThe Kyrgyz man was shot dead by Uzbek border guards as he crossed the border, Kyrgyz officials said."


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a blamed group telling the act as its own: its claim (.group_own_word) -------------------------------------------


def test_a_blamed_group_saying_they_overran_the_post_claims_it() -> None:
    draft = _draft(_RAID + "The Taliban, in a statement, said they had overrun the checkpoint and two others nearby.")
    assert (draft["attribution"], draft["perpetrator"]) == ("claimed", "Taliban")


def test_a_blamed_group_saying_they_carried_it_out_claims_it_under_its_own_name() -> None:
    text = (
        "Six soldiers were killed on Monday when the Taliban stormed an army checkpoint in Kunduz province, officials "
        "said.\n\nThe Taliban said they had carried out the attack on the checkpoint."
    )
    draft = _draft(text)
    assert (draft["attribution"], draft["perpetrator"]) == ("claimed", "Taliban")


def test_another_groups_words_leave_the_allegation() -> None:
    draft = _draft(_RAID + "The TTP, in a statement, said they had overrun the checkpoint and two others nearby.")
    assert (draft["attribution"], draft["perpetrator"]) == ("alleged", "Taliban")


def test_a_group_denying_the_act_leaves_the_allegation() -> None:
    draft = _draft(_RAID + "The Taliban said they had not carried out the attack on the checkpoint.")
    assert draft["attribution"] == "alleged"


# --- a service calling its own guards' fire lawful: confirmed (.lawful_fire) ------------------------------------------


def test_the_guards_own_service_calling_the_fire_lawful_confirms_it() -> None:
    draft = _draft(
        _SHOT + "Uzbekistan's border service said weapons had been used lawfully against a border violator." + _AFTER
    )
    assert draft["attribution"] == "confirmed"
    assert "Uzbekistan" in draft["perpetrator"]


def test_fire_in_line_with_the_rules_told_by_the_guards_side_confirms_it() -> None:
    text = _SHOT + (
        "A spokesman for the Uzbek border service said the guards had opened fire in line with the rules after the "
        "man ignored warnings."
    )
    assert _draft(text)["attribution"] == "confirmed"


def test_the_other_side_denying_the_fire_was_lawful_leaves_the_allegation() -> None:
    draft = _draft(_SHOT + "Kyrgyz officials said the weapons had not been used lawfully." + _AFTER)
    assert draft["attribution"] == "alleged"


def test_another_states_guards_firing_by_the_rules_leave_the_allegation() -> None:
    draft = _draft(_SHOT + "Kyrgyz border guards fired warning shots in the air in line with the rules." + _AFTER)
    assert draft["attribution"] == "alleged"
