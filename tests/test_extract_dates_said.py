"""Dates a lead states that the reader's event days set aside (issue 14): house-written sentences.

Each rule test fails on the code before :mod:`incident_tracker.extract.said_dates` (which gave the week before
publication and a note that the article gives no date) and passes with it; the guards pass on both.
"""

from __future__ import annotations

import datetime as dt

import pytest

from incident_tracker.extract import extract_drafts

PUBLISHED = dt.date(2023, 5, 21)  # a Sunday


def _lead(when: str) -> str:
    return (
        f"ZAHEDAN, May 21 (Reuters) - Gunmen killed four Iranian border guards near Saravan {when}, state media said."
    )


def _dates(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (d.values.get("event_date"), d.values.get("event_date_end"), d.values.get("date_precision"))
        for d in extract_drafts(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("on March 3", ("2023-03-03", None, "day")),
        ("in March", ("2023-03-01", "2023-03-31", "month")),
        ("in April", ("2023-04-01", "2023-04-30", "month")),
        ("last month", ("2023-04-01", "2023-04-30", "month")),
        ("late last month", ("2023-04-01", "2023-04-30", "month")),
        ("earlier this month", ("2023-05-01", "2023-05-21", "month")),
        ("in mid-May", ("2023-05-01", "2023-05-21", "month")),
        ("last year", ("2022-01-01", "2022-12-31", "year")),
        ("in 2022", ("2022-01-01", "2022-12-31", "year")),
        ("on 18.05.2023", ("2023-05-18", None, "day")),
        ("on 18/05/2023", ("2023-05-18", None, "day")),
        ("on the 18th", ("2023-05-18", None, "day")),
        ("on Friday and Saturday", ("2023-05-19", "2023-05-20", "days")),
    ],
)
def test_the_leads_own_date_is_read(when: str, expected: tuple[str | None, str | None, str]) -> None:
    assert _dates(_lead(when)) == [expected]


def test_an_aside_between_commas_keeps_the_date_the_events() -> None:
    text = "ZAHEDAN, May 21 (Reuters) - Gunmen killed four guards, all from one unit of the regiment, on April 2, 2023."
    assert _dates(text) == [("2023-04-02", None, "day")]


def test_a_day_read_both_ways_leaves_the_draft_undated_and_says_why() -> None:
    (draft,) = extract_drafts(_lead("on 05/06/2023"), PUBLISHED)
    assert "event_date" not in draft.values
    assert any("reads both ways" in note for note in draft.notes)
    assert not any("gives no date" in note for note in draft.notes)


def test_a_date_of_another_clause_is_not_the_events_and_is_not_hidden() -> None:
    text = "ZAHEDAN, May 21 (Reuters) - Gunmen killed four guards near Saravan, on a road closed in March, police said."
    (draft,) = extract_drafts(text, PUBLISHED)
    assert "event_date" not in draft.values
    assert any("'in March'" in note for note in draft.notes)


# Guards: pass before and after.


def test_guard_a_history_sentence_starts_nothing() -> None:
    text = "In March 2019, militants killed 14 soldiers on the coastal highway."
    assert _dates(text) == []


def test_guard_a_history_line_after_the_news_does_not_date_it() -> None:
    text = (
        "ZAHEDAN, May 21 (Reuters) - Gunmen killed four Iranian border guards near Saravan on Friday, state media "
        "said.\n\nIn March 2019, militants killed 14 guards in the same province."
    )
    assert _dates(text) == [("2023-05-19", None, "day")]


def test_guard_the_ceasefire_agreed_in_march_is_no_event_date() -> None:
    text = (
        "ZAHEDAN, May 21 (Reuters) - Gunmen killed four Iranian border guards near Saravan on Friday, breaking the "
        "ceasefire agreed in March, state media said."
    )
    assert _dates(text) == [("2023-05-19", None, "day")]


def test_guard_an_undated_lead_still_gets_the_week() -> None:
    assert _dates(_lead("").replace(" ,", ",")) == [("2023-05-15", "2023-05-21", "week")]
