"""Incidents missed, from the held-back rounds' dev parts (extract175): a fight told with no toll and no weapon.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract175)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of, one_draft

PUBLISHED = dt.date(2019, 3, 15)  # a Friday


def _draft(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED, locate=None)


# --- a fight told with no toll and no weapon (extract/fight_told.py) ------------------------------------------------


def test_a_seizure_statement_that_tells_a_clash_is_an_incident() -> None:
    draft = _draft(
        "Frontier guards in the east of the province have seized a load of opium near the border.\n\n"
        "The commander of the local regiment said on Friday that his men had clashed with a band of armed "
        "smugglers at the border line, and that weapons had been taken.\n\n"
        "The smugglers ran back over the border, he said."
    )
    assert draft["sub_event_type"] == "Armed clash"
    assert draft["date_precision"] == "week"
    assert "killed" not in draft and "injured" not in draft


def test_a_fight_that_followed_a_crossing_is_an_incident() -> None:
    draft = _draft(
        "The border service said on Thursday that a crossing from the neighbouring side had been stopped.\n\n"
        "The men came over under cover of fire. A fight followed, after which they left their bags and went back.\n\n"
        "Twenty kilograms of hashish were found in the bags."
    )
    assert draft["sub_event_type"] == "Armed clash"


def test_smugglers_who_fought_before_they_fled_are_an_incident() -> None:
    draft = _draft(
        "Guards of the southern regiment have found 60 kilograms of drugs, the deputy commander said.\n\n"
        "When the smugglers saw the guards waiting for them, he said, they fought for half an hour and then ran "
        "off into the dark, leaving their load behind."
    )
    assert draft["sub_event_type"] == "Armed clash"


def test_a_clash_with_its_year_is_an_earlier_event_not_an_incident() -> None:
    assert not drafts_of(
        "The two presidents signed a treaty on their common border on Thursday.\n\n"
        "The crossing had been closed after the two border services clashed with each other there in 2021.\n\n"
        "Flights between the capitals will resume next week.",
        PUBLISHED,
        locate=None,
    )


def test_a_clash_to_prevent_or_a_habit_of_clashing_is_no_incident() -> None:
    assert not drafts_of(
        "Villagers on both sides gathered near the road, and the two services closed it for a while, as the crowds "
        "could have clashed with each other.\n\n"
        "In the old days smugglers sometimes clashed with the guards there, officials say.",
        PUBLISHED,
        locate=None,
    )


def test_a_clash_denied_is_no_incident() -> None:
    assert not drafts_of(
        "The border service said on Thursday that its guards had not clashed with anyone on the frontier, and that "
        "the men seen near the river had never fought with them.",
        PUBLISHED,
        locate=None,
    )
