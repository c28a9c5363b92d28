"""Round 67's dev leftovers (issue 14, docs/extract-journal.md *Round 67's dev leftovers: rules*).

Every sentence here is written for this file; none is a report's. The tests of what changed fail on main's code;
the guards pass on both.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _extract_helpers import drafts_of, one_draft

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


# --- the day of an undated act, told in the next sentence about the same thing -----------------------------------


def test_a_day_told_next_about_the_same_aircraft_dates_the_act() -> None:
    text = (
        "Kalgan says its soldiers brought down a helicopter from Tirmak that flew into its airspace.\n\n"
        "A defence ministry spokesman said on June 10 that air defence units had stopped a helicopter "
        "from Tirmak the day before, in the Sarvan district."
    )
    draft = one_draft(text, PUBLISHED, locate=None)
    assert (draft.get("event_date"), draft.get("date_precision")) == ("2024-06-09", "day")
    assert draft.get("sub_event_type") == "Disrupted weapons use"
    assert "Sarvan" in str(draft.get("place"))


def test_guard_a_day_of_the_things_journey_is_not_the_acts() -> None:
    text = (
        "Kalgan says its soldiers brought down a helicopter from Tirmak that flew into its airspace.\n\n"
        "A spokesman said on June 10 that the helicopter had taken off from Tirmak the day before."
    )
    assert drafts_of(text, PUBLISHED) == []  # undated and with no toll, as before


def test_guard_a_day_told_next_about_another_thing_is_not_the_acts() -> None:
    text = (
        "Kalgan says its soldiers brought down a helicopter from Tirmak that flew into its airspace.\n\n"
        "A spokesman said on June 10 that the ministry had closed the Sarvan border crossing the day before."
    )
    assert drafts_of(text, PUBLISHED) == []


def test_guard_a_statements_day_dates_no_act() -> None:
    text = (
        "Kalgan says its soldiers brought down a helicopter from Tirmak that flew into its airspace.\n\n"
        "The ministry said on June 10 that the helicopter was a military one."
    )
    assert drafts_of(text, PUBLISHED) == []


# --- ground taken in another district or province: another incident of a roundup ----------------------------------

_FELL = "The centre of Sarvan district in Kalgan province fell to militants on Monday morning, the police said."


def test_ground_also_taken_in_another_province_is_its_own_incident() -> None:
    text = (
        f"{_FELL}\n\n"
        "In Tirmak province, an elder said the militants had also taken the Dasht area near the provincial "
        "centre; four soldiers were killed in the fighting."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    assert len(drafts) == 2
    assert "killed" not in drafts[0]  # the four are the other capture's
    assert drafts[1]["killed"] == 4
    assert drafts[1]["date_precision"] == "week"  # Monday is not said of it


def test_ground_taken_in_a_province_named_after_it_is_its_own_incident() -> None:
    text = (
        f"{_FELL}\n\nThe militants took 12 police posts in Tirmak province without a fight, and 9 police were killed."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    assert [d.get("killed") for d in drafts] == [None, 9]


def test_a_day_told_before_the_incidents_own_sentence_is_not_its() -> None:
    text = (
        f"{_FELL}\n\n"
        "An official said the attack on the Sarvan posts began on Saturday night.\n\n"
        "In Tirmak province, an elder said the militants had also taken the Dasht area; four soldiers were killed."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    assert drafts[-1]["killed"] == 4
    assert drafts[-1]["date_precision"] == "week"


@pytest.mark.parametrize(
    "told",
    [
        "The militants also took the bazaar and the police headquarters; four soldiers were killed.",
        "The militants had also taken the Dasht area of Sarvan district; four soldiers were killed.",
        "The fighting took place in the Dasht area of Tirmak province; four soldiers were killed.",
    ],
)
def test_guard_ground_taken_in_the_same_district_or_no_capture_is_the_same_incident(told: str) -> None:
    assert len(drafts_of(f"{_FELL}\n\n{told}", PUBLISHED, locate=None)) == 1


_UNDATED = "The militants have taken Sarvan district in Kalgan province, the police said on Monday."


def test_ground_taken_elsewhere_after_an_undated_lead_is_drafted_beside_it() -> None:
    text = (
        f"{_UNDATED}\n\n"
        "The militants also said they had captured the Dasht district of Tirmak province.\n\n"
        "Fighting has gone on in Dasht for days, and 14 soldiers have been wounded there."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    assert len(drafts) == 2
    lead, other = drafts
    assert lead["sub_event_type"] == other["sub_event_type"] == "Non-state actor overtakes territory"
    assert "injured" not in lead  # the fourteen are Dasht's
    assert other["injured"] == 14
    assert "Dasht" in str(other.get("place"))
    assert other["attribution"] == "claimed"


def test_guard_an_undated_capture_told_on_in_its_own_district_is_one_incident() -> None:
    told = "The militants also said they had captured the police headquarters of Sarvan district; two guards died."
    text = f"{_UNDATED}\n\n{told}"
    assert len(drafts_of(text, PUBLISHED, locate=None)) == 1


def test_an_undated_capture_with_no_toll_is_an_incident() -> None:
    draft = one_draft(_UNDATED, PUBLISHED, locate=None)
    assert draft["sub_event_type"] == "Non-state actor overtakes territory"
    assert (draft["event_date"], draft["date_precision"]) == ("2024-06-04", "week")  # the week up to Monday


# --- a crowd told at length that threw stones ---------------------------------------------------------------------


def test_a_crowd_told_with_a_range_a_village_and_its_leader_is_the_actor() -> None:
    text = (
        "Some 30 to 40 residents of the Kalgan village of Dasht, led by their elder, threw stones at Tirmak "
        "farmers on June 8, and six people were taken to hospital."
    )
    draft = one_draft(text, PUBLISHED, locate=None)
    assert draft["perpetrator"] == "Some 30 to 40 residents of the Kalgan village of Dasht"
    assert draft["attribution"] == "alleged"


def test_guard_a_crowd_with_no_place_that_threw_stones_names_no_one() -> None:
    text = "Some 30 to 40 residents, led by their elder, threw stones at farmers on June 8, and six were hurt."
    assert "perpetrator" not in one_draft(text, PUBLISHED, locate=None)
