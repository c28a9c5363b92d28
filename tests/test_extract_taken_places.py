"""A district, town, crossing or post told as taken, fought for or fallen, read as the place; where the losing side fell
back to, never; a region's states described and a diplomat's seat, no place; a port, the place; another part of the
country and another operation told apart; the night of a Solar Hijri day (issue 14, extract146).

Every sentence here is written for this file, read against Monday 1 December 2025. The fill tests fail on the code
before this change ("overran the X district", "have taken control of the X checkpoint", "the X district … has fallen
to", "the fighting for X, a district", "drove the militants out of X, a district", "pulled out of X on Sunday" gave
no place; "the X and Y districts" attacked gave none; "had fallen back to … the X area" replaced the district taken;
"the Central Asian states" and "the chargé d'affaires in Islamabad" were places, "the Iranian port of X" none; "In
the west, …" and "In another intelligence-based operation …" fed the incident before; "the night of 9 Qaws" was 9
Qaws alone); the guards pass on both. docs/extract-journal.md, "A report's second incident, district names as places,
and nights in other calendars: rules (extract146)", gives the measurement behind each.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from _extract_helpers import MONDAY, drafts_of, one_draft
from incident_tracker.extract.dates import find_dates

TAKEN = [
    (
        "Insurgents overran the Lalmar district of southern Zarin province on Sunday, an official said.",
        "Lalmar district",
    ),
    ("The militants have taken control of the Dast-Kala checkpoint, the main crossing.", "Dast-Kala checkpoint"),
    (
        "Officials said the Nurak Tepa district of Zarin province has fallen to the insurgents after a battle.",
        "Nurak Tepa district",
    ),
    ("Four policemen were killed in the fighting for Sang Darra, a district on the river.", "Sang Darra"),
    (
        "Troops drove the militants out of Qalat Bagh, a district on the border, after a gunfight on Monday.",
        "Qalat Bagh",
    ),
    ("On Saturday the insurgents overran the customs port of Sarvak, killing two guards.", "Sarvak"),
    ("Gunmen stormed and overran the headquarters of Bandar Shah district at noon on Sunday.", "Bandar Shah district"),
    ("The insurgents have taken Qara Tepe, the last government post, after a gunfight on Sunday.", "Qara Tepe"),
    ("After a gunfight the outnumbered police pulled out of Sang Darra on Sunday; two were killed.", "Sang Darra"),
]


@pytest.mark.parametrize(("text", "place"), TAKEN)
def test_a_place_told_as_taken_is_the_draft_s_place(text: str, place: str) -> None:
    assert one_draft(text).get("place") == place


NOT_TAKEN = [
    # a country taken, arms seized, a district told with an article: no place taken
    "Since the militants took control of Afghanistan, clashes on the border have killed two guards.",
    "Guards killed two smugglers and seized three Kalashnikov rifles on Sunday.",
    "The insurgents seized a district of Zarin province on Sunday and two policemen were killed.",
]


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_what_is_no_place_taken_gives_none(text: str) -> None:
    assert one_draft(text).get("place") is None


def test_two_districts_attacked_are_the_place() -> None:
    draft = one_draft("Insurgents attacked the Sarak and Dozakh districts of Zarin on Sunday, killing a policeman.")
    assert draft.get("place") == "Sarak and Dozakh districts"


def test_where_the_losing_side_fell_back_to_is_no_scene() -> None:
    draft = one_draft(
        "Insurgents have taken Lalmar district in the north, the police said on Sunday, and two policemen were killed. "
        "The policemen had fallen back to the police headquarters in the Kora Bagh area, where fighting went on."
    )
    assert draft.get("place") == "Lalmar district"


def test_an_area_told_as_the_scene_after_a_district_is_still_narrower() -> None:
    # the guard: an area where the fight was, told after the district, stays the narrower place
    draft = one_draft(
        "Insurgents attacked Lalmar district on Sunday and two policemen were killed. The fighting was in the Kora "
        "Bagh area of the district, the police said."
    )
    assert draft.get("place") == "Kora Bagh area"


def test_a_region_s_states_described_are_no_place() -> None:
    draft = one_draft(
        "Insurgents overran a district in the north on Sunday, killing six policemen. Officials said the militants "
        "were trying to get into the Central Asian states."
    )
    assert draft.get("place") is None


def test_a_paragraph_opening_on_another_part_of_the_country_is_another_incident() -> None:
    drafts = drafts_of(
        "Insurgents overran a border post in Lalmar on Sunday, killing three guards, officials said.\n\n"
        "In the west, at least 20 insurgents were killed in an air strike in Zarin province, officials said."
    )
    assert sorted(d.get("killed") for d in drafts) == [3, 20]


def test_the_west_of_a_place_told_is_no_other_incident() -> None:
    # the guard: "In the west of the district," places the same attack; only the compass word alone sets it apart
    draft = one_draft(
        "Insurgents attacked a border post on Sunday, killing three guards, officials said.\n\n"
        "In the west of the district, two more guards were wounded in the attack."
    )
    assert draft.get("killed") == 3


def test_a_night_told_by_its_solar_hijri_day_is_the_evening_before_and_that_day() -> None:
    (night,) = find_dates("Guards shot the men dead on the night of 9 Qaws, a source said.", MONDAY)
    assert (night.start, night.end, night.precision) == (dt.date(2025, 11, 29), dt.date(2025, 11, 30), "days")


def test_a_solar_hijri_day_told_with_no_night_is_that_day() -> None:
    (day,) = find_dates("Guards shot the men dead on 9 Qaws, a source said.", MONDAY)
    assert (day.start, day.end, day.precision) == (dt.date(2025, 11, 30), None, "day")


def test_another_operation_told_with_its_kind_is_another_incident() -> None:
    drafts = drafts_of(
        "Troops killed seven militants in an operation in the Lalmar area on Sunday, the army said.\n\n"
        "In another intelligence-based operation in the Kora Bagh area two soldiers were martyred and three militants "
        "were killed, the army said."
    )
    assert sorted(d.get("killed") for d in drafts) == [5, 7]


def test_a_diplomat_s_seat_is_no_scene() -> None:
    draft = one_draft(
        "The foreign ministry called in the Afghan charge d'affaires in Islamabad to protest against the attack of "
        "Sunday. Border posts in Lalmar had come under shelling from across the border on Sunday."
    )
    assert draft.get("place") == "Lalmar"


def test_a_port_told_by_its_kind_is_the_place() -> None:
    draft = one_draft(
        "A suicide bomber attacked a police station in the Iranian port of Sarvak on Sunday, killing two."
    )
    assert (draft.get("place"), draft.get("country")) == ("Sarvak", "IR")


def test_a_long_run_of_hyphened_names_is_read_at_once() -> None:
    # each name is read one way only: a run of 30 hyphened words, no place taken, used to try every way of splitting
    # it (2**30 ways; 25 words took over a minute); read in a daemon thread, so a slow reading fails, not hangs
    from incident_tracker.extract.taken_place import (
        taken_place,
    )  # here: the module is new (the other tests run on main)

    text = "Insurgents captured " + "-".join(["Abc"] * 30) + "x' and more, killing two guards."
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.append(taken_place(text)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert found == [None]
