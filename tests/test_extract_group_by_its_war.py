"""A group described by the war it fights is no fight of the event (extract214).

"… a stronghold of several militant groups fighting the government" tells who the groups are, not a clash of the
day: ``reader_patterns.clash_told`` no longer reads "fighting" right after a group's plural noun ("groups",
"militants", "factions" …) as the event's fight, so a roadside bomb told beside such a sentence stays a bomb (dev
126's second incident had been typed ``Armed clash`` by it). Every sentence here is written for this file; none is a
report's. The five tests of what the rule reads fail on the branch point's code; the five guards pass on both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.reader_patterns import clash_told

PUBLISHED = dt.date(2026, 6, 7)


def _drafts(text: str) -> list[dict[str, Any]]:
    return [draft.values for draft in extract_drafts(text, PUBLISHED)]


def test_a_bomb_beside_groups_told_by_their_war_stays_a_bomb() -> None:
    text = (
        "PESHAWAR, June 6 -- A roadside bomb struck an army convoy on the road between Tank and Jandola on Saturday "
        "morning, officials said.\n\n"
        "The district is seen as a haven of several militant groups fighting the government."
    )
    (draft,) = _drafts(text)
    assert draft["sub_event_type"] == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "sentence",
    [
        "The district is seen as a haven of several militant groups fighting the government.",
        "He leads one of the factions fighting US troops in Afghanistan.",
        "The town is a hub of militants fighting in Afghanistan.",
        "The valley shelters rebels fighting for the independence of the region.",
    ],
)
def test_fighting_after_a_group_noun_is_no_clash(sentence: str) -> None:
    assert not clash_told(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants were fighting soldiers in the village on Saturday.",
        "Heavy fighting broke out between the militant groups and the army near the post.",
        "The fighting between rebels and troops lasted two hours.",
        "Militants clashed with the border guards overnight.",
    ],
)
def test_guard_a_fight_told_of_the_event_stays_a_clash(sentence: str) -> None:
    assert clash_told(sentence)


def test_guard_a_clash_told_beside_the_groups_stays_a_clash() -> None:
    text = (
        "PESHAWAR, June 6 -- Militants attacked a checkpost near Wana on Saturday morning and heavy fighting went on "
        "for two hours, officials said.\n\n"
        "The district is seen as a haven of several militant groups fighting the government."
    )
    (draft,) = _drafts(text)
    assert draft["sub_event_type"] == "Armed clash"
