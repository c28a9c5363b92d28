"""Three small readings (issue 14, docs/extract-journal.md *Three small readings: rules*).

Every sentence here is written for this file; none is a report's. The tests of what changed fail on main's code;
the guards pass on both.
"""

from __future__ import annotations

import datetime as dt

from _extract_helpers import drafts_of, one_draft
from incident_tracker.extract.dates import find_dates

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


# --- a country told by what it is names no place ------------------------------------------------------------------


def test_a_regional_adjective_before_country_is_no_place() -> None:
    text = "Kalgan said on Monday that its air defence shot down a drone in the Central Asian country's airspace."
    draft = one_draft(text, PUBLISHED, locate=None)
    assert draft.get("place") is None


def test_a_demonym_before_state_is_no_place() -> None:
    text = "Gunmen killed two soldiers at a border post in the South Asian nation on Monday, officials said."
    assert "Asian" not in str(one_draft(text, PUBLISHED, locate=None).get("place"))


def test_guard_a_place_told_with_the_country_described_stays() -> None:
    text = "Border guards opened fire on Monday in the Sarvan district of the Central Asian country, wounding a herder."
    assert one_draft(text, PUBLISHED, locate=None).get("place") == "Sarvan district"


def test_guard_a_named_place_before_state_media_stays() -> None:
    text = "Two soldiers were wounded on Monday when gunmen attacked a post in Sarvan, the state news agency said."
    assert one_draft(text, PUBLISHED, locate=None).get("place") == "Sarvan"


# --- "two nights ago" is a day, as "two days ago" is ---------------------------------------------------------------


def test_nights_ago_is_the_day_so_many_days_before() -> None:
    found = find_dates("Two nights ago gunmen attacked a post near Sarvan.", PUBLISHED)
    assert [(d.start, d.precision) for d in found] == [(dt.date(2024, 6, 9), "day")]
    draft = one_draft("Three nights ago gunmen killed two guards at a post near Sarvan.", PUBLISHED, locate=None)
    assert (draft.get("event_date"), draft.get("date_precision")) == ("2024-06-08", "day")


def test_guard_nights_without_ago_are_no_day() -> None:
    assert find_dates("Gunmen attacked the post for two nights running.", PUBLISHED) == []
    found = find_dates("Three days ago gunmen attacked a post near Sarvan.", PUBLISHED)
    assert [d.start for d in found] == [dt.date(2024, 6, 8)]


def test_a_dated_capture_in_another_province_is_its_own_incident() -> None:
    text = (
        "The Taliban took the centre of Kalgan district in Tirmak province this morning, the police said.\n\n"
        "In Sarvan province, a local source said the Taliban had also taken the Dorud area; five soldiers were "
        "killed in the fighting.\n\n"
        "And two nights ago the Taliban took 12 police posts in Hamun province without a fight. About 15 police "
        "were killed."
    )
    drafts = drafts_of(text, PUBLISHED, locate=None)
    hamun = [d for d in drafts if "Hamun" in str(d.get("place"))]
    assert len(hamun) == 1, drafts
    assert (hamun[0].get("event_date"), hamun[0].get("killed")) == ("2024-06-09", 15)
    assert all(d.get("killed") != 15 for d in drafts if d is not hamun[0])


# --- the counted in hospital are the hurt -------------------------------------------------------------------------


def test_survived_and_in_hospital_is_a_count_of_the_hurt() -> None:
    text = (
        "Kalgan's army shot down a military helicopter from Tirmak on Monday.\n\n"
        "Two Tirmak pilots survived and are in hospital, the ministry said."
    )
    assert one_draft(text, PUBLISHED, locate=None).get("injured") == 2


def test_taken_to_hospital_is_a_count_of_the_hurt() -> None:
    text = "Border guards fired on a patrol in Sarvan district on Monday. Three soldiers were taken to hospital."
    assert one_draft(text, PUBLISHED, locate=None).get("injured") == 3


def test_guard_taken_to_hospital_where_they_died_is_no_hurt() -> None:
    text = (
        "Border guards fired on a patrol in Sarvan district on Monday. Three soldiers were taken to hospital, where "
        "they died."
    )
    assert one_draft(text, PUBLISHED, locate=None).get("injured") != 3


def test_guard_bodies_taken_to_hospital_are_no_hurt() -> None:
    text = (
        "Border guards fired on a patrol in Sarvan district on Monday. The bodies of two soldiers were taken to the "
        "district hospital."
    )
    assert one_draft(text, PUBLISHED, locate=None).get("injured") is None


def test_guard_survived_alone_is_no_hurt() -> None:
    text = (
        "Border guards fired on a helicopter in Sarvan district on Monday, killing two soldiers. Both pilots survived."
    )
    assert one_draft(text, PUBLISHED, locate=None).get("injured") is None
