"""Another shelling set apart by its opening ("Separately, …") and told by its act, its toll in the next sentence or
none: its own incident (extract207, extract/another_fight.py).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract207)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2025, 6, 14)  # a Saturday
#: An undated shelling with its toll, told first, and who said so.
LEAD = (
    "Border forces of the neighbouring state shelled a farmhouse in Sarkano district, killing a shepherd and "
    "setting the house on fire, a district official said.\n\n"
    "The official said the shells had come from posts across the line."
)


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


def test_another_shelling_set_apart_with_its_toll_next_is_its_own_incident() -> None:
    drafts = _drafts(
        f"{LEAD}\n\nSeparately, a local radio station reported that the same forces had fired mortars and artillery "
        "at houses in the Gulbahar area of Dangam district.\n\n"
        "According to the station, three women were killed and a boy was wounded."
    )
    assert len(drafts) == 2
    lead, other = drafts
    assert "Gulbahar" in str(other.get("place")) and "Gulbahar" not in str(lead.get("place"))
    assert other["event_date"] == lead["event_date"]  # dated as the lead is: the report gives neither a day


def test_another_village_shelled_set_apart_with_no_toll_is_its_own_incident() -> None:
    drafts = _drafts(f"{LEAD}\n\nSeparately, villagers said the border forces had shelled Shalgar village in Dangam.")
    assert len(drafts) == 2
    assert "Shalgar" in str(drafts[1].get("place")) and "Shalgar" not in str(drafts[0].get("place"))


def test_a_set_apart_sentence_with_no_act_of_force_adds_nothing() -> None:
    drafts = _drafts(f"{LEAD}\n\nSeparately, the governor said talks with the neighbouring state would go on.")
    assert len(drafts) == 1


def test_a_shelling_only_threatened_adds_nothing() -> None:
    drafts = _drafts(
        f"{LEAD}\n\nSeparately, elders in Dangam district warned that the forces could fire rockets at their homes."
    )
    assert len(drafts) == 1


def test_the_leads_shelling_told_on_without_an_opening_stays_the_leads() -> None:
    drafts = _drafts(f"{LEAD}\n\nThe forces also fired mortars at the fields around the farmhouse, the official said.")
    assert len(drafts) == 1


#: A dated raid with its toll, told first (for the attack on another post).
RAID = (
    "A band of armed men crossed the border and stormed a guard post at Kanibadam early on Thursday, killing two "
    "guards, the border service said.\n\n"
    "The men seized rifles and a radio before they left the post, it said."
)


def test_an_attack_on_another_post_in_a_place_of_its_own_is_its_own_incident() -> None:
    drafts = _drafts(
        f"{RAID}\n\nThe band then attacked another border post, in the village of Sarytash, killing a customs "
        "officer and wounding two more, the service said."
    )
    assert len(drafts) == 2
    raid, other = drafts
    assert raid["killed"] == 2  # the other post's dead are not added to the raid's
    assert other["killed"] == 1
    assert other["event_date"] == raid["event_date"] == "2025-06-12"
    assert "Sarytash" in str(other.get("place")) and "Sarytash" not in str(raid.get("place"))


def test_another_post_with_no_place_is_the_raid_told_on() -> None:
    drafts = _drafts(f"{RAID}\n\nThe band then attacked another post nearby, but the guards there drove it off.")
    assert len(drafts) == 1


def test_another_post_in_the_raids_own_place_is_the_raid_told_on() -> None:
    drafts = _drafts(f"{RAID}\n\nThe band then attacked another post at Kanibadam, but the guards there drove it off.")
    assert len(drafts) == 1


def test_another_post_that_is_not_the_acts_object_adds_nothing() -> None:
    drafts = _drafts(f"{RAID}\n\nGuards from another post in the village of Sarytash came to help, the service said.")
    assert len(drafts) == 1
