"""Which incidents, and their tolls: rules from dev failures (issue 14, extract161).

Every sentence here is written for this file; none is a report's. Each rule has a test of what it reads (it fails on
main's code before this work) and a guard of what it leaves as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of, one_draft
from incident_tracker.extract.casualties import find_tolls

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _all(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED)


# --- "Earlier on <the incident's day>, …": another incident of that day -------------------------------------------

_RAID = (
    "Dozens of armed men crossed the border on Thursday and attacked a hamlet in Barwa district, killing four "
    "villagers, local officials said.\n\n"
    "The attackers burnt two houses in Barwa before troops drove them back, the officials added.\n\n"
)


def test_earlier_on_the_day_in_another_place_is_another_incident() -> None:
    text = _RAID + "Earlier on Thursday a roadside bomb wounded three policemen in Tarsun district, police said."
    drafts = _all(text)
    assert len(drafts) == 2
    raid, bomb = sorted(drafts, key=lambda d: d.get("killed") is None)
    assert raid["event_date"] == bomb["event_date"] == "2024-06-13"
    assert raid["killed"] == 4 and raid.get("injured") is None
    assert raid["sub_event_type"] == "Attack"  # not the bomb's kind
    assert bomb["injured"] == 3 and bomb.get("killed") is None
    assert "Tarsun" in str(bomb.get("place"))


def test_later_on_the_day_with_the_part_of_the_day() -> None:
    text = _RAID + "Later on Thursday evening gunmen shot dead two shopkeepers in Tarsun bazaar."
    drafts = _all(text)
    assert len(drafts) == 2
    assert sorted(d.get("killed") for d in drafts) == [2, 4]


def test_guard_a_speaker_first_is_what_was_said_of_the_raid() -> None:
    text = _RAID + "Later on Thursday, the interior ministry said the attackers had killed four people in Barwa."
    drafts = _all(text)
    assert len(drafts) == 1
    assert drafts[0]["killed"] == 4


def test_guard_no_place_of_its_own_stays_with_the_raid() -> None:
    # nothing says where, beyond what the raid's sentences named: it may go on about the same fight
    text = _RAID + "Earlier on Thursday, troops wiped out a band of gunmen in the south of the province."
    assert len(_all(text)) == 1


# --- a day told before its month is no count; "violators" are men -------------------------------------------------


def test_a_day_before_its_month_is_no_count() -> None:
    tolls = find_tolls("On 2 October the guards killed three smugglers on the river.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 3)]


def test_the_fight_keeps_its_own_dead_when_an_older_day_is_told_after_it() -> None:
    text = (
        "A band of armed men crossed the river on Wednesday night and fought a border patrol. Three of the "
        "violators were killed in the fight, the border service said.\n\n"
        "On 2 June the guards killed four smugglers on another stretch of the border, the service added."
    )
    drafts = _all(text)
    assert drafts[0]["killed"] == 3


def test_violators_are_counted() -> None:
    tolls = find_tolls("Three of the violators were killed in the fight.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 3)]


def test_guard_may_after_a_number_is_no_month() -> None:
    tolls = find_tolls("Local people fear 2 may have died in the shelling.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 2)]


def test_guard_a_month_before_its_day_is_still_no_count() -> None:
    tolls = find_tolls("The guards said on June 2 that they had killed four smugglers.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 4)]


# --- "causing no loss of life" is a toll of none ------------------------------------------------------------------


def test_causing_no_loss_of_life_is_none_killed() -> None:
    text = (
        "Six mortar shells fired from across the border came down near a village in Chagai on Thursday, "
        "causing no loss of life or property but frightening the people."
    )
    draft = one_draft(text, PUBLISHED)
    assert draft["killed"] == 0
    assert draft.get("injured") is None  # loss of life says nothing of the wounded


def test_guard_no_loss_among_one_side_is_no_toll() -> None:
    text = (
        "Six mortar shells fired from across the border came down near a village in Chagai on Thursday. "
        "The border guards suffered no losses, an official said."
    )
    draft = one_draft(text, PUBLISHED)
    assert draft.get("killed") is None and draft.get("injured") is None
