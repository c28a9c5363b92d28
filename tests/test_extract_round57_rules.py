"""Round 57's dev misses, and the coding's line on generic labels, as general mechanisms of the reader (the
sixty-second rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
mends (each fails on main's code before this round) and, where a wrong reading is near, a guard of what it leaves as
it was (the guards pass on main's code too); the dev figures are in docs/extract.md (*Round 57's dev misses*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2023, 3, 15)  # a Wednesday


def _draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return one_draft(text, published, locate=None)


# --- a generic label: flight after the attack is no origin; a told crossing is ---------------------------------------


def test_terrorists_who_fled_toward_the_border_are_no_one() -> None:
    draft = _draft(
        "Two guards were killed on Tuesday when terrorists attacked a post on the Pakistani border, the province's "
        "police said.\n\n"
        "The terrorists fled toward Pakistan when more forces arrived, the statement added."
    )
    assert draft.get("attribution") == "unattributed"
    assert draft.get("perpetrator") is None


def test_bandits_with_no_origin_are_no_one() -> None:
    draft = _draft(
        "Two guards were killed on Tuesday in a clash with bandits near the Pakistani border, the agency said."
    )
    assert draft.get("attribution") == "unattributed"
    assert draft.get("perpetrator") is None


def test_a_crossing_told_of_somebody_else_is_not_the_attackers() -> None:
    draft = _draft(
        "Two guards were killed on Tuesday when terrorists attacked a post on the Pakistani border, the province's "
        "police said.\n\n"
        "The province's Baloch people also live across the border in Pakistan."
    )
    assert draft.get("attribution") == "unattributed"


def test_terrorists_who_crossed_from_the_neighbour_stay_alleged() -> None:  # guard
    draft = _draft(
        "Two guards were killed on Tuesday when terrorists attacked a post on the Pakistani border, the province's "
        "police said.\n\n"
        "The terrorists had come from Pakistan during the night, the statement added."
    )
    assert draft.get("attribution") == "alleged"


def test_militants_of_a_named_group_stay_alleged() -> None:  # guard
    draft = _draft(
        "Two guards were killed on Tuesday when militants attacked a post on the Pakistani border, the province's "
        "police said. The police blamed Jaish al-Adl."
    )
    assert (draft.get("attribution"), draft.get("perpetrator")) == ("alleged", "Jaish al-Adl")
