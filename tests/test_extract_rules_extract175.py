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


# --- another clash told after the first, in a later paragraph (extract/another_clash.py) ----------------------------


def test_another_clash_told_in_a_later_paragraph_is_its_own_incident() -> None:
    drafts = drafts_of(
        "Two armed men were killed on Monday night when they tried to cross the river at the Sarband post, the "
        "border service said.\n\n"
        "The guards found a rifle and ten kilograms of opium on the bank afterwards.\n\n"
        "There was another clash at the Chubek crossing further downstream, where the guards found a sack of "
        "hashish after the men had fled.",
        PUBLISHED,
        locate=None,
    )
    assert len(drafts) == 2, drafts
    second = drafts[1]
    assert second["sub_event_type"] == "Armed clash"
    assert second["date_precision"] == "week"  # the statement gives it no day: the week up to the report
    assert "killed" not in second


def test_a_second_skirmish_with_its_own_day_is_not_earlier_news() -> None:
    drafts = drafts_of(
        "Fighting broke out on Monday, March 11, when soldiers fired on men marking out a road near the post.\n\n"
        "A second skirmish broke out on Wednesday, March 13, and this time the two sides fought for three hours.",
        PUBLISHED,
        locate=None,
    )
    assert sorted(d["event_date"] for d in drafts) == ["2019-03-11", "2019-03-13"], drafts


def test_another_breakthrough_of_a_weeks_statement_is_dated_as_the_first() -> None:
    drafts = drafts_of(
        "Border guards stopped two attempts by armed smugglers to cross the border this week, and killed two of "
        "them, the border troops said.\n\n"
        "One of the groups fired on a patrol on the Khirmanjo stretch, and two smugglers were killed in the "
        "shootout that followed.\n\n"
        "The guards stopped another breakthrough on the Shidz stretch of the border. The smugglers fled back across "
        "the river, leaving a rifle behind.",
        PUBLISHED,
        locate=None,
    )
    assert len(drafts) == 2, drafts
    assert drafts[1]["event_date"] == drafts[0]["event_date"]
    assert drafts[1]["date_precision"] == drafts[0]["date_precision"]


def test_the_leads_another_attempt_is_the_reports_own_event() -> None:
    draft = _draft(
        "Border guards have stopped another attempt to cross the border by armed traffickers, officials say.\n\n"
        "The border service said on Thursday that one trafficker was killed and two were caught on the day before."
    )
    assert draft["killed"] == 1


def test_another_clash_told_as_earlier_news_or_a_fear_is_no_incident() -> None:
    drafts = drafts_of(
        "Two armed men were killed on Monday night when they tried to cross the river at the Sarband post, the "
        "border service said.\n\n"
        "Officials fear the smugglers could start another clash on the stretch soon.\n\n"
        "Last autumn there was another clash at the Chubek crossing, which left a guard dead.",
        PUBLISHED,
        locate=None,
    )
    assert len(drafts) == 1, drafts
