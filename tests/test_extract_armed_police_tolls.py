"""Weapons the text does not name, the police, and tolls across sides: rules (issue 14, extract142).

Every sentence here is written for this file; none is a report's. Each mechanism has tests of what it reads (they fail
on main's code before this work) and guards of what it leaves as it was, which pass on main's code too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from _extract_helpers import one_draft
from incident_tracker.extract import extract_drafts, gazetteer_locator
from incident_tracker.extract.casualties import find_tolls

PUBLISHED = dt.date(2025, 8, 23)  # a Saturday


def _one(text: str) -> dict[str, Any]:
    return one_draft(text, PUBLISHED)


# --- firearms only where the text tells fire, a shot or a gun ------------------------------------------------------


def test_gunmen_alone_name_no_weapon() -> None:
    drafts = extract_drafts("Gunmen killed three policemen near Khash on Friday, officials said.", PUBLISHED)
    assert len(drafts) == 1
    assert drafts[0].values["weapons"] == ["unknown"]
    assert "weapons" in drafts[0].defaults  # shown as a default, never as read


def test_an_armed_clash_alone_names_no_weapon() -> None:
    for told in (
        "Two border guards were killed in an armed clash with smugglers near Saravan on Friday, officials said.",
        "A policeman died on Friday in fighting with an armed group near Iranshahr, the provincial police said.",
    ):
        assert _one(told)["weapons"] == ["unknown"], told


def test_an_air_strike_beside_armed_clashes_keeps_only_the_aircraft() -> None:
    draft = _one(
        "Aircraft bombed a village near the border on Friday after armed clashes in the district, killing four "
        "villagers, residents said."
    )
    assert draft["weapons"] == ["airstrike"]


def test_guard_gunmen_who_opened_fire_used_firearms() -> None:
    for told in (
        "Gunmen opened fire on a police car near Khash on Friday, killing three policemen, officials said.",
        "Two border guards were killed in an armed clash with smugglers near Saravan on Friday. The smugglers "
        "fired on the patrol from a hill, officials said.",
        "Gunmen with rifles killed three policemen near Khash on Friday, officials said.",
    ):
        assert "firearms" in _one(told)["weapons"], told


def test_guard_armed_resistance_is_fire() -> None:
    draft = _one(
        "Tajik border guards said on Friday that a group of armed smugglers put up armed resistance near Pyanj, "
        "and two of them were killed."
    )
    assert "firearms" in draft["weapons"]


# --- the police, and Iran's security forces with no force named ----------------------------------------------------


def test_internal_security_forces_are_the_police() -> None:
    tolls = find_tolls("A member of the internal security forces was killed in the clash.")
    assert [(toll.casualties.best, toll.target_type) for toll in tolls] == [(1, "police")]


def test_iran_security_men_with_no_force_named_have_no_target() -> None:
    locate = gazetteer_locator(Path("no-such-file.db").resolve())
    drafts = extract_drafts(
        "Two Iranian security men were shot dead near Zahedan on Friday, the Tasnim news agency reported.",
        PUBLISHED,
        locate=locate,
    )
    assert len(drafts) == 1
    assert drafts[0].values.get("country") == "IR"
    assert "target_type" not in drafts[0].values


def test_guard_iran_security_men_of_a_named_force_keep_it() -> None:
    locate = gazetteer_locator(Path("no-such-file.db").resolve())
    drafts = extract_drafts(
        "Two Iranian security men were shot dead near Zahedan on Friday when gunmen fired on a Revolutionary Guards "
        "vehicle, the Tasnim news agency reported.",
        PUBLISHED,
        locate=locate,
    )
    assert [d.values.get("target_type") for d in drafts] == ["military"]


def test_guard_pakistan_security_men_are_military() -> None:
    locate = gazetteer_locator(Path("no-such-file.db").resolve())
    drafts = extract_drafts(
        "Two Pakistani security men were shot dead near Quetta on Friday, officials said.", PUBLISHED, locate=locate
    )
    assert [d.values.get("target_type") for d in drafts] == ["military"]


# --- tolls across sides and sentences -------------------------------------------------------------------------------


def test_engaged_and_killed_is_a_death_toll() -> None:
    tolls = find_tolls("All four militants were engaged and killed, the army said.")
    assert [(toll.what, toll.casualties.best) for toll in tolls] == [("killed", 4)]


def test_a_side_restated_with_the_attackers_dead_counts_both() -> None:
    draft = _one(
        "At least nine soldiers were martyred on Friday when militants attacked a post in Tank district, the army "
        "said. The blast destroyed the post: nine soldiers embraced shahadat, and all five militants were engaged "
        "and killed, the statement said."
    )
    assert draft["killed"] == 14
    assert draft.get("killed_low") == 14


def test_guard_a_side_told_again_alone_is_no_new_figure() -> None:
    draft = _one(
        "At least nine soldiers were martyred on Friday when militants attacked a post in Tank district, the army "
        "said. The nine soldiers embraced shahadat defending the post, the statement said."
    )
    assert draft["killed"] == 9


def test_guard_another_count_of_the_side_beside_the_attackers_is_not_added() -> None:
    draft = _one(
        "At least nine soldiers were martyred on Friday when militants attacked a post in Tank district, the army "
        "said. Twelve soldiers and five militants were killed, a local official said later."
    )
    assert draft["killed"] != 17  # another figure for the soldiers: not the attackers added to the nine


def test_members_of_a_band_are_the_attackers_and_the_side_hit_adds_to_them() -> None:
    tolls = find_tolls("Police killed three members of an armed group near Khash on Friday.")
    assert [(toll.casualties.best, toll.victims) for toll in tolls] == [(3, "members of an armed group")]
    draft = _one(
        "Police killed three members of an armed group near Khash on Friday, a police spokesman said. One "
        "policeman was killed in the clash."
    )
    assert draft["killed"] == 4


# --- arms taken from the dead are a haul, not the attack's weapons ---------------------------------------------------


def test_arms_taken_from_the_dead_are_no_weapon_used() -> None:
    draft = _one(
        "Raiders who crossed from Afghanistan killed two Turkmen soldiers on Friday, officials said. The raiders took "
        "a machine gun and two rifles from the dead soldiers and went back across the river."
    )
    assert draft["weapons"] == ["unknown"]


def test_guard_a_fight_that_took_place_with_machine_guns_is_fire() -> None:
    draft = _one(
        "Two soldiers were killed on Friday when a clash took place with machine guns at a post far from the town, "
        "officials said."
    )
    assert "firearms" in draft["weapons"]


def test_an_armed_clash_whose_rifles_are_found_keeps_firearms_and_no_note_denies_them() -> None:
    drafts = extract_drafts(
        "Two policemen were killed in an armed clash with gunmen near Saravan on Friday, officials said. The police "
        "killed one of the gunmen and seized his Kalashnikov rifle.",
        PUBLISHED,
    )
    assert len(drafts) == 1
    assert drafts[0].values["weapons"] == ["firearms"]
    assert not [note for note in drafts[0].notes if note.startswith("Firearms left out")]
