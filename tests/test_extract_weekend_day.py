"""A report's "over the weekend" resolved against the weekday it was reported on (fixes11, a code review's finding).

A report of a Saturday was given the weekend of the week before (Saturday 14 March 2026 → 7–8 March):
past tense on a Saturday can only mean the weekend under way, and whether its Friday belongs to it depends
on the region. The week up to that Saturday (``week``) holds every reading; a Sunday's, a Monday's and a
Wednesday's weekend were right already and are kept by the guards. Sentences are written for this file.
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import one_draft
from incident_tracker.extract.dates import find_dates

SATURDAY = dt.date(2026, 3, 14)
SUNDAY = dt.date(2026, 3, 15)
MONDAY = dt.date(2026, 3, 16)
WEDNESDAY = dt.date(2026, 3, 18)

SENTENCE = "Two herders were killed by shells fired across the frontier over the weekend, an elder said."


def _dates(values: dict[str, object]) -> tuple[object, object, object]:
    return values["event_date"], values.get("event_date_end"), values["date_precision"]


def _weekend(published: dt.date) -> tuple[dt.date, dt.date | None, str]:
    (found,) = find_dates("Shells fell over the weekend.", published)
    return found.start, found.end, found.precision


def test_a_saturdays_weekend_is_never_the_week_before() -> None:
    start, end, precision = _weekend(SATURDAY)
    assert end == SATURDAY and precision == "week"
    assert start == SATURDAY - dt.timedelta(days=6)


def test_a_saturday_report_is_dated_the_week_up_to_that_saturday() -> None:
    assert _dates(one_draft(SENTENCE, SATURDAY)) == ("2026-03-08", "2026-03-14", "week")


def test_guard_a_sundays_weekend_is_that_sunday_and_the_saturday() -> None:
    assert _dates(one_draft(SENTENCE, SUNDAY)) == ("2026-03-14", "2026-03-15", "days")


def test_guard_a_mondays_weekend_is_the_two_days_before() -> None:
    assert _dates(one_draft(SENTENCE, MONDAY)) == ("2026-03-14", "2026-03-15", "days")


def test_guard_a_wednesdays_weekend_is_the_last_one() -> None:
    assert _dates(one_draft(SENTENCE, WEDNESDAY)) == ("2026-03-14", "2026-03-15", "days")
