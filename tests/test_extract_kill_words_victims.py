"""Kill words, the weapons and type leftovers, and victims out of sample: rules (issue 14, extract139).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract.casualties import find_tolls

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- "neutralised": the border services' and the ISPR's word for the men they killed ----------------------------


def test_neutralised_men_are_a_death_toll() -> None:
    for told, count in (
        ("Two of the gunmen were neutralised by the troops after a long exchange of fire.", 2),
        ("All five intruders were neutralized in the fighting, the statement said.", 5),
    ):
        tolls = find_tolls(told)
        assert [(toll.what, toll.casualties.best) for toll in tolls] == [("killed", count)], told


def test_a_fight_told_only_by_neutralised_men_is_an_incident_with_its_toll() -> None:
    draft = _one(
        "Border troops said four armed men crossed the river near Pyanj on the night of June 9. When ordered to "
        "stop, the group fought back. Four of the intruders were neutralized on the spot by the guards' return fire."
    )
    assert draft["killed"] == 4
    assert draft["sub_event_type"] == "Armed clash"


def test_guard_neutralised_or_arrested_is_no_death_toll() -> None:
    assert find_tolls("Six militants were neutralised or arrested in the operation, the army said.") == []


def test_guard_drones_neutralised_are_no_death_toll() -> None:
    for told in (
        "Security forces neutralised three drones that crossed the border on Monday.",
        "All three hostile drones were neutralised over the border district on Monday, the army said.",
    ):
        assert find_tolls(told) == [], told


# --- a raid that killed a state's men is a fight, even when it took some away -------------------------------------


def test_a_raid_that_killed_guards_and_took_others_is_a_clash() -> None:
    draft = _one(
        "Gunmen stormed a border post near Mirjaveh on Monday night, killing nine border guards, and took two more "
        "guards hostage, officials said."
    )
    assert draft["sub_event_type"] == "Armed clash"
    assert draft["target_type"] == "border_guards"


def test_guard_guards_taken_with_no_one_killed_stay_an_abduction() -> None:
    draft = _one("Gunmen kidnapped four border guards from their post near Mirjaveh on Monday night, officials said.")
    assert draft["sub_event_type"] == "Abduction/forced disappearance"


# --- fire answered, and fire on military aircraft: two sides ------------------------------------------------------


def test_fire_answered_with_no_target_is_a_clash() -> None:
    for told in (
        "Four men carrying heroin were seen at the river bank on Monday; they started shooting and the troops fired "
        "back before the men escaped, officials said.",
        "Armed men shot at a motor boat of the river police on Monday, and the crew returned fire, officials said.",
    ):
        draft = _one(told)
        assert draft["sub_event_type"] == "Armed clash", told


def test_fire_on_military_helicopters_is_a_clash() -> None:
    for told in (
        "Troops opened fire on two foreign military helicopters near the border on Monday, officials said.",
        "Two coalition helicopters came under fire near the border on Monday, officials said.",
    ):
        draft = _one(told)
        assert draft["sub_event_type"] == "Armed clash", told


def test_guard_fire_not_returned_on_civilians_stays_an_attack() -> None:
    draft = _one(
        "A sentry opened fire on travellers at the crossing on Monday, killing two civilians; the troops on the "
        "other side did not return fire, officials said."
    )
    assert draft["sub_event_type"] == "Attack"
    assert draft["target_type"] == "civilians"


def test_guard_fire_from_helicopters_is_not_fire_on_them() -> None:
    draft = _one("Two helicopters fired rockets at a village near the border on Monday, killing three people.")
    assert draft["sub_event_type"] != "Armed clash"


# --- soldiers of a Central Asian border post are its border guards ------------------------------------------------


def test_soldiers_of_a_tajik_border_post_are_border_guards() -> None:
    draft = _one(
        "Armed men from Afghanistan attacked a Tajik border post near Panj on Monday, killing two soldiers, the "
        "Tajik border service said."
    )
    assert draft["target_type"] == "border_guards"


def test_guard_soldiers_at_a_pakistani_border_post_stay_military() -> None:
    draft = _one(
        "Militants from Afghanistan attacked a Pakistani border post in Bajaur on Monday, killing two soldiers, the "
        "ISPR said."
    )
    assert draft["target_type"] == "military"


def test_guard_soldiers_with_no_border_service_named_stay_military() -> None:
    draft = _one(
        "Two Tajik soldiers were killed in a clash with smugglers in Khatlon province on Monday, officials said."
    )
    assert draft["target_type"] == "military"


# --- a war measured in years names no weapon of the event ---------------------------------------------------------


def test_the_weapons_of_a_war_measured_in_years_are_not_the_events() -> None:
    draft = _one(
        "A suicide bomber blew himself up outside a mosque in Zahedan on Monday, killing nine worshippers, officials "
        "said. The province has seen an insurgency for fifteen years, led by gunmen of a local tribe."
    )
    assert draft["weapons"] == ["explosives"]


def test_guard_the_events_own_gunmen_still_carry_firearms() -> None:
    draft = _one(
        "A suicide bomber blew himself up at the gate of a police station in Zahedan on Monday, and gunmen then "
        "opened fire on the officers, killing four, officials said."
    )
    assert set(draft["weapons"]) == {"explosives", "firearms"}


# --- an air strike's fire told only as firing is the aircraft's ---------------------------------------------------


def test_an_air_strikes_firing_told_with_no_gun_is_the_aircrafts() -> None:
    draft = _one(
        "Foreign forces opened fire on a border post near Shawal on Monday, killing a soldier, officials said. A "
        "spokesman for the foreign forces said their aircraft had struck men seen near the post."
    )
    assert draft["sub_event_type"] == "Air/drone strike"
    assert draft["weapons"] == ["airstrike"]


def test_guard_an_air_strike_beside_rifles_named_keeps_them() -> None:
    draft = _one(
        "Gunmen with automatic rifles opened fire on a border post near Shawal on Monday, killing a soldier, "
        "officials said. Aircraft struck the gunmen as they fled."
    )
    assert "firearms" in draft["weapons"]
