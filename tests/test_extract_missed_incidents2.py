"""Incidents the reader never drafted, mended again (issue 14, *Incidents the reader never drafts, again*).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it drafts (they
fail on main's code before this work) and guards of what it leaves as it was (a set-apart paragraph with no toll,
a later paragraph that tells the lead's own attack again, a dated report), which pass on main's code too; the dev
figures are in docs/extract.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _drafts(text: str) -> list[dict[str, Any]]:
    return drafts_of(text, PUBLISHED, locate=None)


# --- another attack told after an undated lead, set apart with its own toll: its own draft ---------------------------

UNDATED_LEAD = (
    "Seven border policemen were killed when gunmen stormed a frontier outpost in Zarbad district, local officials "
    "said.\n\n"
    "The attackers fled across the border after the fighting, they said.\n\n"
)


def test_a_separately_paragraph_with_its_own_toll_is_its_own_incident() -> None:
    text = UNDATED_LEAD + (
        "Separately, police in Qarabagh province said that four farmers were killed and two were hurt when a "
        "roadside bomb hit their tractor in Sangbur district."
    )
    drafts = _drafts(text)
    assert [d.get("killed") for d in drafts] == [7, 4]
    lead, other = drafts
    assert other.get("injured") == 2
    assert other["event_date"] == lead["event_date"] and other["date_precision"] == "week"
    assert lead.get("injured") is None  # the other attack's wounded stay out of the lead's draft


def test_an_attack_on_the_same_day_told_after_the_lead_is_its_own_incident() -> None:
    text = UNDATED_LEAD + (
        "On the same day as the outpost attack, three traders were wounded in another attack, with a hand grenade, "
        "in the main bazaar of Dehkhar."
    )
    drafts = _drafts(text)
    assert len(drafts) == 2
    assert drafts[1].get("injured") == 3 and drafts[1].get("killed") is None


def test_guard_a_set_apart_paragraph_with_no_toll_drafts_nothing() -> None:
    text = UNDATED_LEAD + (
        "Separately, officials in Qarabagh province said that the road to Sangbur district had been reopened."
    )
    assert [d.get("killed") for d in _drafts(text)] == [7]


def test_guard_the_lead_told_again_in_a_later_paragraph_stays_one_incident() -> None:
    text = UNDATED_LEAD + "Seven policemen lost their lives in the attack on the outpost, the district chief said."
    assert [d.get("killed") for d in _drafts(text)] == [7]


def test_guard_a_dated_report_drafts_the_set_apart_attack_by_its_own_day() -> None:
    text = (
        "Seven border policemen were killed on Sunday when gunmen stormed a frontier outpost in Zarbad district.\n\n"
        "Separately, police in Qarabagh province said on Monday that four farmers were killed when a roadside bomb "
        "hit their tractor in Sangbur district on Monday."
    )
    drafts = _drafts(text)
    assert [(d.get("event_date"), d.get("killed")) for d in drafts] == [("2024-06-09", 7), ("2024-06-10", 4)]


# --- the first dated sentence set apart from an undated lead: the lead is its own incident ---------------------------

UNDATED_LEAD_TOLD = (
    "A border guard was killed in an exchange of fire after militants raided a frontier post in Zarbad district, "
    "the army said on Monday.\n\n"
    "The troops beat back the raid, the statement said.\n\n"
)


def test_a_separately_dated_attack_does_not_take_the_undated_lead() -> None:
    text = UNDATED_LEAD_TOLD + (
        "Separately, four people were killed and nine wounded on Sunday in a clash at a checkpoint in Sangbur "
        "district, the army said."
    )
    drafts = _drafts(text)
    assert [(d.get("killed"), d.get("date_precision")) for d in drafts] == [(1, "week"), (4, "day")]
    assert drafts[1]["event_date"] == "2024-06-09" and drafts[1].get("injured") == 9
    assert drafts[0].get("injured") is None  # the checkpoint's wounded are not the post's


def test_a_paragraph_opening_on_a_day_weeks_old_is_not_the_undated_lead() -> None:
    text = (
        "Border guards have killed three armed smugglers who crossed into Zarbad district, the border service said."
        "\n\n"
        "On May 2 border guards fought gunmen who had crossed into the same district, and two guards died."
    )
    drafts = _drafts(text)
    assert [(d.get("date_precision"), d.get("event_date")) for d in drafts] == [("week", "2024-06-05")]


def test_guard_a_day_within_the_week_still_dates_the_undated_lead() -> None:
    text = (
        "Border guards have killed three armed smugglers who crossed into Zarbad district, the border service said."
        "\n\n"
        "On Saturday the guards ordered the men to stop, and they opened fire."
    )
    drafts = _drafts(text)
    assert [(d.get("event_date"), d.get("date_precision")) for d in drafts] == [("2024-06-08", "day")]


def test_guard_the_lead_told_again_on_its_own_day_stays_one_incident() -> None:
    text = UNDATED_LEAD_TOLD + "The raid on the post took place on Sunday, the army said."
    drafts = _drafts(text)
    assert [(d.get("event_date"), d.get("killed")) for d in drafts] == [("2024-06-09", 1)]
