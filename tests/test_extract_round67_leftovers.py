"""Round 67's dev leftovers (issue 14, docs/extract.md *Round 67's dev leftovers: rules*).

Every sentence here is written for this file; none is a report's. The tests of what changed fail on main's code;
the guards pass on both.
"""

from __future__ import annotations

import datetime as dt

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
