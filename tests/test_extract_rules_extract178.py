"""Incidents missed and drafted twice (extract178): a month's part told as background, and the same side's other act
of force told "also" after an undated lead, drafted with no toll.

Every phrase and sentence here is written for this file; none is a report's. Each shape has tests of what it mends
(each fails on main's code before this branch) and guards of what it leaves as it was; the dev counts are in
docs/extract-journal.md (*… : rules (extract178)*).
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2019, 10, 4)  # a Friday


# --- a part of another month is background (extract/roles.py, _MONTH_ONLY) -------------------------------------------


def test_a_capture_in_the_middle_of_last_month_is_no_incident_of_the_report() -> None:
    drafts = drafts_of(
        "Militants attacked a police post in Kalafgan district on the night to 2 October, officials said.\n\n"
        "The police drove them off after an hour, they said.\n\n"
        "In mid-September, it should be remembered, the same group took Warsaj district in the east of the province.",
        PUBLISHED,
        locate=None,
    )
    assert [d["event_date"] for d in drafts] == ["2019-10-01"]
    assert "Warsaj" not in str(drafts[0].get("place"))


def test_an_attack_at_the_end_of_another_month_is_no_incident_of_the_report() -> None:
    drafts = drafts_of(
        "Gunmen fired on a border post in Chahar Dara on Wednesday, wounding two guards, the police said.\n\n"
        "At the end of August, rebels took Dasht-e Qala district after a day of fighting.",
        PUBLISHED,
        locate=None,
    )
    assert len(drafts) == 1 and drafts[0]["injured"] == 2


def test_a_part_of_the_report_s_own_month_stays_the_report_s() -> None:
    drafts = drafts_of(
        "In mid-October rebels took Dasht-e Qala district after a day of fighting, the police said on Friday.",
        dt.date(2019, 10, 18),
        locate=None,
    )
    assert len(drafts) == 1 and drafts[0]["sub_event_type"] == "Non-state actor overtakes territory"


# --- the same side's other act of force, told "also" after an undated lead (extract/set_apart.py) -------------------


def test_the_same_side_s_other_capture_told_also_with_no_toll_is_its_own_incident() -> None:
    drafts = drafts_of(
        "Rebel fighters killed twelve soldiers in fighting at a frontier outpost in Zari district, a rebel "
        "spokesman said on Thursday.\n\n"
        "He said rebel fighters had also taken three army posts in the Kuhistan area and blown up a depot there.\n\n"
        "The army has not confirmed the claim.",
        PUBLISHED,
        locate=None,
    )
    assert len(drafts) == 2
    lead, other = drafts
    assert lead["killed"] == 12 and "Zari" in str(lead.get("place"))
    assert "Kuhistan" in str(other.get("place")) and "killed" not in other
    assert other["event_date"] == lead["event_date"]


def test_also_in_a_place_the_lead_named_is_the_lead_s_own_fight() -> None:
    drafts = drafts_of(
        "Rebel fighters killed twelve soldiers in fighting at a frontier outpost in Zari district, a rebel "
        "spokesman said on Thursday.\n\n"
        "He said the fighters had also attacked a second post in Zari district before they withdrew.",
        PUBLISHED,
        locate=None,
    )
    assert len(drafts) == 1


def test_a_set_apart_statement_with_no_act_of_force_drafts_nothing() -> None:
    drafts = drafts_of(
        "Rebel fighters killed twelve soldiers in fighting at a frontier outpost in Zari district, a rebel "
        "spokesman said on Thursday.\n\n"
        "Separately, officials in Kuhistan said that people were wounded when the roof of a market collapsed.",
        PUBLISHED,
        locate=None,
    )
    assert len(drafts) == 1
