"""Round 45's dev misses as general mechanisms of the reader (the fifty-first rule round).

Every sentence here is written for this file; none is a report's. Each mechanism has a test of what it fills or
empties and, where a wrong reading is near, a guard of what it leaves as it was (the guards pass on main's code too);
the dev figures are in docs/extract-journal.md (*Round 45's dev misses*).
"""

from __future__ import annotations

import datetime as dt

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.draft import Draft

PUBLISHED = dt.date(2024, 6, 16)  # a Sunday


def _draft(text: str) -> Draft:
    drafts = extract_drafts(text, PUBLISHED, locate=None)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


# --- a suicide bombing only named beside fire from afar ---------------------------------------------------------------


def test_shelling_that_killed_a_trainer_of_suicide_bombers_is_a_shelling() -> None:
    draft = _draft(
        "Artillery fire by the army on Saturday destroyed six camps across the border and killed nine militants, "
        "a known trainer of suicide bombers among them, officials said."
    )
    assert draft.values["sub_event_type"] == "Shelling/artillery/missile attack"
    assert "explosives" not in draft.values["weapons"]


def test_rockets_after_a_suicide_bombing_elsewhere_are_a_shelling() -> None:
    draft = _draft(
        "Rockets fired across the border hit the village of Dara on Saturday, killing three people, officials said. "
        "The government blames groups across the border for the suicide bombing of a shrine in the south."
    )
    assert draft.values["sub_event_type"] == "Shelling/artillery/missile attack"
    assert draft.values["weapons"] == ["rocket"]


def test_a_bomber_who_blew_himself_up_beside_rocket_fire_stays_a_suicide_bombing() -> None:
    draft = _draft(
        "Militants fired rockets at the post on Saturday and a suicide bomber then blew himself up at its gate, "
        "killing five soldiers, officials said."
    )
    assert draft.values["sub_event_type"] == "Suicide bomb"
    assert "explosives" in draft.values["weapons"]


def test_a_suicide_bombing_without_fire_from_afar_stays_a_suicide_bombing() -> None:
    draft = _draft("A suicide bombing at a market in Kohat on Saturday killed seven people, police said.")
    assert draft.values["sub_event_type"] == "Suicide bomb"


# --- a state's protest at its neighbour's fire ------------------------------------------------------------------------


def test_a_protest_at_fire_from_a_country_is_alleged_with_the_origin() -> None:
    draft = _draft(
        "Tajikistan lodged a protest on Saturday over mortar fire from Kyrgyzstan on the village of Vorukh, "
        "in which two people were wounded."
    )
    assert draft.values["attribution"] == "alleged"
    assert draft.values["origin_country"] == "KG"


def test_a_protest_at_fire_from_the_other_side_names_the_side() -> None:
    draft = _draft(
        "Islamabad on Saturday called in the envoy of Kabul to protest against artillery fire from the Afghan side "
        "on posts in Kurram, which wounded two soldiers."
    )
    assert draft.values["attribution"] == "alleged"
    assert draft.values["perpetrator"] == "the Afghan side"


def test_a_summons_over_shelling_is_alleged_against_the_envoys_state() -> None:
    draft = _draft(
        "Afghanistan summoned Pakistan's ambassador on Saturday as shelling of Nangarhar went on, after three "
        "people were killed in the village of Goshta."
    )
    assert draft.values["attribution"] == "alleged"
    assert draft.values["origin_country"] == "PK"


def test_a_summons_over_no_fire_is_left_alone() -> None:
    draft = _draft(
        "Afghanistan summoned Pakistan's ambassador on Saturday over the closing of the crossing, after three "
        "people were killed in a blast in the village of Goshta."
    )
    assert draft.values.get("attribution") != "alleged"


# --- aircraft that only entered the airspace --------------------------------------------------------------------------


def test_helicopters_that_only_violated_the_airspace_are_not_the_actor_of_the_shelling() -> None:
    draft = _draft(
        "Three people were killed in the shelling on Saturday, the ministry said, and Iranian army helicopters had "
        "violated Afghan airspace, hovering over the district."
    )
    assert draft.values.get("perpetrator") is None


def test_helicopters_that_entered_the_airspace_and_attacked_stay_the_actor() -> None:
    draft = _draft(
        "Iranian army helicopters had violated Afghan airspace and attacked the village of Goshta on Saturday, "
        "killing three people, officials said."
    )
    assert draft.values["perpetrator"] == "Iranian army helicopters"


# --- "no casualties" beside a death toll ------------------------------------------------------------------------------


def test_no_casualties_beside_a_death_toll_is_not_a_toll_of_zero() -> None:
    draft = _draft(
        "Three children were killed in the shelling of the village of Goshta on Saturday, officials said, "
        "and the shelling of the district on Friday had caused no casualties."
    )
    assert draft.values["killed"] == 3
    assert draft.values.get("injured") is None


def test_nobody_hurt_beside_a_death_toll_is_still_none_wounded() -> None:
    draft = _draft("A guard was killed at the post on Saturday, officials said, and no one was injured.")
    assert draft.values["killed"] == 1
    assert draft.values["injured"] == 0


# --- fire answered in kind --------------------------------------------------------------------------------------------


def test_artillery_fire_answered_in_kind_is_an_armed_clash() -> None:
    draft = _draft(
        "Iranian border forces fired 20 artillery rounds on Pakistani posts near Taftan on Saturday, wounding two "
        "soldiers, officials said. Pakistani troops answered in kind."
    )
    assert draft.values["sub_event_type"] == "Armed clash"


def test_artillery_fire_not_answered_stays_a_shelling() -> None:
    draft = _draft(
        "Iranian border forces fired 20 artillery rounds on Pakistani posts near Taftan on Saturday, wounding two "
        "soldiers, officials said."
    )
    assert draft.values["sub_event_type"] == "Shelling/artillery/missile attack"
