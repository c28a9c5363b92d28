"""Which incidents and their days: rules from dev failures (issue 14, extract159).

Every sentence here is written for this file; none is a report's. Each rule has a test of what it reads (it fails on
main's code before this work) and a guard of what it leaves as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- the hour told right before the day dates a lone incident the statement's week dated ---------------------------


def test_the_hour_before_today_dates_the_lone_incident() -> None:
    text = (
        "One herder was hurt when armed men from across the border drove off a herd of cattle from a hill pasture, "
        "villagers said.\n\n"
        "The herders told our reporter the animals were taken at about 2pm today."
    )
    draft = _one(text)
    assert draft["event_date"] == "2024-06-14"
    assert draft["date_precision"] == "day"


def test_guard_an_hour_far_from_the_day_leaves_the_week() -> None:
    # the hour belongs to another clause than the day: nothing ties the day to the happening
    text = (
        "Two border policemen were wounded when smugglers fired on their post, the provincial police said.\n\n"
        "The post had been set up at 9 pm, a month before the officials who visited it on Tuesday said."
    )
    assert _one(text)["date_precision"] == "week"


# --- the part of the day told right before the day ("tried late on June 11") ------------------------------------


def test_late_on_a_day_dates_the_lone_incident() -> None:
    text = (
        "Two herders were shot dead by frontier guards on a disputed stretch of the border.\n\n"
        "According to the border service, the men tried late on June 11 to drive a flock across the line."
    )
    draft = _one(text)
    assert draft["event_date"] == "2024-06-11"
    assert draft["date_precision"] == "day"


def test_guard_said_late_on_a_day_leaves_the_week() -> None:
    # "said late on Thursday" dates the statement, not the shooting
    text = (
        "Two herders were shot dead by frontier guards on a disputed stretch of the border.\n\n"
        "The border service said late on Thursday that the men had refused to stop."
    )
    assert _one(text)["date_precision"] == "week"
