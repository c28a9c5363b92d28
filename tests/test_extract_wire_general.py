"""How wire reports are built, read by mechanism rather than by phrasing (the thirty-sixth round).

Each mechanism is tested with short sentences written for this file, and with a near sentence it must
leave alone. The figures the mechanisms moved on the dev split are in docs/extract.md.
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.context import countries_named
from incident_tracker.extract.fields import add_up

PUBLISHED = dt.date(2024, 5, 8)


def _draft(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


# --- A trend closed by a recent stretch is background ----------------------------------------------------------------


def test_a_trend_over_a_recent_stretch_gives_no_place_or_weapon() -> None:
    values = _draft(
        "Three guards were wounded on Tuesday when a bomb went off near a border post, officials said. "
        "Insurgents have planted roadside bombs in Zhob in the recent past, aimed at patrols."
    )
    assert values.get("place") != "Zhob"
    assert "ied" not in (values.get("weapons") or [])


def test_a_stretch_in_a_clause_of_the_event_leaves_its_place() -> None:
    values = _draft("Three guards were wounded on Tuesday in Zhob in the deadliest attack in recent weeks.")
    assert values.get("place") == "Zhob"


# --- A suicide bombing read as a whole -------------------------------------------------------------------------------


def test_the_bombers_act_makes_a_blast_a_suicide_bombing() -> None:
    values = _draft(
        "Two people were killed on Tuesday when a blast went off beside a truck near the Kharlachi gate, "
        "officials said. A man walked up to the truck and blew himself up, a police officer said."
    )
    assert values["sub_event_type"] == "Suicide bomb"
    assert values["weapons"] == ["explosives"]


def test_a_blast_with_no_bomber_stays_a_remote_explosive() -> None:
    values = _draft(
        "Two people were killed on Tuesday when a blast went off beside a truck near the Kharlachi gate, "
        "officials said. The device had been hidden in a cart, a police officer said."
    )
    assert values["sub_event_type"] == "Remote explosive/landmine/IED"


def test_a_bomber_who_blew_himself_up_is_counted_among_the_dead() -> None:
    values = _draft(
        "Four people were killed and nine wounded on Tuesday when a suicide bomber blew himself up at a bus stand."
    )
    assert values["killed"] == 5
    assert values["injured"] == 9


def test_a_toll_that_may_hold_the_bomber_is_taken_as_given() -> None:
    at_least = _draft("At least four people were killed on Tuesday when a suicide bomber blew himself up at a stop.")
    including = _draft(
        "Four people, including the bomber, were killed on Tuesday when a suicide bomber blew himself up at a stop."
    )
    two = _draft(
        "Four people were killed on Tuesday when two suicide bombers attacked a bus stand. "
        "One of them blew himself up and the other was shot dead."
    )
    assert at_least["killed"] == 4
    assert including["killed"] == 4
    assert two["killed"] != 5


def test_the_force_the_bomber_went_for_is_the_target() -> None:
    on_forces = _draft("A boy was killed on Tuesday in a suicide attack on security forces near the Kharlachi gate.")
    vehicle = _draft(
        "One person was killed and six wounded on Tuesday when a blast hit a checkpoint road, officials said. "
        "A suicide bomber blew himself up next to a police vehicle as it drove past."
    )
    assert on_forces["target_type"] == "military"
    assert vehicle["target_type"] == "police"


def test_a_bombing_of_a_market_stays_aimed_at_civilians() -> None:
    values = _draft("Four civilians were killed on Tuesday when a suicide bomber blew himself up in a crowded market.")
    assert values["target_type"] == "civilians"


# --- The crossing the report is about ---------------------------------------------------------------------------------


def test_the_crossing_the_lead_names_places_the_incident() -> None:
    values = _draft(
        "Officials reopened the Ghulam Khan crossing on Wednesday, a day after a grenade attack there. "
        "On Tuesday a man threw a grenade at the guards, wounding four of them."
    )
    assert values["place"] == "Ghulam Khan crossing"


def test_a_lead_naming_two_crossings_places_nothing() -> None:
    values = _draft(
        "Officials reopened the Ghulam Khan crossing and the Kharlachi crossing on Wednesday, a day after an attack. "
        "On Tuesday a man threw a grenade at the guards, wounding four of them."
    )
    assert "place" not in values


def test_a_gate_of_a_crossing_is_the_crossing() -> None:
    values = _draft("A grenade thrown at the main entrance gate of the Kharlachi crossing on Tuesday wounded two men.")
    assert values["place"] == "Kharlachi crossing"


def test_where_the_wounded_were_taken_is_not_the_scene() -> None:
    taken = _draft(
        "Two guards were wounded on Tuesday when a grenade hit them. They were taken to the CMH at Parachinar."
    )
    there = _draft("Two guards were wounded on Tuesday when a grenade was thrown at them in Parachinar.")
    assert taken.get("place") != "Parachinar"
    assert there["place"] == "Parachinar"


# --- Tolls -----------------------------------------------------------------------------------------------------------


def test_a_count_is_read_past_an_acronym_and_a_clause_about_the_victims() -> None:
    tolls = find_tolls("Five Border Police (BP) men and a boy who was selling tea were hurt when a shell landed.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("injured", 6)]
    assert tolls[0].phrase.startswith("Five Border Police (BP) men")


def test_the_wounded_of_two_groups_in_one_sentence_add_up() -> None:
    text = "Officials said four of their guards were wounded, and that three travellers were hurt as well."
    tolls = add_up(find_tolls(text), text)
    assert [(t.what, t.casualties.best) for t in tolls] == [("injured", 7)]


def test_a_part_of_the_wounded_is_not_added() -> None:
    text = "Nine people were wounded, including two children who were hurt by glass."
    tolls = add_up(find_tolls(text), text)
    assert next(t.casualties.best for t in tolls if t.what == "injured") == 9


# --- A border's compound name ----------------------------------------------------------------------------------------


def test_a_borders_compound_name_names_both_countries() -> None:
    assert {"PK", "AF"} <= countries_named("two blasts at the Torkham crossing on the Pak-Afghan border")
    assert countries_named("a shop on Main-Bazaar Road") == set()
