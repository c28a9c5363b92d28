"""Rounds 66–67 leftovers (issue 14, docs/extract-journal.md *Rounds 66–67 leftovers: rules*): another incident of the
report's own days, told in a dated paragraph or by its own calendar day.

Every sentence here is written for this file; none is a report's. The tests of what changed fail on main's code;
the guards pass on both.
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import drafts_of

PUBLISHED = dt.date(2024, 6, 13)  # a Thursday

LEAD = (
    "The Taliban took the centre of Kalgan district in Tirmak province this morning, the police said.\n\n"
    "The police said the insurgents now hold the district offices.\n\n"
)


def _days(text: str) -> list[str | None]:
    return sorted(str(d.get("event_date")) for d in drafts_of(text, PUBLISHED, locate=None))


# --- a dated paragraph that tells another place's act as news --------------------------------------------------------


def test_a_paragraph_opening_days_ago_on_an_act_elsewhere_is_its_own_incident() -> None:
    text = LEAD + (
        "Three days ago the Taliban attacked two checkpoints in the Dorud district of Tirmak; both fell and five "
        "militiamen were killed."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    assert sorted(str(d.get("event_date")) for d in drafts) == ["2024-06-10", "2024-06-13"]
    other = next(d for d in drafts if d.get("event_date") == "2024-06-10")
    assert other.get("killed") == 5
    assert "Dorud" in str(other.get("place"))


def test_a_paragraph_opening_on_a_weekday_on_an_act_elsewhere_is_its_own_incident() -> None:
    text = LEAD + "On Tuesday, gunmen stormed a police post in the Sarvan area of Tirmak, killing three officers."
    assert _days(text) == ["2024-06-11", "2024-06-13"]


def test_guard_last_year_and_a_year_stay_background() -> None:
    for told in (
        "Last year the Taliban attacked two checkpoints in the Dorud district and killed five militiamen.",
        "In 2019 the Taliban attacked two checkpoints in the Dorud district and killed five militiamen.",
        "A similar attack took place in June 2023 in the Dorud district, when five militiamen were killed.",
    ):
        assert _days(LEAD + told) == ["2024-06-13"], told


def test_guard_an_act_told_as_what_had_come_before_stays_background() -> None:
    text = LEAD + (
        "Three days ago the Taliban had attacked two checkpoints in the Dorud district, killing five militiamen."
    )
    assert _days(text) == ["2024-06-13"]


def test_guard_an_older_day_stays_background() -> None:
    text = LEAD + "On May 20, the Taliban attacked two checkpoints in the Dorud district, killing five militiamen."
    assert _days(text) == ["2024-06-13"]


def test_guard_the_incidents_own_place_told_again_is_no_new_incident() -> None:
    text = LEAD + "Three days ago the Taliban attacked the police in the Kalgan district, killing two officers."
    assert _days(text) == ["2024-06-13"]


# --- a sentence that names its act's own calendar day ------------------------------------------------------------


CALENDAR = (
    "A herder from Dekhi village was shot dead on June 12 on the disputed border, an official said, and two more "
    "villagers were wounded.\n\n"
    "The shooting came a day after another clash at the same place.\n\n"
)


def test_a_death_on_its_own_calendar_day_a_day_before_is_that_days_incident() -> None:
    text = CALENDAR + (
        "The border service said a farmer of 50 was shot dead on June 11 in a clash after which nine other "
        "villagers were taken to hospital."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    assert sorted(str(d.get("event_date")) for d in drafts) == ["2024-06-11", "2024-06-12"]
    later = next(d for d in drafts if d.get("event_date") == "2024-06-12")
    assert later.get("injured") != 9


def test_guard_a_night_a_day_either_side_stays_one_incident() -> None:
    text = (
        "Two guards were killed on June 12 at a post on the border, officials said.\n\n"
        "The attackers struck late on June 11, and one guard was wounded in the fighting that went on till dawn."
    )
    assert _days(text) == ["2024-06-12"]


def test_guard_a_weekday_a_day_either_side_stays_one_incident() -> None:
    text = (
        "Two guards were killed on June 12 at a post on the border, officials said.\n\n"
        "A third guard was wounded on Tuesday when the gunmen came back, the officials said."
    )
    assert _days(text) == ["2024-06-12"]


def test_ground_taken_elsewhere_on_a_day_already_drafted_is_its_own_incident() -> None:
    text = LEAD + (
        "Three days ago the Taliban attacked two checkpoints in the Dorud district of Tirmak; both fell and five "
        "militiamen were killed.\n\n"
        "And three nights ago the Taliban took 12 police stations in Sarvan province without a fight."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    assert sorted(str(d.get("event_date")) for d in drafts) == ["2024-06-10", "2024-06-10", "2024-06-13"]
    assert [d.get("killed") for d in drafts if "Sarvan" in str(d.get("place"))] == [None]


# --- "the attack began" the day before opens the span ----------------------------------------------------------


def test_an_attack_that_began_the_day_before_opens_its_span_on_that_day() -> None:
    text = (
        "Two guards were killed on Wednesday when gunmen overran a border post in the Dorud district.\n\n"
        "A local official said the attack began on Tuesday night."
    )
    draft = drafts_of(text, PUBLISHED, locate=None)
    assert [(d.get("event_date"), d.get("event_date_end"), d.get("date_precision")) for d in draft] == [
        ("2024-06-11", "2024-06-12", "days")
    ]


def test_guard_a_day_either_side_with_no_beginning_told_keeps_the_day() -> None:
    text = (
        "Two guards were killed on Wednesday when gunmen overran a border post in the Dorud district.\n\n"
        "A local official said the gunmen had been seen near the post on Tuesday night."
    )
    draft = drafts_of(text, PUBLISHED, locate=None)
    assert [(d.get("event_date"), d.get("date_precision")) for d in draft] == [("2024-06-12", "day")]
