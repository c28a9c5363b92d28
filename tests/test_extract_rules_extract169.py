"""Which incidents, and when: rules from dev failures (issue 14, extract169).

Every sentence here is written for this file; none is a report's. Each rule has a test of what it reads (it fails on
main's code before this work) and a guard of what it leaves as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import drafts_of
from incident_tracker.extract.dates import find_dates


def _days(sentence: str, published: dt.date) -> list[tuple[dt.date, bool]]:
    """Each date of a sentence with whether it is a day of telling (reporting)."""
    return [(found.start, found.reporting) for found in find_dates(sentence, published)]


# --- a tally's first day ("… killed … since 3 March") dates no event ----------------------------------------------

SUNDAY = dt.date(2025, 3, 23)


def test_a_tallys_first_day_is_no_event_day() -> None:
    sentence = (
        "The mission said it had counted at least 40 civilians killed and 120 hurt across the province since "
        "3 March in the fighting."
    )
    assert _days(sentence, SUNDAY) == []
    assert _days("More than 200 people have died since March 3 in the clashes, the ministry said.", SUNDAY) == []


def test_a_report_closing_on_a_tally_is_not_dated_by_it() -> None:
    text = (
        "Mortar rounds fired from across the border hit a house in Sarkani district, killing two women, the "
        "district governor said.\n\n"
        "The provincial health office said it had recorded at least 60 civilians killed and 150 wounded in the "
        "province since 3 March."
    )
    drafts = drafts_of(text, SUNDAY)
    assert drafts and all(d.get("event_date") != "2025-03-03" for d in drafts), drafts
    assert [d.get("killed") for d in drafts] == [2]


def test_guard_since_keeps_its_day_without_a_count_of_casualties() -> None:
    # events counted, not casualties: "the third raid foiled since …" may be coded on that very day
    assert _days("It was the third raid foiled since March 9, on March 20.", SUNDAY) == [
        (dt.date(2025, 3, 9), False),
        (dt.date(2025, 3, 20), False),
    ]
    # the count comes after the day: the event's own day, told with "when"
    assert _days("Relations have been tense since March 2, when six guards were killed.", SUNDAY) == [
        (dt.date(2025, 3, 2), False)
    ]


# --- a calendar day glossing a weekday of telling is a day of telling ----------------------------------------------

TUESDAY = dt.date(2018, 3, 13)


def test_a_calendar_day_after_a_weekday_of_telling_is_a_reporting_day() -> None:
    assert _days("The guards said in a statement on Monday, March 12, that the bomb was stopped.", TUESDAY) == [
        (dt.date(2018, 3, 12), True)
    ]
    assert _days("The governor's spokesman told VOA on Monday, 12 March, that the rockets had stopped.", TUESDAY) == [
        (dt.date(2018, 3, 12), True)
    ]


def test_an_event_told_on_a_weekday_of_telling_is_dated_by_the_week() -> None:
    text = (
        "A car bomb was stopped before it reached a border post near Jalq and two attackers were killed, the "
        "guards said in a statement on Monday, March 12."
    )
    drafts = drafts_of(text, TUESDAY)
    assert [(d.get("event_date"), d.get("date_precision")) for d in drafts] == [("2018-03-06", "week")]


def test_guard_a_weekday_and_its_day_of_the_event_stay_the_events() -> None:
    assert _days("The attack on Monday, March 12 killed two guards.", TUESDAY) == [(dt.date(2018, 3, 12), False)]
    assert _days("Officials said on Monday, March 12, that two guards died.", TUESDAY) == [(dt.date(2018, 3, 12), True)]


# --- a hostage report's abduction, read by the reader too, is drafted once -----------------------------------------


def _release_report() -> list[dict[str, Any]]:
    text = (
        "Twelve farmers held by unknown militants somewhere across the border for 130 days have been freed and came "
        "home on Saturday.\n\n"
        "Unknown gunmen kidnapped the 12 farmers, from three families of Sarobi village, on October 2, 2023, while "
        "they were repairing a canal in Kandao Sar, a remote spot on the border.\n\n"
        "Elders of the tribe had talked with the kidnappers for weeks, the officials said."
    )
    return drafts_of(text, dt.date(2024, 2, 11))


def test_the_abduction_of_a_release_report_is_drafted_once() -> None:
    drafts = _release_report()
    assert [d.get("event_date") for d in drafts] == ["2023-10-02"], drafts
    assert drafts[0].get("sub_event_type") == "Abduction/forced disappearance"
    assert drafts[0].get("place") == "Kandao Sar"
