"""Another fight told as having happened, with no toll of its own, is its own incident (extract192,
extract/another_fight.py).

Every sentence here is written for this file; none is a report's. The tests of what the rule mends fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract192)*).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday
#: A dated fight with its toll, told first.
DATED_LEAD = (
    "Tajik border guards say three smugglers were killed in a gunfight after crossing from Afghanistan.\n\n"
    "The clash happened at 2 a.m. on May 6 near the Ayvaj crossing, a border spokesman said. Guards found 20 "
    "kilograms of hashish at the scene."
)
#: An undated fight with its toll, told first.
UNDATED_LEAD = (
    "DUSHANBE: Tajik guards have fought a band of drug smugglers from Afghanistan on the Farkhor stretch of the "
    "border, and one smuggler was killed, the border service said.\n\n"
    "A search of the scene turned up 30 kilograms of hashish, the service said."
)


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


def test_there_was_another_clash_is_its_own_incident_of_the_reports_week() -> None:
    drafts = _drafts(
        f"{DATED_LEAD}\n\nThere was another clash near the Nizhny Panj crossing, some 40 kilometres to the east, "
        "the spokesman said."
    )
    assert len(drafts) == 2
    lead, other = drafts
    assert lead["event_date"] == "2024-05-06" and lead["killed"] == 3
    assert (other["event_date"], other["event_date_end"]) == ("2024-05-02", "2024-05-08")
    assert other["sub_event_type"] == "Armed clash"
    assert other["place"] == "near the Nizhny Panj crossing"
    assert other.get("killed") is None  # the lead's toll is the lead's
    assert "Nizhny" not in str(lead.get("place"))  # nor is the other clash's place the lead's


def test_the_other_clash_takes_no_blame_from_the_leads_sentence() -> None:
    drafts = _drafts(
        f"{DATED_LEAD}\n\nThere was another clash near the Nizhny Panj crossing, some 40 kilometres to the east, "
        "the spokesman said."
    )
    assert drafts[0]["perpetrator"]  # the lead's smugglers stay the lead's
    assert drafts[1].get("perpetrator") is None
    assert drafts[1]["attribution"] == "unattributed"


def test_a_second_clash_that_took_place_is_drafted_beside_an_undated_lead() -> None:
    drafts = _drafts(f"{UNDATED_LEAD}\n\nA second clash with a band of smugglers took place during a police raid.")
    assert len(drafts) == 2
    assert all(d["sub_event_type"] == "Armed clash" for d in drafts)
    assert sorted(d.get("killed") or 0 for d in drafts) == [0, 1]  # the one dead is the lead's alone


def test_a_set_apart_sentence_that_tells_no_fight_adds_nothing() -> None:
    drafts = _drafts(f"{DATED_LEAD}\n\nSeparately, the minister said talks with Kabul on the border would go on.")
    assert len(drafts) == 1


def test_another_clash_only_feared_adds_nothing() -> None:
    drafts = _drafts(f"{DATED_LEAD}\n\nElders said more guards were sent to the crossing to prevent another clash.")
    assert len(drafts) == 1


def test_the_leads_clash_told_on_adds_nothing() -> None:
    drafts = _drafts(f"{UNDATED_LEAD}\n\nThe clash lasted two hours before the smugglers fled back across the river.")
    assert len(drafts) == 1
